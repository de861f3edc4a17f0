package dev.grudrill.drill;

import java.time.Instant;

/**
 * One review as FSRS saw it: the grade, when, and the card as it was just before.
 *
 * @param grade         the grade given
 * @param review        when the review happened
 * @param state         the card's state before the review
 * @param stability     stability before the review
 * @param difficulty    difficulty before the review
 * @param elapsedDays   calendar days (UTC) since the previous review; 0 for a new card
 * @param scheduledDays the interval the card had been given
 * @param learningStep  the (re)learning step before the review
 */
public record ReviewLog(Grade grade, Instant review, State state, double stability, double difficulty,
        int elapsedDays, int scheduledDays, int learningStep) {
}
