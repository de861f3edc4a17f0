package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays review histories recorded from the reference implementation (ts-fsrs 5.4.2, see
 * {@code src/test/js/gen_fsrs_fixtures.mjs}) and compares every step: due dates to the second,
 * stability and difficulty to 1e-6, state, counters, the preview of all four grades and the
 * retrievability the review used.
 */
class FsrsFixtureTest {
    private static final double TOLERANCE = 1e-6;
    private static final List<String> HISTORY_FILES = List.of("handmade.json", "random.json");

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = FsrsFixtureTest.class.getResourceAsStream("/fixtures/fsrs/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<JsonNode> histories() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (String file : HISTORY_FILES) {
            fixture(file).get("histories").forEach(all::add);
        }
        return all;
    }

    @Test
    void fixturesCoverEnoughHistoriesAndUseOurWeights() throws IOException {
        List<JsonNode> histories = histories();
        assertTrue(histories.size() >= 200, "only " + histories.size() + " histories");
        double[] weights = new ObjectMapper().convertValue(fixture("random.json").get("weights"), double[].class);
        assertArrayEquals(weights, Fsrs.W);
        for (Grade grade : Grade.values()) {
            assertTrue(histories.stream().anyMatch(h -> h.get("reviews").findValuesAsText("grade")
                    .contains(grade.key())), "no history uses " + grade);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHistoryMatchesTheReference() throws IOException {
        return histories().stream().map(h -> DynamicTest.dynamicTest(h.get("name").asText(), () -> replay(h)));
    }

    private static void replay(JsonNode history) {
        FsrsSettings settings = FsrsSettings.DEFAULT.withRetention(history.get("desiredRetention").asDouble())
                .withMaximumInterval(history.get("maximumInterval").asInt());
        Fsrs fsrs = new Fsrs(settings);
        CardState card = CardState.newCard(Instant.parse(history.get("start").asText()));
        int n = 0;
        for (JsonNode step : history.get("reviews")) {
            n++;
            String where = "review " + n + " of '" + history.get("name").asText() + "'";
            Instant at = Instant.parse(step.get("at").asText());
            Grade grade = Grade.parse(step.get("grade").asText()).orElseThrow();

            JsonNode r = step.get("retrievability");
            if (!r.isNull()) {
                assertEquals(r.asDouble(), fsrs.retrievability(card, at), TOLERANCE, where + ": retrievability");
            }
            Map<Grade, java.time.Duration> preview = fsrs.preview(card, at);
            for (Grade g : Grade.values()) {
                assertEquals(Instant.parse(step.get("previewDue").get(g.key()).asText()), at.plus(preview.get(g)),
                        where + ": preview of " + g);
            }

            Review review = fsrs.review(card, grade, at);
            assertCard(step.get("card"), review.card(), where);
            assertLog(step.get("log"), review.log(), grade, at, where);
            card = review.card();
        }
    }

    private static void assertCard(JsonNode expected, CardState actual, String where) {
        assertEquals(Instant.parse(expected.get("due").asText()), actual.due(), where + ": due");
        assertEquals(expected.get("stability").asDouble(), actual.stability(), TOLERANCE, where + ": stability");
        assertEquals(expected.get("difficulty").asDouble(), actual.difficulty(), TOLERANCE, where + ": difficulty");
        assertEquals(state(expected), actual.state(), where + ": state");
        assertEquals(expected.get("reps").asInt(), actual.reps(), where + ": reps");
        assertEquals(expected.get("lapses").asInt(), actual.lapses(), where + ": lapses");
        assertEquals(expected.get("elapsedDays").asInt(), actual.elapsedDays(), where + ": elapsed days");
        assertEquals(expected.get("scheduledDays").asInt(), actual.scheduledDays(), where + ": scheduled days");
        assertEquals(expected.get("learningSteps").asInt(), actual.learningStep(), where + ": learning step");
        assertEquals(Instant.parse(expected.get("lastReview").asText()), actual.lastReview(), where + ": last review");
    }

    private static void assertLog(JsonNode expected, ReviewLog actual, Grade grade, Instant at, String where) {
        assertEquals(grade, actual.grade(), where + ": log grade");
        assertEquals(at, actual.review(), where + ": log time");
        assertEquals(state(expected), actual.state(), where + ": log state");
        assertEquals(expected.get("stability").asDouble(), actual.stability(), TOLERANCE, where + ": log stability");
        assertEquals(expected.get("difficulty").asDouble(), actual.difficulty(), TOLERANCE,
                where + ": log difficulty");
        assertEquals(expected.get("elapsedDays").asInt(), actual.elapsedDays(), where + ": log elapsed days");
        assertEquals(expected.get("scheduledDays").asInt(), actual.scheduledDays(), where + ": log scheduled days");
        assertEquals(expected.get("learningSteps").asInt(), actual.learningStep(), where + ": log learning step");
    }

    private static State state(JsonNode node) {
        return State.valueOf(node.get("state").asText().toUpperCase(Locale.ROOT));
    }

    @Test
    void fuzzRangesMatchTheReference() throws IOException {
        JsonNode ranges = fixture("fuzz-ranges.json").get("fuzzRanges");
        assertTrue(ranges.size() > 100);
        for (JsonNode r : ranges) {
            int[] range = Fsrs.fuzzRange(r.get("interval").asInt(), r.get("elapsedDays").asInt(),
                    r.get("maximumInterval").asInt());
            assertArrayEquals(new int[] {r.get("min").asInt(), r.get("max").asInt()}, range, r.toString());
        }
    }
}
