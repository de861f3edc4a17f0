package dev.grudrill.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.drill.Fsrs;
import dev.grudrill.drill.HistoryRecord;
import dev.grudrill.drill.PracticeKind;
import dev.grudrill.drill.PracticeProblem;
import dev.grudrill.drill.PracticeSession;
import dev.grudrill.drill.Progress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Practice through a JLine terminal on byte streams. */
class InteractivePracticeTest {
    final TestTerminal.ManualClock clock = new TestTerminal.ManualClock();
    final List<HistoryRecord> saved = new CopyOnWriteArrayList<>();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    TestTerminal screen;
    Thread runner;

    @AfterEach
    void stop() throws Exception {
        if (runner != null && runner.isAlive()) {
            screen.closeKeyboard();
            runner.join(5000);
        }
    }

    @Test
    @Timeout(30)
    void anAnswerIsCheckedAndExplainedAndCtrlCEndsTheRound() throws Exception {
        screen = new TestTerminal("xterm-256color");
        Progress progress = new Progress(new Fsrs());
        List<PracticeKind> kinds = List.of(PracticeKind.PARAMS_GRU, PracticeKind.SHAPE);
        PracticeSession session = new PracticeSession("t", progress, 5, 3, kinds);
        PracticeProblem first = new PracticeSession("copy", new Progress(new Fsrs()), 5, 3, kinds).next(clock.instant());
        InteractivePractice practice = new InteractivePractice(session, clock, r -> {
            saved.add(r);
            progress.apply(r);
        }, false);
        runner = new Thread(() -> {
            try {
                practice.run(screen);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        runner.start();
        String shown = screen.await("answer> ");
        assertTrue(shown.contains("Problem 1 of 3 · params-gru"), shown);
        assertTrue(shown.replaceAll("\\s+", " ").contains(first.question()), shown);
        screen.type("\r");
        screen.await("answer> ");
        screen.type(first.answer() + "\r");
        String result = screen.await("Enter: next problem · Ctrl-C: end");
        assertTrue(result.contains("✔ Correct: " + first.answer()), result);
        assertTrue(result.contains("Worked solution:"), result);
        assertEquals(1, saved.size());
        screen.type("\r");
        screen.await("Problem 2 of 3 · shape");
        screen.await("answer> ");
        screen.type("(1, 2)\r");
        result = screen.await("Enter: next problem");
        assertTrue(result.contains("✗ (1, 2) is wrong; the answer is"), result);
        assertTrue(result.contains("shape kept as Again · next problem of this kind in 1m"), result);
        screen.type("\u0003");
        String summary = screen.await("Ended by you after problem 2.");
        assertTrue(summary.contains("Correct 1 of 2 · seed 5"), summary);
        runner.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(List.of("good", "again"), saved.stream().map(HistoryRecord::grade).toList());
    }
}
