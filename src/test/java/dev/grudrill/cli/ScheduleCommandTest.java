package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleCommandTest {
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GruDrill.run(Context.plain(Map.of()), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        Result result = run(all.toArray(String[]::new));
        assertEquals(0, result.code(), result.err());
        return new ObjectMapper().readTree(result.out());
    }

    @Test
    void replaysTheReadmeExampleAsATable() {
        Result result = run("schedule", "good@0", "good@10m", "again@3d", "easy@3d10m");
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        assertEquals(String.join("\n",
                "#  grade  at      state       stability  difficulty  retrievability  due     interval",
                "1  good   0       learning        2.31d        2.12               -  10m     10m",
                "2  good   10m     review          2.31d        2.11          100.0%  2d 10m  2d",
                "3  again  3d      relearning      0.64d        7.39           88.1%  3d 10m  10m",
                "4  easy   3d 10m  review          1.19d        6.51          100.0%  4d 10m  1d",
                ""), result.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void jsonGivesFullPrecisionAndOffsetsInSeconds() throws Exception {
        JsonNode doc = json("schedule", "good@0", "good@10m", "again@3d", "easy@3d10m");
        assertEquals(1, doc.get("schemaVersion").asInt());
        JsonNode reviews = doc.get("reviews");
        assertEquals(4, reviews.size());
        JsonNode first = reviews.get(0);
        assertEquals("good", first.get("grade").asText());
        assertEquals(0, first.get("atSeconds").asLong());
        assertEquals("learning", first.get("state").asText());
        assertEquals(2.3065, first.get("stability").asDouble());
        assertEquals(2.11810397, first.get("difficulty").asDouble());
        assertTrue(first.get("retrievability").isNull());
        assertEquals(600, first.get("dueSeconds").asLong());
        JsonNode lapse = reviews.get(2);
        assertEquals("relearning", lapse.get("state").asText());
        assertEquals(259_200, lapse.get("atSeconds").asLong());
        assertEquals(0.63697811, lapse.get("stability").asDouble());
        assertEquals(0.88094796, lapse.get("retrievability").asDouble());
        assertEquals(List.of(600L, 173_400L, 259_800L, 346_200L),
                reviews.findValues("dueSeconds").stream().map(JsonNode::asLong).toList());
    }

    @Test
    void aLowerRetentionGivesLongerIntervals() throws Exception {
        long atDefault = json("schedule", "easy@0").get("reviews").get(0).get("dueSeconds").asLong();
        long atLower = json("schedule", "easy@0", "--retention", "0.8").get("reviews").get(0).get("dueSeconds")
                .asLong();
        assertEquals(8 * 86_400, atDefault);
        assertTrue(atLower > atDefault, atLower + " vs " + atDefault);
    }

    @Test
    void fuzzIsRepeatableForASeedAndMovesSomeIntervals() {
        String[] reviews = {"easy@0", "good@8d", "good@40d", "good@150d", "good@500d"};
        String plain = run(concat(reviews)).out();
        String seven = run(concat(reviews, "--fuzz", "--seed", "7")).out();
        assertEquals(seven, run(concat(reviews, "--fuzz", "--seed", "7")).out());
        boolean moved = false;
        for (int seed = 1; seed <= 5 && !moved; seed++) {
            moved = !plain.equals(run(concat(reviews, "--fuzz", "--seed", String.valueOf(seed))).out());
        }
        assertTrue(moved, "fuzz changed nothing");
    }

    private static String[] concat(String[] reviews, String... options) {
        List<String> all = new ArrayList<>(List.of("schedule"));
        all.addAll(List.of(reviews));
        all.addAll(List.of(options));
        return all.toArray(String[]::new);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gud@0           | unknown grade 'gud' in 'gud@0'",
        "good@3x         | malformed offset '3x' in 'good@3x'",
        "good@-1d        | malformed offset '-1d' in 'good@-1d'",
        "good@10s        | malformed offset '10s' in 'good@10s'",
        "good            | 'good' needs a time: GRADE@OFFSET",
        "good@1d good@0  | offsets go backwards: 'good@0' comes before 'good@1d'",
        "good@0 --retention 1.5 | --retention must be between 0 and 1, not 1.5",
        "good@0 --retention 0   | --retention must be between 0 and 1, not 0.0",
        "good@0 --seed 3        | --seed needs --fuzz",
    })
    void badInputIsOneLineWithExitCode2(String args, String message) {
        List<String> all = new ArrayList<>(List.of("schedule"));
        all.addAll(List.of(args.trim().split("\\s+")));
        Result result = run(all.toArray(String[]::new));
        assertEquals(2, result.code());
        assertEquals("", result.out());
        String[] lines = result.err().strip().split("\\R");
        assertEquals(1, lines.length, result.err());
        assertTrue(lines[0].startsWith("gru-drill schedule: ") && lines[0].contains(message), lines[0]);
    }

    @Test
    void noReviewsAndNonNumericRetentionAreUsageErrors() {
        for (String[] args : List.of(new String[] {"schedule"}, new String[] {"schedule", "good@0", "--retention",
            "high"})) {
            Result result = run(args);
            assertEquals(2, result.code());
            assertEquals(1, result.err().strip().split("\\R").length, result.err());
            assertFalse(result.err().contains("Exception"), result.err());
        }
    }

    @Test
    void theTopHelpListsSchedule() {
        Result result = run("--help");
        assertTrue(result.out().contains("schedule"), result.out());
        assertNotEquals(4, result.code());
    }

    @Test
    void intervalsReadLikeTheInput() {
        assertEquals("0", ScheduleCommand.human(Duration.ZERO));
        assertEquals("10m", ScheduleCommand.human(Duration.ofMinutes(10)));
        assertEquals("1h", ScheduleCommand.human(Duration.ofHours(1)));
        assertEquals("2d 3h", ScheduleCommand.human(Duration.ofDays(2).plusHours(3)));
        assertEquals("3d 10m", ScheduleCommand.human(Duration.ofDays(3).plusMinutes(10)));
        assertEquals("36500d", ScheduleCommand.human(Duration.ofDays(36500)));
    }
}
