package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.grudrill.drill.PlanGoal;
import dev.grudrill.store.PlanStore;
import dev.grudrill.term.TestTerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `review` in plain mode (scripted) with a clock the test moves, and every kind of bad input. */
class ReviewCommandTest {
    @TempDir
    Path dir;

    final TestTerminal.ManualClock clock = new TestTerminal.ManualClock();

    CliRun review(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("review", "--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return CliRun.run(new Context(Map.of("HOME", dir.toString()), false, false,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), clock), all.toArray(String[]::new));
    }

    List<JsonNode> history() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("data/history.jsonl"))) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    @Test
    void aScriptedReviewGradesEachCardAndSaysWhenTheNextIsDue() throws IOException {
        CliRun run = review("good\nagain\n3\nskip\nhard\n", "--new", "3");
        assertEquals(0, run.code(), run.err());
        assertEquals("""
                gru-01  new  Good  next review in 10m
                gru-02  new  Again  next review in 1m
                gru-03  new  Good  next review in 10m
                gru-01  skipped
                gru-02  learning step  Hard  next review in 6m

                Review summary
                ────────────────────────────────────────────────────────────────────────────────
                Graded 4 cards · Again 1 · Hard 1 · Good 2
                The input ran out with 2 cards left.
                3 cards are still due: run review again to go on.
                47 questions never reviewed (up to 3 new a session; --new N changes it).
                """, run.out());
        assertTrue(run.err().contains("Review 1 of 3 · new · gru-01 · architecture\n"), run.err());
        assertTrue(run.err().contains("1 Again (1m) · 2 Hard (6m) · 3 Good (10m) · 4 Easy (8d)\n"
                + "grade (again, hard, good, easy, 1-4 or skip): "), run.err());
        assertTrue(run.err().endsWith("gru-drill review: 4 grades kept in " + dir.resolve("data/history.jsonl") + "\n"),
                run.err());
        List<JsonNode> history = history();
        assertEquals(List.of("gru-01", "gru-02", "gru-03", "gru-02"), history.stream().map(h -> h.get("questionId")
                .textValue()).toList());
        assertTrue(history.stream().allMatch(h -> h.get("source").textValue().equals("review")));
        assertEquals("hard", history.get(3).get("grade").textValue());
        JsonNode cards = new ObjectMapper().readTree(dir.resolve("data/cards.json").toFile()).get("cards");
        assertEquals(2, cards.get("gru-02").get("reps").intValue());
        assertEquals(1, cards.get("gru-01").get("reps").intValue());
    }

    @Test
    void withNothingDueItSaysWhenTheNextCardIs() {
        CliRun first = review("good\ngood\n", "--new", "1");
        assertTrue(first.out().startsWith("gru-01  new  Good  next review in 10m\n"
                + "gru-01  learning step  Good  next review in 2d\n"), "learnt in one session: " + first.out());
        clock.advance(Duration.ofHours(1));
        CliRun run = review("", "--new", "0");
        assertEquals(0, run.code(), run.err());
        assertEquals("Nothing due; next at Fri 2026-11-27 00:00 (in 1d 13h).\n"
                + "49 questions never reviewed (up to 0 new a session; --new N changes it).\n", run.out());
        clock.advance(Duration.ofDays(2));
        CliRun later = review("good\n", "--new", "0");
        assertTrue(later.out().startsWith("gru-01  due  Good  next review in 11d\n"), later.out());
        assertTrue(later.out().contains("Nothing due; next at Tue 2026-12-08 00:00 (in 10d 13h).\n"), later.out());
    }

    @Test
    void aTopicLimitsTheReview() {
        CliRun run = review("easy\neasy\n", "--topic", "training", "--new", "2");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("· training"), run.err());
        assertTrue(run.out().contains("Graded 2 cards · Easy 2"), run.out());
    }

    @Test
    void withAnInterviewDateTheReviewFollowsThePlan() {
        new PlanStore(dir.resolve("data"), clock).save(new PlanGoal(LocalDate.of(2026, 12, 5), 0.9));
        CliRun run = review("", "--new", "0");
        assertTrue(run.err().contains("Review 1 of 10 · new · gru-01"), "the plan learns 10 new today: " + run.err());
    }

    @Test
    void aLineThatIsNotAGradeStopsTheReviewWithExitCode2AndKeepsTheGradesBefore() throws IOException {
        CliRun run = review("good\ngoood\n", "--new", "3");
        assertEquals(2, run.code());
        assertTrue(run.err().endsWith("gru-drill review: standard input line 2: 'goood' is not a grade (again, hard, good, easy,"
                + " 1-4 or skip); the grades before it are kept\n"), run.err());
        assertEquals(1, history().size());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertTrue(review("", "--limit", "0").oneErrorLine());
        assertEquals(2, review("", "--limit", "0").code());
        assertEquals("gru-drill review: --new must be 0 or more, not -1\n", review("", "--new", "-1").err());
        CliRun topic = review("", "--topic", "cooking");
        assertEquals(2, topic.code());
        assertTrue(topic.oneErrorLine(), topic.err());
    }

    @Test
    void aBankWithoutWrittenAnswersHasNothingToReview() {
        Path bank = dev.grudrill.bank.TestBanks.folderWithUnwritten(dir.resolve("bank"),
                java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(i -> String.format("gru-%02d", i))
                        .toArray(String[]::new));
        CliRun run = review("", "--bank", bank.toString());
        assertEquals(1, run.code());
        assertEquals("gru-drill review: no question with a written model answer\n", run.err());
    }

    @Test
    void aDamagedCardFileIsRebuiltAndANewerOneRefused() throws IOException {
        review("good\n", "--new", "1");
        Path cards = dir.resolve("data/cards.json");
        Files.writeString(cards, "{\"schemaVersion\": 1, \"hist");
        clock.advance(Duration.ofMinutes(10));
        CliRun rebuilt = review("good\n", "--new", "0");
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertTrue(rebuilt.err().startsWith("gru-drill review: " + cards + " is not valid JSON (it may have been cut short); it"
                + " was moved to cards.json.corrupt-20261125T101000Z and the card state rebuilt from the history\n"),
                rebuilt.err());
        assertTrue(rebuilt.out().startsWith("gru-01  due  Good  next review in 2d"), rebuilt.out());

        Files.writeString(cards, "{\"schemaVersion\": 9}");
        CliRun newer = review("good\n");
        assertEquals(3, newer.code());
        assertTrue(newer.oneErrorLine(), newer.err());
        assertTrue(newer.err().contains("cards.json has schemaVersion 9, newer than this gru-drill reads (1)"),
                newer.err());
        assertEquals("{\"schemaVersion\": 9}", Files.readString(cards));
    }
}
