package dev.grudrill.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.BankLoader;
import dev.grudrill.drill.HistoryRecord;
import dev.grudrill.drill.InterviewSession;
import dev.grudrill.safety.HostileBank;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive interview draws with escape sequences of its own, so the test looks for the bank's:
 * none of its title changes, hyperlinks, C1 CSI, BEL or bidi overrides reaches the screen; they are
 * shown escaped.
 */
class HostileInteractiveTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(30)
    void theQuestionGradingAndSummaryScreensShowTheBanksTricksEscaped() throws Exception {
        Bank bank = new BankLoader().load(HostileBank.write(tmp.resolve("bank")), "bank/").orThrow();
        TestTerminal screen = new TestTerminal("xterm-256color");
        TestTerminal.ManualClock clock = new TestTerminal.ManualClock();
        List<HistoryRecord> saved = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        InterviewSession session = new InterviewSession("t", List.of(bank.find("evil-01").orElseThrow()), null, null,
                true);
        Thread runner = new Thread(() -> {
            try {
                new InteractiveInterview(session, clock, saved::add, dev.grudrill.drill.NextIntervals.NONE, true,
                        Duration.ofMillis(20)).run(screen);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        runner.start();
        try {
            screen.await("Question 1 of 1 · evil-01");
            screen.type("The reset gate scales the previous state.\r\r");
            screen.await("Suggested grade:");
            screen.type("d");
            screen.await("More");
            screen.type("q");
            screen.type("\r");
            screen.await("Kept in your history as");
            screen.type("\r");
            screen.await("Interview summary");
            runner.join(10_000);
        } finally {
            screen.closeKeyboard();
            runner.join(5000);
        }
        if (failure.get() != null) {
            throw new AssertionError("the interview failed", failure.get());
        }
        String raw = screen.raw();
        for (String trick : List.of("\u001b]0;pwned", "\u001b]8;;http://evil", "\u009b", "\u202e", "\u2028", "pwned\u0007",
                "\u001b[5A\u001b[31m")) {
            assertFalse(raw.contains(trick), "reached the screen raw: " + trick.replace("\u001b", "ESC"));
        }
        assertTrue(raw.contains("\\u001b]0;pwned\\u0007"), "shown escaped");
        assertEquals(1, saved.size());
    }
}
