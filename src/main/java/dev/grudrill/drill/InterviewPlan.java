package dev.grudrill.drill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of {@link InterviewPlanner#plan}.
 *
 * @param today     first day of the plan (UTC)
 * @param interview the interview date
 * @param target    recall wanted on the day
 * @param cards     one plan per card, in the order the cards were given
 */
public record InterviewPlan(LocalDate today, LocalDate interview, double target, List<CardPlan> cards) {

    public InterviewPlan {
        cards = List.copyOf(cards);
    }

    /**
     * The plan of one card.
     *
     * @param id                the question id
     * @param recallWithout     forecast recall on the day without further reviews
     * @param recallWithPlan    forecast recall on the day after the planned reviews, all graded Good
     * @param reachesTarget     whether {@code recallWithPlan} reaches the target
     * @param stability         the card's stability in days after the planned reviews
     * @param reviewDays        the days to review the card, in order
     */
    public record CardPlan(String id, double recallWithout, double recallWithPlan, boolean reachesTarget,
            double stability, List<LocalDate> reviewDays) {

        public CardPlan {
            reviewDays = List.copyOf(reviewDays);
        }
    }

    /** The question ids to review on each day that has any, in date order. */
    public SortedMap<LocalDate, List<String>> reviewsByDay() {
        SortedMap<LocalDate, List<String>> byDay = new TreeMap<>();
        for (CardPlan card : cards) {
            card.reviewDays().forEach(day -> byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(card.id()));
        }
        return byDay;
    }

    /** Cards whose forecast cannot reach the target before the interview. */
    public List<CardPlan> unreachable() {
        return cards.stream().filter(c -> !c.reachesTarget()).toList();
    }
}
