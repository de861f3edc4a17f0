package dev.grudrill.drill;

import dev.grudrill.bank.Card;
import dev.grudrill.bank.Topic;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where the user stands: the cards by state, what is due, recall by topic, the weakest questions, the
 * reviews of the last 30 days, the forecast for the interview and the questions edited since their last
 * review. Days are local days ({@code zone}); "now" recall is FSRS's predicted recall.
 *
 * @param now            when the statistics were taken
 * @param counts         the bank's questions by FSRS state
 * @param due            what is due
 * @param intervals      intervals of the questions in review, in days
 * @param topics         recall by topic
 * @param weakest        the questions with the lowest recall now (then the most lapses), at most five
 * @param reviewsPerDay  card reviews (interviews, reviews and practice) per local day, the last 30 days
 * @param forecast       the interview forecast, when an interview date is set
 * @param changed        questions whose prompt changed since they were last reviewed
 * @param practice       the practice kinds practised so far
 */
public record Stats(Instant now, Counts counts, Due due, Intervals intervals, List<TopicRecall> topics,
        List<Weak> weakest, List<DayCount> reviewsPerDay, Optional<Forecast> forecast, List<Changed> changed,
        List<PracticeRecall> practice) {

    /** How many days of reviews the chart shows. */
    public static final int DAYS = 30;
    private static final int WEAKEST = 5;

    public Stats {
        Objects.requireNonNull(now);
        topics = List.copyOf(topics);
        weakest = List.copyOf(weakest);
        reviewsPerDay = List.copyOf(reviewsPerDay);
        changed = List.copyOf(changed);
        practice = List.copyOf(practice);
    }

    public record Counts(int total, int fresh, int learning, int relearning, int review) {
    }

    /**
     * @param now   due at this moment (as {@code review} counts them)
     * @param today due by the end of today
     * @param week  due by the end of the sixth day after today
     * @param next  when the next reviewed question falls due after now, if any (as {@code review} counts it)
     */
    public record Due(int now, int today, int week, Optional<Instant> next) {
    }

    /** Median and longest interval in days of the questions in review; empty when none is. */
    public record Intervals(OptionalDouble median, OptionalDouble longest) {
    }

    /** @param meanRecall mean predicted recall now of the reviewed questions; empty when none is */
    public record TopicRecall(Topic topic, int questions, int reviewed, OptionalDouble meanRecall) {
    }

    public record Weak(String id, String prompt, double recall, int lapses, State state, int intervalDays) {
    }

    public record DayCount(LocalDate date, int reviews) {
    }

    public record Forecast(PlanGoal goal, double meanWithout, double minWithout, double meanWithPlan,
            double minWithPlan, int unreachable) {
    }

    public record Changed(String id, Instant lastReview) {
    }

    public record PracticeRecall(PracticeKind kind, int reps, int lapses, double recall, Instant due) {
    }

    /** The statistics of {@code cards} (the bank) given the progress, the history and the interview goal. */
    public static Stats of(List<Card> cards, Progress progress, List<HistoryRecord> history, Optional<PlanGoal> goal,
            Instant now, ZoneId zone) {
        Map<String, TrackedCard> tracked = new LinkedHashMap<>();
        cards.forEach(c -> {
            TrackedCard t = progress.cards().get(c.id());
            if (t != null) {
                tracked.put(c.id(), t);
            }
        });
        return new Stats(now, counts(cards, tracked), due(tracked, now, zone), intervals(tracked),
                topics(cards, progress, now), weakest(cards, progress, now), perDay(history, now, zone),
                goal.map(g -> forecast(cards, progress, g, now)), changed(cards, tracked), practice(progress, now));
    }

    private static Counts counts(List<Card> cards, Map<String, TrackedCard> tracked) {
        int[] byState = new int[State.values().length];
        tracked.values().forEach(t -> byState[t.state().state().ordinal()]++);
        return new Counts(cards.size(), cards.size() - tracked.size(), byState[State.LEARNING.ordinal()],
                byState[State.RELEARNING.ordinal()], byState[State.REVIEW.ordinal()]);
    }

    private static Due due(Map<String, TrackedCard> tracked, Instant now, ZoneId zone) {
        ZonedDateTime endOfToday = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone);
        Instant today = endOfToday.toInstant();
        Instant week = endOfToday.plusDays(6).toInstant();
        int dueNow = 0;
        int dueToday = 0;
        int dueWeek = 0;
        for (TrackedCard t : tracked.values()) {
            Instant from = ReviewSession.dueFrom(t);
            dueNow += ReviewSession.isDue(t, now) ? 1 : 0;
            dueToday += from.isBefore(today) ? 1 : 0;
            dueWeek += from.isBefore(week) ? 1 : 0;
        }
        Optional<Instant> next = tracked.values().stream().filter(t -> !ReviewSession.isDue(t, now))
                .map(ReviewSession::dueFrom).min(Comparator.naturalOrder());
        return new Due(dueNow, dueToday, dueWeek, next);
    }

    private static Intervals intervals(Map<String, TrackedCard> tracked) {
        double[] days = tracked.values().stream().filter(t -> t.state().state() == State.REVIEW)
                .mapToDouble(t -> t.state().scheduledDays()).sorted().toArray();
        if (days.length == 0) {
            return new Intervals(OptionalDouble.empty(), OptionalDouble.empty());
        }
        double median = days.length % 2 == 1 ? days[days.length / 2]
                : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
        return new Intervals(OptionalDouble.of(median), OptionalDouble.of(days[days.length - 1]));
    }

    private static List<TopicRecall> topics(List<Card> cards, Progress progress, Instant now) {
        List<TopicRecall> out = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            List<Card> inTopic = cards.stream().filter(c -> c.question().topics().contains(topic)).toList();
            if (inTopic.isEmpty()) {
                continue;
            }
            List<Card> reviewed = inTopic.stream().filter(c -> progress.cards().containsKey(c.id())).toList();
            out.add(new TopicRecall(topic, inTopic.size(), reviewed.size(),
                    reviewed.stream().mapToDouble(c -> progress.recall(c.id(), now)).average()));
        }
        return out;
    }

    private static List<Weak> weakest(List<Card> cards, Progress progress, Instant now) {
        return cards.stream().filter(c -> progress.cards().containsKey(c.id()))
                .map(c -> {
                    CardState s = progress.cards().get(c.id()).state();
                    return new Weak(c.id(), c.question().prompt(), progress.recall(c.id(), now), s.lapses(), s.state(),
                            s.scheduledDays());
                })
                .sorted(Comparator.comparingDouble(Weak::recall).thenComparing(Comparator.comparingInt(Weak::lapses)
                        .reversed()).thenComparing(Weak::id))
                .limit(WEAKEST).toList();
    }

    private static List<DayCount> perDay(List<HistoryRecord> history, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(DAYS - 1);
        int[] counts = new int[DAYS];
        for (HistoryRecord r : history) {
            if (!r.countsAsReview()) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(Instant.parse(r.time()), zone);
            if (!day.isBefore(first) && !day.isAfter(today)) {
                counts[(int) ChronoUnit.DAYS.between(first, day)]++;
            }
        }
        List<DayCount> out = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            out.add(new DayCount(first.plusDays(i), counts[i]));
        }
        return out;
    }

    private static Forecast forecast(List<Card> cards, Progress progress, PlanGoal goal, Instant now) {
        InterviewPlan plan = progress.plan(cards.stream().filter(c -> c.answer().written()).map(Card::id).toList(),
                goal, now);
        List<InterviewPlan.CardPlan> all = plan.cards();
        return new Forecast(goal, all.stream().mapToDouble(InterviewPlan.CardPlan::recallWithout).average().orElse(0),
                all.stream().mapToDouble(InterviewPlan.CardPlan::recallWithout).min().orElse(0),
                all.stream().mapToDouble(InterviewPlan.CardPlan::recallWithPlan).average().orElse(0),
                all.stream().mapToDouble(InterviewPlan.CardPlan::recallWithPlan).min().orElse(0),
                plan.unreachable().size());
    }

    private static List<Changed> changed(List<Card> cards, Map<String, TrackedCard> tracked) {
        return cards.stream().filter(c -> tracked.containsKey(c.id())
                && tracked.get(c.id()).promptChanged(c.question().prompt()))
                .map(c -> new Changed(c.id(), tracked.get(c.id()).state().lastReview())).toList();
    }

    private static List<PracticeRecall> practice(Progress progress, Instant now) {
        List<PracticeRecall> out = new ArrayList<>();
        for (PracticeKind kind : PracticeKind.values()) {
            TrackedCard t = progress.cards().get(kind.cardId());
            if (t != null) {
                out.add(new PracticeRecall(kind, t.state().reps(), t.state().lapses(),
                        progress.recall(kind.cardId(), now), t.state().due()));
            }
        }
        return out;
    }
}
