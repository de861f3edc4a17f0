package dev.grudrill.drill;

import java.time.Instant;
import java.util.Objects;

/**
 * What FSRS knows about one card after its last review. Plain fields so that it can be stored as
 * JSON; {@link Fsrs#review} returns a new one, this one never changes.
 *
 * @param due           when the card should next be reviewed
 * @param stability     days after which recall falls to 90%; 0 for a new card
 * @param difficulty    1 (easy) to 10 (hard); 0 for a new card
 * @param elapsedDays   calendar days (UTC) between the last two reviews
 * @param scheduledDays days from the last review to {@code due}; 0 during (re)learning steps
 * @param reps          number of reviews
 * @param lapses        times the card was forgotten in review
 * @param state         where the card is in its life cycle
 * @param learningStep  index of the current (re)learning step
 * @param lastReview    when the card was last reviewed; null for a new card
 */
public record CardState(Instant due, double stability, double difficulty, int elapsedDays, int scheduledDays,
        int reps, int lapses, State state, int learningStep, Instant lastReview) {

    public CardState {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
        if (elapsedDays < 0 || scheduledDays < 0 || reps < 0 || lapses < 0 || learningStep < 0) {
            throw new IllegalArgumentException("negative count in card state");
        }
        if (state != State.NEW && (lastReview == null || !(stability >= Fsrs.MIN_STABILITY)
                || !(difficulty >= 1 && difficulty <= 10))) {
            throw new IllegalArgumentException("a reviewed card needs a last review, a stability of at least "
                    + Fsrs.MIN_STABILITY + " and a difficulty from 1 to 10");
        }
    }

    /** A card never reviewed, due now. */
    public static CardState newCard(Instant now) {
        return new CardState(now, 0, 0, 0, 0, 0, 0, State.NEW, 0, null);
    }
}
