package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterviewPlannerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:30:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate INTERVIEW = TODAY.plusDays(10);
    private static final double TARGET = 0.9;

    private final Fsrs fsrs = new Fsrs();
    private final InterviewPlanner planner = new InterviewPlanner(fsrs);

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static CardState review(double stability, double difficulty, Instant last, int interval) {
        return new CardState(last.plus(Duration.ofDays(interval)), stability, difficulty, 0, interval, 4, 0,
                State.REVIEW, 0, last);
    }

    private static Map<String, CardState> deck() {
        Map<String, CardState> cards = new LinkedHashMap<>();
        cards.put("gru-01", CardState.newCard(NOW));
        cards.put("gru-02", CardState.newCard(NOW));
        cards.put("gru-03", review(3, 6, daysAgo(20), 3));
        cards.put("gru-04", review(400, 3, daysAgo(1), 400));
        cards.put("gru-05", new CardState(daysAgo(1).plus(Duration.ofMinutes(10)), 1.2, 7.5, 4, 0, 6, 1,
                State.RELEARNING, 0, daysAgo(1)));
        cards.put("gru-06", review(8, 5, NOW.minus(Duration.ofHours(1)), 8));
        cards.put("gru-07", review(30, 4, daysAgo(40), 30));
        return cards;
    }

    /** Replays a card's planned days with Good answers, independently of the planner. */
    private CardState replay(CardState card, List<LocalDate> days) {
        for (LocalDate day : days) {
            Instant at = day.equals(TODAY) ? NOW : day.atTime(12, 0).toInstant(ZoneOffset.UTC);
            card = fsrs.review(card, Grade.GOOD, at).card();
            while (card.state() != State.REVIEW) {
                card = fsrs.review(card, Grade.GOOD, card.due()).card();
            }
        }
        return card;
    }

    private double recallOnInterview(CardState card) {
        return fsrs.retrievability(card, INTERVIEW.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void aPlanTenDaysOutReachesTheTargetForEveryCard() {
        Map<String, CardState> cards = deck();
        InterviewPlan plan = planner.plan(cards, NOW, INTERVIEW, TARGET);

        assertEquals(TODAY, plan.today());
        assertEquals(List.of(), plan.unreachable());
        assertEquals(cards.keySet().stream().toList(), plan.cards().stream().map(InterviewPlan.CardPlan::id).toList());
        for (InterviewPlan.CardPlan card : plan.cards()) {
            CardState start = cards.get(card.id());
            CardState after = replay(start, card.reviewDays());
            assertTrue(recallOnInterview(after) >= TARGET, card.id() + ": " + recallOnInterview(after));
            assertEquals(recallOnInterview(after), card.recallWithPlan(), 1e-12, card.id());
            assertEquals(recallOnInterview(start), card.recallWithout(), 1e-12, card.id());
            for (int i = 0; i < card.reviewDays().size(); i++) {
                LocalDate day = card.reviewDays().get(i);
                assertFalse(day.isBefore(TODAY) || !day.isBefore(INTERVIEW), card.id() + " on " + day);
                assertTrue(i == 0 || day.isAfter(card.reviewDays().get(i - 1)), card.id() + ": days out of order");
            }
        }
    }

    @Test
    void reviewsFallOnTheDaysFsrsMakesCardsDueAndATopUpIsAsLateAsWorks() {
        Map<String, CardState> cards = deck();
        InterviewPlan plan = planner.plan(cards, NOW, INTERVIEW, TARGET);
        Map<String, InterviewPlan.CardPlan> byId = new LinkedHashMap<>();
        plan.cards().forEach(c -> byId.put(c.id(), c));

        InterviewPlan.CardPlan strong = byId.get("gru-04");
        assertTrue(strong.recallWithout() >= TARGET);
        assertEquals(List.of(), strong.reviewDays(), "not due before the interview and above target");
        assertEquals(TODAY, byId.get("gru-01").reviewDays().get(0), "new cards are learnt on the first day");
        assertEquals(TODAY, byId.get("gru-03").reviewDays().get(0), "an overdue card is reviewed today");

        for (InterviewPlan.CardPlan card : plan.cards()) {
            CardState state = cards.get(card.id());
            List<LocalDate> days = card.reviewDays();
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                LocalDate due = LocalDate.ofInstant(state.due(), ZoneOffset.UTC);
                boolean natural = state.state() == State.NEW || !day.isBefore(due)
                        && (day.equals(due) || day.equals(TODAY));
                if (!natural) {
                    assertEquals(days.size() - 1, i, card.id() + ": only the last review is an extra: " + days);
                    if (day.isBefore(INTERVIEW.minusDays(1))) {
                        List<LocalDate> later = new ArrayList<>(days);
                        later.set(i, day.plusDays(1));
                        assertTrue(recallOnInterview(replay(cards.get(card.id()), later)) < TARGET,
                                card.id() + ": a day later would not do: " + days);
                    }
                }
                state = replay(state, List.of(day));
            }
        }
    }

    @Test
    void fiftyNewQuestionsTenDaysOutAreSpreadAndAllReachTheTarget() {
        Map<String, CardState> cards = new LinkedHashMap<>();
        for (int i = 1; i <= 50; i++) {
            cards.put(String.format("gru-%02d", i), CardState.newCard(NOW));
        }
        InterviewPlan plan = planner.plan(cards, NOW, INTERVIEW, TARGET);
        assertEquals(List.of(), plan.unreachable());
        Map<LocalDate, Long> learnt = new LinkedHashMap<>();
        plan.cards().forEach(c -> learnt.merge(c.reviewDays().get(0), 1L, Long::sum));
        assertEquals(List.of(10L, 10L, 10L, 10L, 10L), List.copyOf(learnt.values()), "10 new a day: " + learnt);
        assertEquals(TODAY.plusDays(4), List.copyOf(learnt.keySet()).get(4));
        int busiest = plan.reviewsByDay().values().stream().mapToInt(List::size).max().orElseThrow();
        int lastDay = plan.reviewsByDay().getOrDefault(INTERVIEW.minusDays(1), List.of()).size();
        assertTrue(busiest <= 25, "no day holds the whole deck: " + plan.reviewsByDay());
        assertTrue(lastDay < busiest, "the day before is not the busiest: " + plan.reviewsByDay());
        for (InterviewPlan.CardPlan card : plan.cards()) {
            assertEquals(recallOnInterview(replay(cards.get(card.id()), card.reviewDays())), card.recallWithPlan(),
                    1e-12);
        }
    }

    @Test
    void aTargetAboveTheDesiredRetentionSpreadsTheExtraReviewsInsteadOfPilingThemOnTheLastDay() {
        Map<String, CardState> cards = new LinkedHashMap<>();
        for (int i = 1; i <= 50; i++) {
            cards.put(String.format("gru-%02d", i), CardState.newCard(NOW));
        }
        InterviewPlan plan = planner.plan(cards, NOW, INTERVIEW, 0.95);
        assertEquals(List.of(), plan.unreachable());
        int total = plan.reviewsByDay().values().stream().mapToInt(List::size).sum();
        int lastDay = plan.reviewsByDay().getOrDefault(INTERVIEW.minusDays(1), List.of()).size();
        assertTrue(lastDay * 5 < total, "the day before holds " + lastDay + " of " + total + ": " + plan.reviewsByDay());
        assertTrue(plan.cards().stream().allMatch(c -> c.recallWithPlan() >= 0.95));
    }

    @Test
    void reviewsByDayListsEveryPlannedReview() {
        InterviewPlan plan = planner.plan(deck(), NOW, INTERVIEW, TARGET);
        int planned = plan.cards().stream().mapToInt(c -> c.reviewDays().size()).sum();
        assertEquals(planned, plan.reviewsByDay().values().stream().mapToInt(List::size).sum());
        assertTrue(plan.reviewsByDay().get(TODAY).containsAll(List.of("gru-01", "gru-02")));
        assertTrue(planned > 0);
    }

    @Test
    void aTargetOutOfReachIsReported() {
        LocalDate tomorrow = TODAY.plusDays(1);
        Map<String, CardState> cards = Map.of("gru-09", CardState.newCard(NOW));

        InterviewPlan easy = planner.plan(cards, NOW, tomorrow, 0.9);
        assertEquals(List.of(), easy.unreachable());
        assertEquals(List.of(TODAY), easy.cards().get(0).reviewDays());

        InterviewPlan hard = planner.plan(cards, NOW, tomorrow, 0.99);
        assertEquals(1, hard.unreachable().size());
        InterviewPlan.CardPlan card = hard.unreachable().get(0);
        assertEquals(List.of(TODAY), card.reviewDays());
        assertTrue(card.recallWithPlan() > 0.9 && card.recallWithPlan() < 0.99, "" + card.recallWithPlan());
    }

    @Test
    void theInterviewMustBeAfterTodayAndTheTargetAProbability() {
        Map<String, CardState> cards = deck();
        assertThrows(IllegalArgumentException.class, () -> planner.plan(cards, NOW, TODAY, TARGET));
        assertThrows(IllegalArgumentException.class, () -> planner.plan(cards, NOW, INTERVIEW, 1.0));
        assertThrows(IllegalArgumentException.class, () -> planner.plan(cards, NOW, INTERVIEW, 0));
    }
}
