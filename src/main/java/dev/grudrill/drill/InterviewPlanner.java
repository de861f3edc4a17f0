package dev.grudrill.drill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans reviews so that predicted recall on an interview day reaches a target.
 *
 * <p>Each card is planned on its own, assuming every planned review is graded Good (with the
 * same-day learning steps a new or relearning card needs):
 * <ol>
 *   <li>A card whose forecast on the day already reaches the target needs nothing.</li>
 *   <li>A new card is learnt on the first day of the plan.</li>
 *   <li>Then, while the forecast is below target: if one review on some day before the interview
 *       lifts it over the target, the card is reviewed on the <em>latest</em> such day; otherwise it is
 *       reviewed on the first day it may be (today, or the day FSRS makes it due after the previous
 *       planned review) and the search repeats.</li>
 *   <li>A card that runs out of days below target is reported as not reachable.</li>
 * </ol>
 * Days are UTC dates, as FSRS counts them; the plan runs from today to the day before the interview.
 */
public final class InterviewPlanner {
    /** Simulated reviews on future days happen at this time (UTC); only the date matters to FSRS. */
    private static final LocalTime REVIEW_TIME = LocalTime.NOON;

    private final Fsrs fsrs;

    public InterviewPlanner(Fsrs fsrs) {
        this.fsrs = Objects.requireNonNull(fsrs);
    }

    /**
     * Plans {@code cards} (question id to state, in the order given) from {@code now} until the
     * interview; {@code target} is the recall wanted on the day, strictly between 0 and 1.
     */
    public InterviewPlan plan(Map<String, CardState> cards, Instant now, LocalDate interview, double target) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!interview.isAfter(today)) {
            throw new IllegalArgumentException("the interview date " + interview + " must be after today, " + today);
        }
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("the target must be between 0 and 1, not " + target);
        }
        List<InterviewPlan.CardPlan> plans = new ArrayList<>();
        cards.forEach((id, state) -> plans.add(planCard(id, state, now, interview, target)));
        return new InterviewPlan(today, interview, target, plans);
    }

    private InterviewPlan.CardPlan planCard(String id, CardState start, Instant now, LocalDate interview,
            double target) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate lastDay = interview.minusDays(1);
        List<LocalDate> days = new ArrayList<>();
        CardState card = start;
        LocalDate earliest = today;
        if (card.state() == State.NEW) {
            card = goodSession(card, today, now);
            days.add(today);
            earliest = nextAllowed(card, today);
        }
        while (recallOn(card, interview) < target && !earliest.isAfter(lastDay)) {
            LocalDate lift = latestLiftingDay(card, earliest, lastDay, now, interview, target);
            LocalDate day = lift != null ? lift : earliest;
            card = goodSession(card, day, now);
            days.add(day);
            earliest = nextAllowed(card, day);
        }
        double planned = recallOn(card, interview);
        return new InterviewPlan.CardPlan(id, recallOn(start, interview), planned, planned >= target, days);
    }

    private LocalDate latestLiftingDay(CardState card, LocalDate earliest, LocalDate lastDay, Instant now,
            LocalDate interview, double target) {
        for (LocalDate day = lastDay; !day.isBefore(earliest); day = day.minusDays(1)) {
            if (recallOn(goodSession(card, day, now), interview) >= target) {
                return day;
            }
        }
        return null;
    }

    /** The day after {@code day}, or the day the card falls due if that is later. */
    private static LocalDate nextAllowed(CardState card, LocalDate day) {
        LocalDate due = LocalDate.ofInstant(card.due(), ZoneOffset.UTC);
        return due.isAfter(day) ? due : day.plusDays(1);
    }

    /** Good on {@code day}, then Good at each same-day (re)learning step until the card is in review. */
    private CardState goodSession(CardState card, LocalDate day, Instant now) {
        Instant at = day.atTime(REVIEW_TIME).toInstant(ZoneOffset.UTC);
        if (day.equals(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            at = now;
        }
        if (card.lastReview() != null && at.isBefore(card.lastReview())) {
            at = card.lastReview();
        }
        CardState next = fsrs.review(card, Grade.GOOD, at).card();
        while (next.state() != State.REVIEW) {
            next = fsrs.review(next, Grade.GOOD, next.due()).card();
        }
        return next;
    }

    private double recallOn(CardState card, LocalDate day) {
        return fsrs.retrievability(card, day.atTime(REVIEW_TIME).toInstant(ZoneOffset.UTC));
    }
}
