package dev.grudrill.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.TestBanks;
import dev.grudrill.drill.Fsrs;
import dev.grudrill.drill.HistoryRecord;
import dev.grudrill.drill.Progress;
import dev.grudrill.drill.Records;
import dev.grudrill.drill.ReviewSession;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The flashcard review through a JLine terminal on byte streams, with a clock the test moves. */
class InteractiveReviewTest {
    static final Bank BANK = TestBanks.real();

    final TestTerminal.ManualClock clock = new TestTerminal.ManualClock();
    final List<HistoryRecord> saved = new CopyOnWriteArrayList<>();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final Progress progress = new Progress(new Fsrs());
    TestTerminal screen;
    ReviewSession session;
    Thread runner;

    void start(int newCards) throws Exception {
        screen = new TestTerminal("xterm-256color");
        List<Card> cards = BANK.cards();
        session = ReviewSession.start("test", cards, progress, Optional.empty(), cards, newCards, null,
                clock.instant());
        InteractiveReview review = new InteractiveReview(session, progress, clock, r -> {
            saved.add(r);
            progress.apply(r);
        }, false);
        runner = new Thread(() -> {
            try {
                review.run(screen);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        runner.start();
    }

    void finish() throws Exception {
        runner.join();
        if (failure.get() != null) {
            throw new AssertionError("the review failed", failure.get());
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (runner != null && runner.isAlive()) {
            screen.closeKeyboard();
            runner.join(5000);
        }
    }

    @Test
    @Timeout(30)
    void promptThenAnswerThenGradeWithTheNextIntervals() throws Exception {
        start(2);
        String front = screen.await("Enter: show the answer · s: skip · q: end the review");
        assertTrue(front.contains("Review 1 of 2 · new · gru-01 · architecture"), front);
        assertTrue(front.contains("Explain the GRU architecture and its design motivation."), front);
        assertTrue(front.contains("Think of your answer, then show the model answer."), front);
        assertFalse(front.contains("Model answer, short:"), "the answer waits for Enter");
        clock.advance(Duration.ofSeconds(20));
        screen.type("\r");
        String back = screen.await("d: details · s: skip · q: end the review");
        assertTrue(back.contains("Model answer, short:"), back);
        assertTrue(back.contains("1 Again (1m) · 2 Hard (6m) · 3 Good (10m) · 4 Easy (8d)"), back);
        screen.type("3");

        String next = screen.await("Enter: show the answer");
        assertTrue(next.contains("✔ gru-01: Good · next review in 10m"), next);
        assertTrue(next.contains("Review 2 of 3 · new · gru-02"), "gru-01 comes back for its step: " + next);
        assertEquals(1, saved.size(), "kept the moment it is given");
        assertEquals("gru-01", saved.get(0).questionId());
        assertEquals(20, saved.get(0).secondsUsed());
        screen.type("s");
        screen.await("↷ gru-02 skipped");
        String learning = screen.await("Enter: show the answer");
        assertTrue(learning.contains("Review 3 of 3 · learning step · gru-01"), learning);
        assertTrue(learning.contains("Last reviewed less than a minute ago · 1 review, 0 lapses · predicted recall now"
                + " 100%"), learning);
        screen.type("\r");
        screen.await("d: details");
        screen.type("d");
        screen.await("Details of the model answer · gru-01");
        screen.await("q: back to the card");
        screen.type("q");
        screen.await("d: details");
        screen.type("4");
        String summary = screen.await("Review summary");
        summary += screen.await("Nothing due");
        assertTrue(summary.contains("Graded 2 cards · Good 1 · Easy 1"), summary);
        finish();
        assertEquals(List.of("good", "easy"), saved.stream().map(HistoryRecord::grade).toList());
    }

    @Test
    @Timeout(30)
    void anEditedQuestionIsFlaggedAndQEndsTheReviewKeepingWhatWasGraded() throws Exception {
        progress.apply(Records.review("gru-06", clock.instant().minus(Duration.ofDays(5)), "good",
                "An older wording of the question?"));
        progress.apply(Records.review("gru-06", clock.instant().minus(Duration.ofDays(5)).plusSeconds(600), "good",
                "An older wording of the question?"));
        start(3);
        String front = screen.await("Enter: show the answer");
        assertTrue(front.contains("Review 1 of 4 · due · gru-06"), front);
        assertTrue(front.contains("⚠ The question was edited since you last reviewed it; your progress is kept."),
                front);
        screen.type("\r");
        screen.await("1 Again (10m)");
        screen.type("1");
        screen.await("✔ gru-06: Again · next review in 10m");
        screen.await("Enter: show the answer");
        screen.type("q");
        String summary = screen.await("Ended by you with 4 cards left.");
        assertTrue(summary.contains("Graded 1 card · Again 1"), summary);
        finish();
        assertEquals(1, saved.size());
    }
}
