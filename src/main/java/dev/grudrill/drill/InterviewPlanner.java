package dev.grudrill.drill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 *   <li>New cards are learnt over the first half of the days before the interview, in the order
 *       given, at least {@link #NEW_PER_DAY} a day (more when there are too many to fit), so that
 *       the first days are not one long session.</li>
 *   <li>Each card is reviewed on the days FSRS makes it due, as {@code review} would show it anyway;
 *       with a target above the desired retention, FSRS is asked for that retention instead, so that
 *       the extra reviews a higher target needs are spread over the weeks rather than piled at the end.</li>
 *   <li>Then, while the forecast for the interview day is below target, a top-up review goes on the
 *       <em>latest</em> day that lifts it over the target; if no single day does, the card is reviewed
 *       on the first day it may be and the search repeats.</li>
 *   <li>A card that runs out of days below target is reported as not reachable.</li>
 * </ol>
 * This spreads the work: due reviews fall where FSRS puts them, and top-ups land late only for the
 * cards that still need one. (Planning every card by its latest lifting day alone would pile most
 * reviews onto the day before the interview.) A reviewed card that reaches the target and is not due
 * before the interview gets no review.
 *
 * <p>Days are UTC dates, as FSRS counts them; the plan runs from today to the day before the interview.
 */
public final class InterviewPlanner {
    /** New cards learnt per day at least, as {@code review} introduces by default. */
    public static final int NEW_PER_DAY = ReviewSession.DEFAULT_NEW_CARDS;
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
        long fresh = cards.values().stream().filter(c -> c.state() == State.NEW).count();
        long learningDays = Math.max(1, (ChronoUnit.DAYS.between(today, interview) + 1) / 2);
        long perDay = Math.max(NEW_PER_DAY, (fresh + learningDays - 1) / learningDays);
        List<InterviewPlan.CardPlan> plans = new ArrayList<>();
        int newSoFar = 0;
        for (Map.Entry<String, CardState> e : cards.entrySet()) {
            LocalDate learn = today;
            if (e.getValue().state() == State.NEW) {
                learn = today.plusDays(newSoFar / perDay);
                newSoFar++;
            }
            plans.add(planCard(e.getKey(), e.getValue(), learn, now, interview, target));
        }
        return new InterviewPlan(today, interview, target, plans);
    }

    private InterviewPlan.CardPlan planCard(String id, CardState start, LocalDate learn, Instant now,
            LocalDate interview, double target) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate lastDay = interview.minusDays(1);
        Fsrs planning = target > fsrs.settings().desiredRetention()
                ? new Fsrs(fsrs.settings().withRetention(target)) : fsrs;
        List<LocalDate> days = new ArrayList<>();
        CardState card = start;
        LocalDate earliest = today;
        if (card.state() == State.NEW) {
            card = goodSession(planning, card, learn, now);
            days.add(learn);
            earliest = learn.plusDays(1);
        }
        for (LocalDate day = later(dueDay(planning, card), earliest); !day.isAfter(lastDay);
                day = later(dueDay(planning, card), earliest)) {
            card = goodSession(planning, card, day, now);
            days.add(day);
            earliest = day.plusDays(1);
        }
        while (recallOn(card, interview) < target && !earliest.isAfter(lastDay)) {
            LocalDate lift = latestLiftingDay(card, earliest, lastDay, now, interview, target);
            LocalDate day = lift != null ? lift : earliest;
            card = goodSession(fsrs, card, day, now);
            days.add(day);
            earliest = day.plusDays(1);
        }
        double planned = recallOn(card, interview);
        return new InterviewPlan.CardPlan(id, recallOn(start, interview), planned, planned >= target,
                card.stability(), days);
    }

    private LocalDate latestLiftingDay(CardState card, LocalDate earliest, LocalDate lastDay, Instant now,
            LocalDate interview, double target) {
        for (LocalDate day = lastDay; !day.isBefore(earliest); day = day.minusDays(1)) {
            if (recallOn(goodSession(fsrs, card, day, now), interview) >= target) {
                return day;
            }
        }
        return null;
    }

    /** The day {@code planning} makes a card due: its own due day, or sooner under a stricter retention. */
    private LocalDate dueDay(Fsrs planning, CardState card) {
        LocalDate due = LocalDate.ofInstant(card.due(), ZoneOffset.UTC);
        if (planning == fsrs || card.state() != State.REVIEW) {
            return due;
        }
        LocalDate strict = LocalDate.ofInstant(card.lastReview(), ZoneOffset.UTC)
                .plusDays(planning.intervalDays(card.stability()));
        return strict.isBefore(due) ? strict : due;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Good on {@code day}, then Good at each same-day (re)learning step until the card is in review. */
    private static CardState goodSession(Fsrs fsrs, CardState card, LocalDate day, Instant now) {
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
