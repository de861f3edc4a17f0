package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.grudrill.term.TestTerminal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `plan` with a fixed clock (2026-11-25 10:00 UTC): the daily table, the forecast, the stored date, bad input. */
class PlanCommandTest {
    @TempDir
    Path dir;

    final TestTerminal.ManualClock clock = new TestTerminal.ManualClock();

    CliRun run(String command, String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return CliRun.run(new Context(Map.of("HOME", dir.toString()), false, false,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), clock), all.toArray(String[]::new));
    }

    CliRun plan(String... args) {
        return run("plan", "", args);
    }

    @Test
    void aPlanTenDaysOutReachesTheTargetAndIsStored() throws Exception {
        CliRun text = plan("--interview-date", "2026-12-05");
        assertEquals(0, text.code(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals("Interview on Sat 2026-12-05, in 10 days · target recall on the day: 90%", lines.get(0));
        assertEquals("date            reviews  questions", lines.get(4));
        assertEquals("Wed 2026-11-25       10  gru-01 gru-02 gru-03 gru-04 gru-05 gru-06 gru-07 gru-08", lines.get(5));
        assertTrue(text.out().contains("  without more reviews      0% / 0%\n"), text.out());
        assertTrue(text.out().contains("Every question reaches 90% with the plan.\n"), text.out());
        assertTrue(lines.stream().allMatch(l -> l.length() <= 80), "fits 80 columns");
        assertEquals("gru-drill plan: saved; review and stats follow this plan until 2026-12-05 (plan --clear removes"
                + " it)\n", text.err());
        assertTrue(Files.readString(dir.resolve("data/plan.json")).contains("\"interviewDate\" : \"2026-12-05\""));

        JsonNode json = plan("--format", "json").json();
        assertEquals(1, json.get("schemaVersion").intValue());
        assertEquals("2026-12-05", json.get("interviewDate").textValue());
        assertEquals(0.9, json.get("target").doubleValue());
        assertTrue(json.get("forecast").get("reachesTarget").booleanValue());
        assertTrue(json.get("forecast").get("withPlan").get("min").doubleValue() >= 0.9);
        assertEquals(50, json.get("questions").size());
        int planned = 0;
        for (JsonNode day : json.get("days")) {
            assertEquals(day.get("reviews").intValue(), day.get("questions").size());
            assertTrue(day.get("date").textValue().compareTo("2026-12-05") < 0);
            planned += day.get("reviews").intValue();
        }
        assertTrue(planned >= 100, "every question learnt and reviewed again: " + planned);
        for (JsonNode q : json.get("questions")) {
            assertTrue(q.get("recallWithPlan").doubleValue() >= 0.9, q.toString());
            assertFalse(q.has("reason"));
        }
    }

    @Test
    void aPlanAfterSomeReviewsStillReachesAHigherTarget() {
        run("review", "good\ngood\ngood\ngood\ngood\ngood\n", "--new", "3");
        clock.advance(Duration.ofDays(2));
        run("review", "good\nhard\nagain\ngood\n", "--new", "0");
        JsonNode json = plan("--interview-date", "2026-12-07", "--target", "0.95", "--format", "json").json();
        assertTrue(json.get("forecast").get("reachesTarget").booleanValue(), json.toString());
        assertTrue(json.get("forecast").get("withPlan").get("min").doubleValue() >= 0.95);
        assertTrue(json.get("forecast").get("withoutReviews").get("mean").doubleValue() > 0);
    }

    @Test
    void aTargetOutOfReachIsExplained() {
        CliRun run = plan("--interview-date", "2026-11-26", "--target", "0.99");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("50 questions cannot reach 99%:\n"), run.out());
        assertTrue(run.out().contains("  gru-01  at most 94.6%: after its last possible review, on 2026-11-25, its\n"
                + "      stability (2.3 days) is too short to hold 99% until the interview\n"), run.out());
        assertTrue(run.out().lines().allMatch(l -> l.length() <= 80), run.out());
    }

    @Test
    void withoutOptionsItShowsTheStoredPlanAndClearRemovesIt() {
        CliRun none = plan();
        assertEquals(1, none.code());
        assertEquals("gru-drill plan: no interview date is set: plan --interview-date YYYY-MM-DD sets one\n", none.err());
        plan("--interview-date", "2026-12-05");
        CliRun stored = plan();
        assertEquals(0, stored.code(), stored.err());
        assertTrue(stored.out().startsWith("Interview on Sat 2026-12-05"), stored.out());
        assertEquals("", stored.err());
        assertEquals("gru-drill plan: the interview date was removed\n", plan("--clear").err());
        assertEquals("gru-drill plan: no interview date was set\n", plan("--clear").err());
        assertEquals(1, plan().code());
    }

    @Test
    void aPlanWhoseDateHasPassedIsLeftOut() {
        plan("--interview-date", "2026-11-27");
        clock.advance(Duration.ofDays(3));
        CliRun run = plan();
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("gru-drill plan: the interview date 2026-11-27 is not ahead any more"),
                run.err());
    }

    @Test
    void badDatesAndTargetsAreUsageErrors() {
        for (String[] args : List.of(new String[] {"--interview-date", "2026-11-20"},
                new String[] {"--interview-date", "2026-11-25"}, new String[] {"--interview-date", "10/12/2026"},
                new String[] {"--interview-date", "2026-12-05", "--target", "90"},
                new String[] {"--interview-date", "2026-12-05", "--target", "0"},
                new String[] {"--target", "0.9"}, new String[] {"--clear", "--interview-date", "2026-12-05"},
                new String[] {"--format", "yaml"})) {
            CliRun run = plan(args);
            assertEquals(2, run.code(), String.join(" ", args));
            assertTrue(run.oneErrorLine() && run.out().isEmpty(), String.join(" ", args) + ": " + run.err());
        }
        assertEquals("gru-drill plan: --interview-date 2026-11-20 is not after today (2026-11-25)\n",
                plan("--interview-date", "2026-11-20").err());
        assertEquals("gru-drill plan: --interview-date: '10/12/2026' is not a date of the form YYYY-MM-DD\n",
                plan("--interview-date", "10/12/2026").err());
        assertFalse(Files.exists(dir.resolve("data/plan.json")), "nothing stored");
    }
}
