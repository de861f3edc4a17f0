package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProgressTest {
    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    final Fsrs fsrs = new Fsrs();

    /** A few weeks of reviews of several cards, with lapses, same-day steps, follow-ups and practice. */
    static List<HistoryRecord> history(long seed) {
        Random random = new Random(seed);
        String[] grades = {"again", "hard", "good", "good", "good", "easy"};
        List<HistoryRecord> records = new ArrayList<>();
        Instant t = T0;
        for (int i = 0; i < 200; i++) {
            t = t.plus(Duration.ofMinutes(1 + random.nextInt(random.nextBoolean() ? 20 : 3000)));
            String id = random.nextInt(10) == 0 ? PracticeKind.SHAPE.cardId() : "gru-0" + (1 + random.nextInt(6));
            String grade = grades[random.nextInt(grades.length)];
            records.add(random.nextInt(12) == 0 ? Records.followUp(id, t, grade) : Records.review(id, t, grade));
        }
        return records;
    }

    @Test
    void replayingTheHistoryEqualsApplyingItRecordByRecord() {
        for (long seed = 1; seed <= 20; seed++) {
            List<HistoryRecord> history = history(seed);
            Progress incremental = new Progress(fsrs);
            for (HistoryRecord r : history) {
                assertTrue(incremental.apply(r));
            }
            Progress replayed = Progress.replay(history, fsrs);
            assertEquals(incremental.cards(), replayed.cards(), "seed " + seed);
            assertEquals(history.size(), replayed.records());
        }
    }

    @Test
    void replaySortsByTimeSoRecordsAppendedOutOfOrderGiveTheSameState() {
        List<HistoryRecord> history = history(7);
        List<HistoryRecord> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(Progress.replay(history, fsrs).cards(), Progress.replay(shuffled, fsrs).cards());
    }

    @Test
    void aRecordOlderThanTheCardsLastReviewIsNotAppliedIncrementally() {
        Progress p = new Progress(fsrs);
        assertTrue(p.apply(Records.review("gru-01", T0.plusSeconds(60), "good")));
        assertFalse(p.apply(Records.review("gru-01", T0, "good")));
        assertEquals(1, p.records());
        assertEquals(1, p.cards().get("gru-01").state().reps());
    }

    @Test
    void followUpsCountAsRecordsButAreNotReviews() {
        Progress p = new Progress(fsrs);
        p.apply(Records.review("gru-01", T0, "good"));
        p.apply(Records.followUp("gru-01", T0.plusSeconds(30), "again"));
        assertEquals(2, p.records());
        CardState state = p.cards().get("gru-01").state();
        assertEquals(1, state.reps());
        assertEquals(fsrs.review(CardState.newCard(T0), Grade.GOOD, T0).card(), state);
    }

    @Test
    void theStateIsFsrsFoldedOverTheReviewsAndThePromptHashIsTheLastPrompts() {
        Progress p = new Progress(fsrs);
        p.apply(Records.review("gru-01", T0, "good", "Old prompt?"));
        p.apply(Records.review("gru-01", T0.plus(Duration.ofMinutes(10)), "good", "New  prompt?"));
        p.apply(Records.review(PracticeKind.SHAPE.cardId(), T0, "again"));
        CardState expected = fsrs.review(fsrs.review(CardState.newCard(T0), Grade.GOOD, T0).card(), Grade.GOOD,
                T0.plus(Duration.ofMinutes(10))).card();
        TrackedCard card = p.cards().get("gru-01");
        assertEquals(expected, card.state());
        assertEquals(State.REVIEW, card.state().state());
        assertFalse(card.promptChanged("New prompt?"), "whitespace is not an edit");
        assertTrue(card.promptChanged("Old prompt?"));
        assertNull(p.cards().get(PracticeKind.SHAPE.cardId()).promptHash(), "practice kinds have no prompt");
    }

    @Test
    void previewAndRecallOfACardNeverReviewedAreThoseOfANewCard() {
        Progress p = new Progress(fsrs);
        assertEquals(fsrs.preview(CardState.newCard(T0), T0), p.preview("gru-09", T0));
        assertEquals(Duration.ofMinutes(1), p.preview("gru-09", T0).get(Grade.AGAIN));
        assertEquals(0, p.recall("gru-09", T0));
    }
}
