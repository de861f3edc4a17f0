package dev.grudrill.drill;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scheduler's view of every card reviewed so far, keyed by card id (question ids such as
 * {@code gru-06}, and {@code practice:KIND} for practice problem kinds).
 *
 * <p>It is a function of the history: {@link #replay} folds every card review of the history, in time
 * order, through {@link Fsrs}; {@link #apply} adds one more. Replaying a history gives the same state as
 * applying its records one by one as they were made, which is what lets the stored card state be
 * rebuilt whenever it is missing, damaged or behind. Bonus follow-ups are not card reviews (see
 * {@link HistoryRecord#countsAsReview}), but they count as history records.
 */
public final class Progress {
    private final Fsrs fsrs;
    private final Map<String, TrackedCard> cards = new LinkedHashMap<>();
    private int records;

    public Progress(Fsrs fsrs) {
        this.fsrs = Objects.requireNonNull(fsrs);
    }

    /** A progress restored from stored cards that reflect the first {@code records} history records. */
    public Progress(Fsrs fsrs, Map<String, TrackedCard> cards, int records) {
        this(fsrs);
        this.cards.putAll(cards);
        this.records = records;
    }

    /** The state after every card review of {@code history}, taken in time order (file order on ties). */
    public static Progress replay(List<HistoryRecord> history, Fsrs fsrs) {
        List<HistoryRecord> ordered = new ArrayList<>(history);
        ordered.sort(Comparator.comparing(Progress::time));
        Progress progress = new Progress(fsrs);
        for (HistoryRecord record : ordered) {
            progress.apply(record);
        }
        return progress;
    }

    /**
     * Adds one history record. Returns false, changing nothing, when it reviews a card at a time before
     * that card's last review (two sessions at once can append out of order): replay the history then.
     */
    public boolean apply(HistoryRecord record) {
        Instant at = time(record);
        TrackedCard before = cards.get(record.questionId());
        if (record.countsAsReview() && before != null && before.state().lastReview() != null
                && at.isBefore(before.state().lastReview())) {
            return false;
        }
        records++;
        if (record.countsAsReview()) {
            CardState state = before == null ? CardState.newCard(at) : before.state();
            CardState next = fsrs.review(state, grade(record), at).card();
            String hash = record.questionId().startsWith(PracticeKind.ID_PREFIX) || record.prompt() == null
                    ? null : TrackedCard.hash(record.prompt());
            cards.put(record.questionId(), new TrackedCard(next, hash));
        }
        return true;
    }

    public Fsrs fsrs() {
        return fsrs;
    }

    /** How many history records this reflects, follow-ups included. */
    public int records() {
        return records;
    }

    /** Every card reviewed at least once, in the order first reviewed (or stored). */
    public Map<String, TrackedCard> cards() {
        return Collections.unmodifiableMap(cards);
    }

    /** The card's state; a new card (due {@code now}) if it was never reviewed. */
    public CardState state(String id, Instant now) {
        TrackedCard card = cards.get(id);
        return card == null ? CardState.newCard(now) : card.state();
    }

    /** The states of cards {@code ids} at {@code now}, in that order (new cards for those never reviewed). */
    public Map<String, CardState> states(List<String> ids, Instant now) {
        Map<String, CardState> states = new LinkedHashMap<>();
        ids.forEach(id -> states.put(id, state(id, now)));
        return states;
    }

    /** The plan for {@code goal} over cards {@code ids} from {@code now}. */
    public InterviewPlan plan(List<String> ids, PlanGoal goal, Instant now) {
        return new InterviewPlanner(fsrs).plan(states(ids, now), now, goal.interviewDate(), goal.target());
    }

    /** The wait until the next review for each grade given to card {@code id} at {@code now}. */
    public Map<Grade, Duration> preview(String id, Instant now) {
        CardState state = state(id, now);
        if (state.lastReview() != null && now.isBefore(state.lastReview())) {
            return new EnumMap<>(Grade.class);
        }
        return fsrs.preview(state, now);
    }

    /** Predicted recall of card {@code id} at {@code at}; 0 for a card never reviewed. */
    public double recall(String id, Instant at) {
        return fsrs.retrievability(state(id, at), at);
    }

    private static Instant time(HistoryRecord record) {
        try {
            return Instant.parse(record.time());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("history record of " + record.questionId() + " has no valid time: "
                    + record.time(), e);
        }
    }

    private static Grade grade(HistoryRecord record) {
        return Grade.parse(record.grade()).orElseThrow(() -> new IllegalArgumentException("history record of "
                + record.questionId() + " has no valid grade: " + record.grade()));
    }
}
