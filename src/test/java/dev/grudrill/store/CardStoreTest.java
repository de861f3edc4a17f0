package dev.grudrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.grudrill.drill.Fsrs;
import dev.grudrill.drill.HistoryRecord;
import dev.grudrill.drill.Progress;
import dev.grudrill.drill.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CardStoreTest {
    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    final Fsrs fsrs = new Fsrs();

    @TempDir
    Path dir;

    CardStore store() {
        return new CardStore(dir, CLOCK, fsrs);
    }

    static List<HistoryRecord> reviews() {
        List<HistoryRecord> records = new ArrayList<>();
        String[] grades = {"good", "good", "again", "good", "hard", "easy", "good"};
        for (int i = 0; i < 21; i++) {
            records.add(Records.review("gru-0" + (1 + i % 3), T0.plus(Duration.ofHours(7L * i)), grades[i % 7]));
        }
        records.add(Records.followUp("gru-01", T0.plus(Duration.ofHours(200)), "again"));
        return records;
    }

    /** The history's records with the card state after recording them one by one. */
    Progress recordAll(CardStore store) {
        store.load();
        for (HistoryRecord r : reviews()) {
            store.record(r);
        }
        return store.load();
    }

    @Test
    void recordingAppendsToTheHistoryAndKeepsTheCardStateInStep() throws IOException {
        CardStore store = store();
        Progress loaded = recordAll(store);
        assertEquals(reviews(), store.history().read().records());
        assertEquals(Progress.replay(reviews(), fsrs).cards(), loaded.cards(), "incremental equals replay");
        assertEquals(22, loaded.records());

        JsonNode json = new ObjectMapper().readTree(store.file().toFile());
        assertEquals(1, json.get("schemaVersion").intValue());
        assertEquals(22, json.get("history").get("records").intValue());
        assertEquals(Files.size(store.history().file()), json.get("history").get("bytes").longValue());
        JsonNode card = json.get("cards").get("gru-01");
        assertEquals(List.of("state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "reps",
                "lapses", "learningStep", "lastReview", "promptHash"), fieldNames(card));
        assertEquals(7, card.get("reps").intValue());
        assertEquals(List.of(), store.takeNotes());
        assertEquals(List.of(), filesNamed(".tmp"), "no temp file left behind");
    }

    @Test
    void aMissingCardFileIsRebuiltFromTheHistory() throws IOException {
        CardStore store = store();
        Progress recorded = recordAll(store);
        Files.delete(store.file());
        Progress rebuilt = store().load();
        assertEquals(recorded.cards(), rebuilt.cards());
        assertTrue(Files.exists(store.file()), "written again");
    }

    @Test
    void aCardFileBehindTheHistoryIsRebuiltSilently() {
        CardStore store = store();
        recordAll(store);
        // An older gru-drill, or a crash between the two writes: the history has a record the cards lack.
        HistoryRecord extra = Records.review("gru-02", T0.plus(Duration.ofDays(20)), "again");
        new HistoryStore(dir, CLOCK).append(extra);
        List<HistoryRecord> all = new ArrayList<>(reviews());
        all.add(extra);
        CardStore again = store();
        assertEquals(Progress.replay(all, fsrs).cards(), again.load().cards());
        assertEquals(List.of(), again.takeNotes());
        assertEquals(23, store().load().records(), "the rebuilt file is now current");
    }

    @Test
    void aCorruptOrTruncatedCardFileIsMovedAsideAndRebuilt() throws IOException {
        for (String damage : List.of("truncated", "garbage", "bad card")) {
            CardStore store = new CardStore(dir.resolve(damage), CLOCK, fsrs);
            Progress recorded = recordAll(store);
            String text = Files.readString(store.file());
            String damaged = switch (damage) {
                case "truncated" -> text.substring(0, text.length() / 2);
                case "garbage" -> "\u0000\u0001 not json";
                default -> text.replaceFirst("\"reps\" : 7", "\"reps\" : -7");
            };
            Files.writeString(store.file(), damaged);
            CardStore fresh = new CardStore(dir.resolve(damage), CLOCK, fsrs);
            assertEquals(recorded.cards(), fresh.load().cards(), damage);
            List<String> notes = fresh.takeNotes();
            assertEquals(1, notes.size(), damage);
            assertTrue(notes.get(0).contains("moved to cards.json.corrupt-20261125T100000Z and the card state rebuilt"
                    + " from the history"), notes.get(0));
            assertEquals(damaged, Files.readString(dir.resolve(damage).resolve("cards.json.corrupt-20261125T100000Z")),
                    "the damaged file is kept as it was");
        }
    }

    @Test
    void aNewerSchemaIsRefusedAndNeverRewritten() throws IOException {
        CardStore store = store();
        recordAll(store);
        String newer = "{\"schemaVersion\": 2, \"cards\": {}}\n";
        Files.writeString(store.file(), newer);
        StoreException e = assertThrows(StoreException.class, () -> store().load());
        assertTrue(e.getMessage().endsWith("cards.json has schemaVersion 2, newer than this gru-drill reads (1);"
                + " upgrade gru-drill. The file was left untouched."), e.getMessage());
        assertThrows(StoreException.class, () -> store().record(Records.review("gru-01", T0.plus(Duration.ofDays(30)),
                "good")));
        assertEquals(newer, Files.readString(store.file()));
        assertFalse(filesNamed(".corrupt-").stream().anyMatch(p -> p.toString().contains("cards")));
    }

    @Test
    void aRecordOutOfOrderRebuildsFromTheHistory() {
        CardStore store = store();
        recordAll(store);
        HistoryRecord late = Records.review("gru-01", T0.plus(Duration.ofHours(1)), "again");
        store.record(late);
        List<HistoryRecord> all = new ArrayList<>(reviews());
        all.add(late);
        assertEquals(Progress.replay(all, fsrs).cards(), store().load().cards());
    }

    @Test
    @Timeout(60)
    void twoWritersInOneProcessLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String id : List.of("gru-01", "gru-02")) {
                CardStore store = store();
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        store.record(Records.review(id, T0.plus(Duration.ofMinutes(i)), "good"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEveryReviewKept(40);
    }

    @Test
    @Timeout(120)
    void twoWriterProcessesLoseNothing() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (String id : List.of("gru-01", "gru-02")) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CardWriterMain.class.getName(),
                    dir.toString(), id, "60").inheritIO().start());
        }
        for (Process p : processes) {
            assertTrue(p.waitFor(100, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
        }
        assertEveryReviewKept(60);
    }

    private void assertEveryReviewKept(int each) throws IOException {
        CardStore store = store();
        assertEquals(2 * each, store.history().read().records().size());
        JsonNode cards = new ObjectMapper().readTree(store.file().toFile()).get("cards");
        assertEquals(each, cards.get("gru-01").get("reps").intValue());
        assertEquals(each, cards.get("gru-02").get("reps").intValue());
        assertEquals(2 * each, store.load().records());
        assertEquals(List.of(), store.takeNotes());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private List<Path> filesNamed(String part) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(part)).toList();
        }
    }
}
