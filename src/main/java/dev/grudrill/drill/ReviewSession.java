package dev.grudrill.drill;

import dev.grudrill.bank.Card;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A flashcard review: the cards to go through, in order, and the grade of each. Knows no clock: every
 * step takes the current {@link Instant}.
 *
 * <p>The queue, built once at the start:
 * <ol>
 *   <li>cards due, most overdue first: a card in review is due on the (UTC) day FSRS scheduled it,
 *       since FSRS counts whole days; a card in a (re)learning step is due once its step is less than
 *       {@link #LEARN_AHEAD} away;</li>
 *   <li>with an interview plan, the cards it schedules for today that are not due yet;</li>
 *   <li>new cards (never reviewed), in bank order, up to {@code newCards} less the new ones the plan
 *       already brought.</li>
 * </ol>
 * {@code limit} cuts the queue. A card graded into a (re)learning step that ends within
 * {@link #LEARN_AHEAD} comes back at the end of the queue, as in Anki.
 *
 * <p>The grade becomes a {@link HistoryRecord} that the caller stores; the {@link Progress} given is
 * expected to be updated with it (the card store does that), so later cards and previews see it.
 */
public final class ReviewSession {
    /** How far ahead a (re)learning step may be taken early, so that a session need not wait for it. */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    /** New cards introduced per session unless asked otherwise. */
    public static final int DEFAULT_NEW_CARDS = 10;

    /** Why a card is shown. */
    public enum Reason {
        DUE("due"), PLANNED("planned for the interview"), NEW("new"), LEARNING("learning step");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A card in the queue, and why. */
    public record Item(Card card, Reason reason) {
    }

    /** A graded card, for the summary. */
    public record Graded(Item item, Grade grade, Duration next) {
    }

    private final String id;
    private final Progress progress;
    private final List<Card> scope;
    private final Deque<Item> queue;
    private final int initialSize;
    private final int newCards;
    private final List<Graded> graded = new ArrayList<>();
    private Item current;
    private Instant shownAt;
    private int shown;

    private ReviewSession(String id, Progress progress, List<Card> scope, Deque<Item> queue, int newCards) {
        this.id = id;
        this.newCards = newCards;
        this.progress = progress;
        this.scope = scope;
        this.queue = queue;
        this.initialSize = queue.size();
    }

    /**
     * Builds the queue from {@code cards} (those the review may show, in bank order) as described in the
     * class comment. {@code goal}, when present and still ahead, adds the cards its plan schedules today
     * (planned over {@code planCards}, every card the plan covers).
     */
    public static ReviewSession start(String id, List<Card> cards, Progress progress, Optional<PlanGoal> goal,
            List<Card> planCards, int newCards, Integer limit, Instant now) {
        Map<String, Card> byId = new LinkedHashMap<>();
        cards.forEach(c -> byId.put(c.id(), c));
        Set<String> queued = new LinkedHashSet<>();
        List<Card> due = cards.stream().filter(c -> isDue(progress.cards().get(c.id()), now))
                .sorted(Comparator.comparing(c -> progress.cards().get(c.id()).state().due())).toList();
        Deque<Item> queue = new ArrayDeque<>();
        due.forEach(c -> add(queue, queued, c, Reason.DUE));
        int newLeft = newCards;
        for (String planned : plannedToday(goal, planCards, progress, now)) {
            Card card = byId.get(planned);
            if (card != null && !queued.contains(planned)) {
                add(queue, queued, card, progress.cards().containsKey(planned) ? Reason.PLANNED : Reason.NEW);
                newLeft -= progress.cards().containsKey(planned) ? 0 : 1;
            }
        }
        for (Card card : cards) {
            if (newLeft <= 0) {
                break;
            }
            if (!progress.cards().containsKey(card.id()) && !queued.contains(card.id())) {
                add(queue, queued, card, Reason.NEW);
                newLeft--;
            }
        }
        while (limit != null && queue.size() > limit) {
            queue.removeLast();
        }
        return new ReviewSession(id, progress, List.copyOf(cards), queue, newCards);
    }

    private static void add(Deque<Item> queue, Set<String> queued, Card card, Reason reason) {
        queue.addLast(new Item(card, reason));
        queued.add(card.id());
    }

    /** Whether a reviewed card is due at {@code now} (see the class comment); false for a new card. */
    static boolean isDue(TrackedCard card, Instant now) {
        return card != null && !dueFrom(card).isAfter(now);
    }

    /**
     * When a reviewed card becomes due for {@code review}: the start of its due day (UTC) for a card in
     * review, {@link #LEARN_AHEAD} before its step ends for a card in a (re)learning step.
     */
    public static Instant dueFrom(TrackedCard card) {
        CardState s = card.state();
        return s.state() == State.REVIEW ? utcDay(s.due()).atStartOfDay(ZoneOffset.UTC).toInstant()
                : s.due().minus(LEARN_AHEAD);
    }

    private static List<String> plannedToday(Optional<PlanGoal> goal, List<Card> planCards, Progress progress,
            Instant now) {
        if (goal.isEmpty() || !goal.get().interviewDate().isAfter(utcDay(now))) {
            return List.of();
        }
        InterviewPlan plan = progress.plan(planCards.stream().map(Card::id).toList(), goal.get(), now);
        return plan.reviewsByDay().getOrDefault(utcDay(now), List.of());
    }

    private static LocalDate utcDay(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    /** At most this many new cards a session. */
    public int newCards() {
        return newCards;
    }

    /** Cards in the queue at the start. */
    public int initialSize() {
        return initialSize;
    }

    /** Cards still to show after the current one, learning steps that came back included. */
    public int remaining() {
        return queue.size();
    }

    /** How many cards were shown so far, the current one included. */
    public int position() {
        return shown;
    }

    /** Shows the next card; null when the queue is empty. */
    public Item next(Instant now) {
        if (current != null) {
            throw new IllegalStateException("grade or skip the current card first");
        }
        current = queue.pollFirst();
        if (current != null) {
            shownAt = now;
            shown++;
        }
        return current;
    }

    public Item current() {
        return current;
    }

    /** The wait until the next review of the current card for each grade. */
    public Map<Grade, Duration> preview(Instant now) {
        return progress.preview(requireCurrent().card().id(), now);
    }

    /** Grades the current card; returns the history record to store. */
    public HistoryRecord grade(Grade grade, Instant now) {
        Item item = requireCurrent();
        Objects.requireNonNull(grade, "grade");
        CardState before = progress.state(item.card().id(), now);
        CardState after = progress.fsrs().review(before, grade, now).card();
        if (after.state() != State.REVIEW && !after.due().isAfter(now.plus(LEARN_AHEAD))) {
            queue.addLast(new Item(item.card(), Reason.LEARNING));
        }
        graded.add(new Graded(item, grade, Duration.between(now, after.due())));
        current = null;
        long seconds = Timing.seconds(Duration.between(shownAt, now));
        long allowed = item.card().question().suggestedTime().getSeconds();
        return new HistoryRecord(HistoryRecord.SCHEMA_VERSION, now.toString(), id, item.card().id(), null,
                item.card().question().prompt(), "", null, 0, List.of(), List.of(), List.of(), null, grade.key(),
                seconds, allowed, false, HistoryRecord.REVIEW);
    }

    /** Leaves the current card for another time: nothing is kept. */
    public void skip() {
        requireCurrent();
        current = null;
    }

    public List<Graded> graded() {
        return List.copyOf(graded);
    }

    /** When the next reviewed card of this review's scope becomes due ({@link #dueFrom}), if any was reviewed. */
    public Optional<Instant> nextDue() {
        return scope.stream().map(c -> progress.cards().get(c.id())).filter(Objects::nonNull)
                .map(ReviewSession::dueFrom).min(Comparator.naturalOrder());
    }

    /** Cards in this review's scope never reviewed. */
    public long newLeft() {
        return scope.stream().filter(c -> !progress.cards().containsKey(c.id())).count();
    }

    /** How many cards of this review's scope are due at {@code now}. */
    public long dueCount(Instant now) {
        return scope.stream().filter(c -> isDue(progress.cards().get(c.id()), now)).count();
    }

    private Item requireCurrent() {
        if (current == null) {
            throw new IllegalStateException("no card is being shown");
        }
        return current;
    }
}
