package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.grudrill.term.TestTerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `stats` after reviews simulated with a clock the test moves: what a new user would see after a week. */
class StatsCommandTest {
    @TempDir
    Path dir;

    final TestTerminal.ManualClock clock = new TestTerminal.ManualClock();

    CliRun run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        return CliRun.run(new Context(Map.of("HOME", dir.toString()), false, false,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), clock), all.toArray(String[]::new));
    }

    /** Seven days of reviews at 09:00, 5 new questions a day, the first card each day forgotten, the rest Good. */
    void aWeekOfReviews() {
        for (int day = 0; day < 7; day++) {
            CliRun review = run("again\n" + "good\n".repeat(80), "review", "--new", "5");
            assertEquals(0, review.code(), review.err());
            assertTrue(review.out().contains("Nothing due"), "each day's review is finished: " + review.out());
            clock.advance(Duration.ofDays(1));
        }
    }

    @Test
    void aWeekOfReviewsGivesSensibleIntervals() {
        aWeekOfReviews();
        JsonNode s = run("", "stats", "--format", "json").json();
        assertEquals(1, s.get("schemaVersion").intValue());
        assertEquals("2026-12-02T10:00:00Z", s.get("now").textValue());
        JsonNode q = s.get("questions");
        assertEquals(50, q.get("total").intValue());
        assertEquals(15, q.get("new").intValue(), "5 new a day for 7 days");
        assertEquals(35, q.get("review").intValue() + q.get("learning").intValue() + q.get("relearning").intValue());
        assertEquals(35, q.get("review").intValue(), "every session ended with its cards in review");
        double median = s.get("intervalDays").get("median").doubleValue();
        double longest = s.get("intervalDays").get("longest").doubleValue();
        assertTrue(median >= 2 && median <= 12, "median interval " + median);
        assertTrue(longest >= 7 && longest <= 30, "longest interval " + longest);
        int reviews = 0;
        for (int i = 0; i < 30; i++) {
            int n = s.get("reviewsPerDay").get(i).get("reviews").intValue();
            assertEquals(i < 22 || i == 29, n == 0, "reviews on " + s.get("reviewsPerDay").get(i));
            reviews += n;
        }
        assertTrue(reviews >= 35 * 2, "each new question takes two steps: " + reviews);
        JsonNode weakest = s.get("weakest").get(0);
        assertTrue(weakest.get("recall").doubleValue() < 0.95, weakest.toString());
        assertTrue(s.get("weakest").findValues("lapses").stream().anyMatch(l -> l.intValue() > 0),
                "forgotten cards are among the weakest: " + s.get("weakest"));
        assertTrue(s.get("due").get("week").intValue() > 0);
        assertTrue(s.get("forecast").isNull());
        assertEquals(0, s.get("editedSinceReviewed").size());

        CliRun text = run("", "stats");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("Questions: 50 · 15 new · 0 learning · 35 in review\n"), text.out());
        assertTrue(text.out().contains("Reviews per day, last 30 days (" + reviews + " in all)"), text.out());
        assertTrue(text.out().contains("Intervals in review: median "), text.out());
        assertTrue(text.out().lines().allMatch(l -> l.length() <= 80), "fits 80 columns:\n" + text.out());
    }

    @Test
    void theInterviewForecastAndEditedQuestionsAreShown() throws IOException {
        Path bank = dev.grudrill.bank.TestBanks.folderWithUnwritten(dir.resolve("bank"));
        run("good\ngood\ngood\ngood\n", "review", "--new", "2", "--bank", bank.toString());
        Path deck = bank.resolve("questions/gru.yaml");
        Files.writeString(deck, Files.readString(deck).replace("Explain the GRU architecture and its design motivation.",
                "Explain the GRU architecture and why it was designed."));
        run("", "plan", "--interview-date", "2026-12-05", "--bank", bank.toString());

        JsonNode s = run("", "stats", "--format", "json", "--bank", bank.toString()).json();
        assertEquals("2026-12-05", s.get("forecast").get("interviewDate").textValue());
        assertTrue(s.get("forecast").get("withPlan").get("min").doubleValue() >= 0.9);
        assertTrue(s.get("forecast").get("withoutReviews").get("min").doubleValue() == 0, "new questions: 0");
        assertEquals("gru-01", s.get("editedSinceReviewed").get(0).get("id").textValue());
        assertEquals(1, s.get("editedSinceReviewed").size());

        String text = run("", "stats", "--bank", bank.toString()).out();
        assertTrue(text.contains("Interview on Sat 2026-12-05, in 10 days · target 90%\n"
                + "  predicted recall on the day    mean  minimum\n"
                + "  without more reviews             3%       0%\n"), text);
        assertTrue(text.contains("Edited since last reviewed (progress kept)\n  gru-01  last reviewed 2026-11-25"), text);
    }

    @Test
    void damagedFilesAreSetAsideWithAMessageAndNewerOnesRefused() throws IOException {
        run("good\ngood\n", "review", "--new", "1");
        Path data = dir.resolve("data");
        Files.writeString(data.resolve("history.jsonl"), "{\"schemaVersion\":1,\"ti", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CliRun damaged = run("", "stats");
        assertEquals(0, damaged.code(), damaged.err());
        assertTrue(damaged.err().startsWith("gru-drill stats: " + data.resolve("history.jsonl") + ": 1 unreadable line"
                + " (first: line 3 (the last, incomplete) is not JSON); the whole file was moved to"
                + " history.jsonl.corrupt-20261125T100000Z and its 2 good records kept\n"), damaged.err());
        assertTrue(damaged.out().startsWith("Questions: 50 · 49 new · 0 learning · 1 in review"), damaged.out());

        Files.writeString(data.resolve("plan.json"), "{\"schemaVersion\": 2}");
        CliRun newer = run("", "stats");
        assertEquals(3, newer.code());
        assertTrue(newer.oneErrorLine() && newer.out().isEmpty(), newer.err());
        assertTrue(newer.err().contains("plan.json has schemaVersion 2, newer than this gru-drill reads (1); upgrade"
                + " gru-drill. The file was left untouched."), newer.err());
        assertEquals(3, run("", "plan").code());
        assertEquals(3, run("", "review").code());
    }

    @Test
    void anEmptyDataFolderGivesZerosAndBadOptionsAreUsageErrors() {
        CliRun empty = run("", "stats");
        assertEquals(0, empty.code(), empty.err());
        assertTrue(empty.out().startsWith("Questions: 50 · 50 new · 0 learning · 0 in review\n"
                + "Due: 0 now · 0 by the end of today · 0 within 7 days\n"), empty.out());
        assertTrue(empty.out().contains("(no question reviewed yet)"), empty.out());
        assertTrue(empty.out().contains("Reviews per day, last 30 days (0 in all)"), empty.out());
        CliRun bad = run("", "stats", "--format", "xml");
        assertEquals(2, bad.code());
        assertTrue(bad.oneErrorLine(), bad.err());
    }
}
