package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.grudrill.drill.Fsrs;
import dev.grudrill.drill.PracticeKind;
import dev.grudrill.drill.PracticeSession;
import dev.grudrill.drill.Progress;
import dev.grudrill.term.TestTerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `practice` in plain mode: five problems asked, checked and explained, kept as reviews of their kinds. */
class PracticeCommandTest {
    @TempDir
    Path dir;

    final TestTerminal.ManualClock clock = new TestTerminal.ManualClock();

    CliRun practice(String stdin, String... args) {
        return practiceIn(dir.resolve("data"), stdin, args);
    }

    CliRun practiceIn(Path data, String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("practice", "--data-dir", data.toString()));
        all.addAll(List.of(args));
        return CliRun.run(new Context(Map.of("HOME", dir.toString()), false, false,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), clock), all.toArray(String[]::new));
    }

    /** The answers to the problems seed 3 asks on a fresh data folder, from the same session logic. */
    static List<String> answers(long seed) {
        PracticeSession s = new PracticeSession("x", new Progress(new Fsrs()), seed, 5, List.of(PracticeKind.values()));
        List<String> out = new ArrayList<>();
        while (s.hasNext()) {
            out.add(s.next(new TestTerminal.ManualClock().instant()).answer());
            s.skip();
        }
        return out;
    }

    @Test
    void fiveProblemsAreAskedCheckedAndExplained() throws IOException {
        List<String> right = answers(3);
        String stdin = right.get(0) + "\n" + right.get(1).replace(",", "") + "\n" + "(1, 2)\n" + right.get(3) + "\n"
                + "0.1, 0.2\n";
        CliRun run = practice(stdin, "--seed", "3");
        assertEquals(0, run.code(), run.err());
        String out = run.out();
        for (PracticeKind kind : PracticeKind.values()) {
            assertTrue(out.contains(" · " + kind.key() + " · " + kind.description()), kind.key() + ": " + out);
        }
        assertEquals(5, out.split("Worked solution:", -1).length - 1, out);
        assertTrue(out.contains("✔ Correct: " + right.get(0)), out);
        assertTrue(out.contains("✗ (1, 2) is wrong; the answer is " + right.get(2)), out);
        assertTrue(out.contains("params-gru kept as Good · next problem of this kind in 10m"), out);
        assertTrue(out.contains("shape kept as Again · next problem of this kind in 1m"), out);
        assertTrue(out.contains("Correct 3 of 5 · seed 3 (--seed 3 asks the same problems again)"), out);
        assertTrue(run.err().contains("answer (a whole number, e.g. 1920 or 1,920; skip skips): "), run.err());
        assertTrue(out.lines().allMatch(l -> l.length() <= 80), "fits 80 columns");

        List<JsonNode> history = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("data/history.jsonl"))) {
            history.add(new ObjectMapper().readTree(line));
        }
        assertEquals(List.of("practice:params-gru", "practice:params-lstm", "practice:shape", "practice:step-gates",
                "practice:step-state"), history.stream().map(h -> h.get("questionId").textValue()).toList());
        assertEquals(List.of("good", "good", "again", "good", "again"), history.stream().map(h -> h.get("grade")
                .textValue()).toList());
        assertTrue(history.stream().allMatch(h -> h.get("source").textValue().equals("practice")));
        JsonNode cards = new ObjectMapper().readTree(dir.resolve("data/cards.json").toFile()).get("cards");
        assertEquals("learning", cards.get("practice:shape").get("state").textValue());
        assertTrue(cards.get("practice:shape").get("promptHash").isNull());
    }

    @Test
    void theSameSeedAsksTheSameProblems() {
        CliRun a = practiceIn(dir.resolve("a"), "skip\nskip\n", "--seed", "11", "--count", "2");
        CliRun b = practiceIn(dir.resolve("b"), "skip\nskip\n", "--seed", "11", "--count", "2");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().contains("Correct 0 of 0 · 2 skipped · seed 11"), a.out());
    }

    @Test
    void kindsCanBeChosenAndInputThatRunsOutEndsTheRound() {
        CliRun run = practice("skip\n", "--kind", "shape,step-state", "--count", "3");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Problem 1 of 3 · shape"), run.out());
        assertTrue(run.out().contains("Problem 2 of 3 · step-state"), run.out());
        assertTrue(run.out().contains("The input ran out at problem 2."), run.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun count = practice("", "--count", "0");
        assertEquals(2, count.code());
        assertEquals("gru-drill practice: --count must be 1 or more, not 0\n", count.err());
        CliRun kind = practice("", "--kind", "params-rnn");
        assertEquals(2, kind.code());
        assertEquals("gru-drill practice: --kind: unknown kind 'params-rnn' (kinds: params-gru, params-lstm, shape,"
                + " step-gates, step-state)\n", kind.err());
        CliRun seed = practice("", "--seed", "x");
        assertEquals(2, seed.code());
        assertTrue(seed.oneErrorLine(), seed.err());
    }
}
