package dev.grudrill.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.BankLoader;
import dev.grudrill.bank.Card;
import dev.grudrill.drill.Fsrs;
import dev.grudrill.drill.HistoryRecord;
import dev.grudrill.drill.Progress;
import dev.grudrill.drill.InterviewSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import dev.grudrill.drill.Turn;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whole interviews through a JLine terminal on byte streams. Time is a manual clock: "time is up" happens
 * when the test moves the clock, never by sleeping.
 */
class InteractiveInterviewTest {
    static final Bank BANK = dev.grudrill.bank.TestBanks.withUnwritten("gru-17");
    static final String GOOD_Q2 = "A GRU has two gates: the reset gate r_t and the update gate z_t, both sigmoid\r"
            + "outputs between 0 and 1. The reset gate decides how much of the previous state\r"
            + "enters the candidate. The update gate decides how much of the old state to keep.\r"
            + "It couples the LSTM forget gate and input gate: an additive path.\r"
            + "Short-term and long-term dependencies. There is no output gate.\r";

    final TestTerminal.ManualClock clock = new TestTerminal.ManualClock();
    final List<HistoryRecord> saved = new CopyOnWriteArrayList<>();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    TestTerminal screen;
    InterviewSession session;
    Thread runner;

    void start(String type, boolean colour, boolean enforced, String... ids) throws Exception {
        screen = new TestTerminal(type);
        List<Card> cards = List.of(ids).stream().map(id -> BANK.find(id).orElseThrow()).toList();
        session = new InterviewSession("test", cards, null, null, enforced);
        Progress progress = new Progress(new Fsrs());
        InteractiveInterview interview = new InteractiveInterview(session, clock, r -> {
            saved.add(r);
            progress.apply(r);
        }, progress::preview, colour, Duration.ofMillis(20));
        runner = new Thread(() -> {
            try {
                interview.run(screen);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        runner.start();
    }

    void finish() throws Exception {
        runner.join();
        if (failure.get() != null) {
            throw new AssertionError("the interview failed", failure.get());
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
    void goodAnswerBadAnswerAndATimeoutGiveGradingScreensAndASummary() throws Exception {
        start("xterm-256color", false, true, "gru-02", "gru-06", "gru-17");
        screen.await("⏱ 2:00 left of 2:00 · Q1/3 · empty line or Ctrl-D: submit · /skip · Ctrl-C: end");
        screen.await("Question 1 of 3 · gru-02 · gates, architecture · difficulty 1/3");
        screen.await("What are the two gates in GRU and their functions?");
        screen.type(GOOD_Q2);
        screen.type("\r");
        String grading = screen.await("Suggested grade: Easy");
        assertTrue(grading.contains("Covered 6 of 6 key points (100%)"), grading);
        assertTrue(grading.contains("✓ \"reset gate\" + \"update gate\" · A GRU has exactly two gates"), grading);
        assertTrue(grading.contains("Model answer, short:"), grading);
        screen.await("1 Again (1m) · 2 Hard (6m) · 3 Good (10m) · 4 Easy (8d)");
        screen.await("Enter: Easy · d: details · Ctrl-C: end");
        screen.type("3");
        screen.await("Kept in your history as Good · next review in 10m.");
        assertEquals(1, saved.size(), "kept the moment it is confirmed");
        assertEquals("good", saved.get(0).grade());
        assertEquals("easy", saved.get(0).suggestedGrade());
        screen.await("f: a bonus follow-up");
        screen.type("\r");

        screen.await("Question 2 of 3 · gru-06");
        screen.type("The output gate controls what leaves the cell.\r\r");
        grading = screen.await("Suggested grade: Again (0% covered, a misconception)");
        assertTrue(grading.contains("Covered 0 of 7 key points (0%)"), grading);
        assertTrue(grading.contains("lines 1–18 of 31 · Space: more"), "a long grading screen is paged: " + grading);
        screen.type(" ");
        grading = screen.await("Correction: A GRU has only the reset and update gates");
        assertTrue(grading.contains("⚠ You said \"output gate"), grading);
        screen.type("\r");
        screen.await("Kept in your history as Again · next review in 1m.");
        screen.type("\r");

        screen.await("3:00 left of 3:00");
        screen.await("Question 3 of 3 · gru-17");
        screen.await("No model answer is written for gru-17 yet");
        clock.advance(Duration.ofSeconds(100));
        screen.type("The reset gate picks what");
        screen.await("The reset gate picks what");
        clock.advance(Duration.ofSeconds(80));
        grading = screen.await("No suggested grade: pick one.");
        assertTrue(grading.contains("Time is up: your answer was submitted as it stood."), grading);
        assertTrue(grading.contains("time 3:00 of 3:00 (time ran out)"), grading);
        assertTrue(grading.contains("│ The reset gate picks what"), grading);
        screen.type("\r");
        screen.type("2");
        String summary = screen.await("Overall: mean coverage 50% over 2 questions · Again 1 · Hard 1 · Good 1");
        assertTrue(summary.contains("Interview summary"), summary);
        assertTrue(summary.contains("gru-17 What is the role of the reset gate"), summary);
        assertTrue(summary.contains("3:00/3:00!"), summary);
        finish();

        assertEquals(List.of("gru-02", "gru-06", "gru-17"), saved.stream().map(HistoryRecord::questionId).toList());
        HistoryRecord timedOut = saved.get(2);
        assertEquals("The reset gate picks what", timedOut.answer(), "the unfinished line is part of the answer");
        assertTrue(timedOut.overtime());
        assertEquals(180, timedOut.secondsUsed());
        assertNull(timedOut.suggestedGrade());
        assertEquals("hard", timedOut.grade());
        assertFalse(screen.raw().contains("\u001b[3"), "no colour was asked for");
    }

    @Test
    @Timeout(30)
    void ctrlCAsksAndEndingKeepsTheGradedAnswers() throws Exception {
        start("xterm-256color", false, true, "gru-02", "gru-06");
        screen.await("Question 1 of 2");
        screen.type("reset gate and update gate\r\r");
        screen.await("Suggested grade");
        screen.type("\r");
        screen.await("Kept in your history");
        screen.await("f: a bonus follow-up");
        screen.type("\r");
        screen.await("Question 2 of 2");
        screen.type("half a thought");
        screen.await("half a thought");
        screen.type("\u0003");
        screen.await("End the interview? Answers graded so far are kept. [y/N]");
        screen.type("n");
        screen.await("> half a thought");
        screen.type(" and more\u0003");
        screen.await("End the interview?");
        screen.type("y");
        String summary = screen.await("The interview was ended by you during question 2.");
        assertTrue(summary.contains("Interview summary"), summary);
        finish();
        assertEquals(1, saved.size(), "only the confirmed grade is kept");
        assertEquals(1, session.results().size());
    }

    @Test
    @Timeout(30)
    void skipThenABonusFollowUpGradedByTime() throws Exception {
        start("xterm-256color", false, true, "gru-06", "gru-02");
        screen.await("Question 1 of 2");
        screen.type("/skip\r");
        screen.await("Question 2 of 2 · gru-02");
        screen.type("two gates: reset gate and update gate\u0004");
        screen.await("Suggested grade");
        screen.type("1");
        screen.await("f: a bonus follow-up");
        screen.type("f");
        screen.await("Bonus follow-up to question 2 · gru-02");
        screen.await("In PyTorch, does z_t ≈ 1 keep or overwrite the old state?");
        clock.advance(Duration.ofSeconds(30));
        screen.type("In PyTorch it keeps the old state; Chung et al. swap the roles.\r\r");
        String grading = screen.await("Suggested grade: Good (answered in time)");
        assertTrue(grading.contains("Follow-ups have no key points"), grading);
        screen.type("\r");
        String summary = screen.await("Overall:");
        assertTrue(summary.contains("skipped"), summary);
        assertTrue(summary.contains("2+   follow-up: In PyTorch"), summary);
        finish();
        assertEquals(2, saved.size());
        assertEquals(0, saved.get(1).followUp());
        assertEquals(30, saved.get(1).secondsUsed());
    }

    @Test
    @Timeout(30)
    void detailsArePagedAndResizingRedrawsTheGradingScreen() throws Exception {
        start("xterm-256color", false, true, "gru-06");
        screen.await("Question 1 of 1");
        screen.type("reset gate sigmoid\r\r");
        screen.await("Suggested grade");
        screen.type("d");
        screen.await("Details of the model answer · gru-06");
        screen.await("Space: next · q: back to the grade");
        screen.type(" ");
        screen.await("b: back");
        screen.type("q");
        screen.await("Enter: Again");
        Terminal t = screen.terminal();
        t.setSize(new Size(60, 20));
        t.raise(Terminal.Signal.WINCH);
        String redrawn = screen.await("Enter: Again");
        assertTrue(redrawn.contains("─".repeat(60) + "\n") || redrawn.contains("─".repeat(60) + "\r\n"), redrawn);
        assertFalse(redrawn.contains("─".repeat(61)), redrawn);
        screen.type("\r");
        screen.await("f: a bonus follow-up");
        screen.type("\r");
        screen.await("Overall:");
        finish();
    }

    @Test
    @Timeout(30)
    void aDumbTerminalGetsNoticesInsteadOfAStatusLineAndNoColour() throws Exception {
        start("dumb", true, true, "gru-02");
        screen.await("Question 1 of 1");
        clock.advance(Duration.ofSeconds(62));
        screen.await("0:58 left");
        clock.advance(Duration.ofSeconds(30));
        screen.await("0:28 left");
        clock.advance(Duration.ofSeconds(30));
        screen.await("Time is up");
        screen.type("\r");
        screen.await("f: a bonus follow-up");
        screen.type("\r");
        screen.await("Overall:");
        finish();
        assertFalse(screen.raw().contains("\u001b["), "no escape sequences on a dumb terminal");
        assertEquals("again", saved.get(0).grade());
    }

    @Test
    void theCountdownTurnsYellowThenRedAndShowsTimeUsedWithoutATimer() {
        Card q2 = BANK.find("gru-02").orElseThrow();
        InterviewSession timed = new InterviewSession("t", List.of(q2), null, null, true);
        Turn turn = timed.start(clock.instant());
        AttributedString start = InteractiveInterview.statusLine(timed, turn, clock.instant(), true);
        assertTrue(start.toString().startsWith("⏱ 2:00 left of 2:00 · Q1/1 · empty line or Ctrl-D: submit"), start.toString());
        assertEquals(AttributedStyle.DEFAULT.inverse(), start.styleAt(0));
        AttributedString low = InteractiveInterview.statusLine(timed, turn, clock.instant().plusSeconds(90), true);
        assertTrue(low.toString().startsWith("⚠ 0:30 left of 2:00"), low.toString());
        assertEquals(AttributedStyle.DEFAULT.background(AttributedStyle.YELLOW).foreground(AttributedStyle.BLACK),
                low.styleAt(0));
        AttributedString last = InteractiveInterview.statusLine(timed, turn, clock.instant().plusMillis(110_500), true);
        assertTrue(last.toString().startsWith("⚠ 0:10 left of 2:00"), last.toString());
        assertTrue(last.toAnsi().contains("41"), last.toAnsi());
        AttributedString plain = InteractiveInterview.statusLine(timed, turn, clock.instant().plusSeconds(90), false);
        assertEquals(AttributedStyle.DEFAULT, plain.styleAt(0), "no colour: the ⚠ carries the warning");

        InterviewSession untimed = new InterviewSession("u", List.of(q2), null, null, false);
        Turn free = untimed.start(clock.instant());
        assertTrue(InteractiveInterview.statusLine(untimed, free, clock.instant().plusSeconds(300), false).toString()
                .startsWith("⏱ 5:00 used of 2:00"));
    }

    @Test
    @Timeout(30)
    void withoutATimerTimeIsMeasuredButNothingIsSubmitted() throws Exception {
        start("xterm-256color", false, false, "gru-02");
        screen.await("No time limit; the suggested time is 2:00.");
        clock.advance(Duration.ofMinutes(5));
        screen.type(GOOD_Q2 + "\r");
        String grading = screen.await("Suggested grade: Hard");
        assertTrue(grading.contains("time 5:00 of 2:00 (time ran out)"), grading);
        screen.type("\r");
        screen.await("f: a bonus follow-up");
        screen.type("\r");
        screen.await("Overall:");
        finish();
    }
}
