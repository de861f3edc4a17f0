package dev.grudrill.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.drill.HistoryRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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

class HistoryStoreTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static HistoryRecord record(String interview, int n) {
        return new HistoryRecord(1, "2026-11-25T10:0" + (n % 10) + ":00Z", interview, "gru-02", null,
                "What are the two gates in GRU and their functions?", "reset gate and update gate\n\"quoted\" ⊙ \u001b",
                0.5, 6, List.of(0, 2), List.of(1, 3, 4, 5), List.of(), "hard", "good", 42, 120, false, "interview");
    }

    @Test
    void appendsOneJsonLinePerRecordAndReadsThemBack() throws IOException {
        HistoryStore store = new HistoryStore(dir.resolve("new/folder"), CLOCK);
        assertEquals(List.of(), store.read().records());
        store.append(record("a", 1));
        store.append(record("a", 2));
        List<String> lines = Files.readAllLines(store.file());
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"schemaVersion\":1,\"time\":\"2026-11-25T10:01:00Z\",\"interviewId\":\"a\","
                + "\"questionId\":\"gru-02\",\"followUp\":null,"), lines.get(0));
        assertTrue(lines.get(0).contains("\"answer\":\"reset gate and update gate\\n\\\"quoted\\\" ⊙ \\u001B\""), lines.get(0));
        HistoryStore.Contents read = store.read();
        assertEquals(List.of(record("a", 1), record("a", 2)), read.records());
        assertEquals(List.of(), read.notes());
    }

    @Test
    void aCorruptFileIsMovedAsideAndItsGoodRecordsKept() throws IOException {
        HistoryStore store = new HistoryStore(dir, CLOCK);
        store.append(record("a", 1));
        Files.writeString(store.file(), "{not json}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        store.append(record("a", 3));
        byte[] before = Files.readAllBytes(store.file());

        HistoryStore.Contents read = store.read();
        assertEquals(List.of(record("a", 1), record("a", 3)), read.records());
        assertEquals(1, read.notes().size());
        String note = read.notes().get(0);
        assertTrue(note.contains("1 unreadable line (first: line 2 is not JSON)"), note);
        assertTrue(note.contains("moved to history.jsonl.corrupt-20261125T100000Z and its 2 good records kept"), note);
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("history.jsonl.corrupt-20261125T100000Z")),
                "the original is kept byte for byte");
        assertEquals(2, Files.readAllLines(store.file()).size());
        assertEquals(List.of(), store.read().notes(), "the new file is clean");
        assertEquals(List.of(), filesNamed(".tmp"), "no temp file left behind");
    }

    @Test
    void aTruncatedLastLineIsSetAsideAndTheNextAppendStartsOnItsOwnLine() throws IOException {
        HistoryStore store = new HistoryStore(dir, CLOCK);
        store.append(record("a", 1));
        String full = Files.readString(store.file());
        Files.writeString(store.file(), full + full.substring(0, 40), StandardCharsets.UTF_8);

        HistoryStore.Contents read = store.read();
        assertEquals(List.of(record("a", 1)), read.records());
        assertTrue(read.notes().get(0).contains("line 2 (the last, incomplete) is not JSON"), read.notes().get(0));
        store.append(record("a", 2));
        assertEquals(List.of(record("a", 1), record("a", 2)), store.read().records());
    }

    @Test
    void aCompleteLastRecordWithoutNewlineIsKeptAndAppendedAfter() throws IOException {
        HistoryStore store = new HistoryStore(dir, CLOCK);
        store.append(record("a", 1));
        Files.writeString(store.file(), Files.readString(store.file()).strip());
        store.append(record("a", 2));
        HistoryStore.Contents read = store.read();
        assertEquals(List.of(record("a", 1), record("a", 2)), read.records());
        assertEquals(List.of(), read.notes());
    }

    @Test
    void aRecordWithAnUnknownGradeOrTimeIsAnUnreadableLine() throws IOException {
        HistoryStore store = new HistoryStore(dir, CLOCK);
        store.append(record("a", 1));
        String line = Files.readAllLines(store.file()).get(0);
        Files.writeString(store.file(), line + "\n" + line.replace("\"grade\":\"good\"", "\"grade\":\"great\"") + "\n"
                + line.replace("2026-11-25T10:01:00Z", "yesterday") + "\n");
        HistoryStore.Contents read = store.read();
        assertEquals(List.of(record("a", 1)), read.records());
        assertTrue(read.notes().get(0).contains("2 unreadable lines (first: line 2 has an unknown grade 'great')"),
                read.notes().get(0));
    }

    @Test
    void aVersion1RecordWrittenBeforeTheSourceFieldReadsAsAnInterview() throws IOException {
        HistoryStore store = new HistoryStore(dir, CLOCK);
        store.append(record("a", 1));
        String line = Files.readAllLines(store.file()).get(0);
        assertTrue(line.endsWith(",\"source\":\"interview\"}"), line);
        Files.writeString(store.file(), line.replace(",\"source\":\"interview\"", "") + "\n");
        HistoryRecord old = store.read().records().get(0);
        assertEquals(HistoryRecord.INTERVIEW, old.source());
        assertEquals(record("a", 1), old);
    }

    @Test
    void aSecondCorruptionGetsItsOwnAsideName() throws IOException {
        HistoryStore store = new HistoryStore(dir, CLOCK);
        Files.writeString(store.file(), "garbage\n");
        store.read();
        Files.writeString(store.file(), "more garbage\n");
        store.read();
        assertEquals(2, filesNamed(".corrupt-").size());
    }

    @Test
    void aNewerSchemaIsRefusedAndTheFileLeftUntouched() throws IOException {
        HistoryStore store = new HistoryStore(dir, CLOCK);
        store.append(record("a", 1));
        String text = Files.readString(store.file()) + "{\"schemaVersion\":2,\"whatever\":true}\nbroken\n";
        Files.writeString(store.file(), text);
        StoreException e = assertThrows(StoreException.class, store::read);
        assertTrue(e.getMessage().contains("line 2 has schemaVersion 2, newer than this gru-drill reads (1)"), e.getMessage());
        assertEquals(text, Files.readString(store.file()));
        assertEquals(List.of(), filesNamed(".corrupt-"));
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsNamed() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        HistoryStore store = new HistoryStore(notAFolder.resolve("sub"), CLOCK);
        StoreException e = assertThrows(StoreException.class, store::read);
        assertTrue(e.getMessage().startsWith("cannot create the data folder " + notAFolder.resolve("sub")), e.getMessage());
        assertThrows(StoreException.class, () -> store.append(record("a", 1)));
    }

    @Test
    @Timeout(30)
    void twoWritersInOneProcessKeepEveryRecord() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String who : List.of("first", "second")) {
                HistoryStore store = new HistoryStore(dir, CLOCK);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        store.append(record(who, i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEveryRecordOf(List.of("first", "second"), 100);
    }

    @Test
    @Timeout(120)
    void twoWriterProcessesKeepEveryRecord() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (String who : List.of("p1", "p2")) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HistoryWriterMain.class.getName(),
                    dir.toString(), who, "150").inheritIO().start());
        }
        for (Process p : processes) {
            assertTrue(p.waitFor(100, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
        }
        assertEveryRecordOf(List.of("p1", "p2"), 150);
    }

    private void assertEveryRecordOf(List<String> writers, int each) {
        HistoryStore.Contents read = new HistoryStore(dir, CLOCK).read();
        assertEquals(List.of(), read.notes(), "no interleaved or broken line");
        for (String who : writers) {
            assertEquals(each, read.records().stream().filter(r -> r.interviewId().equals(who)).count(), who);
        }
    }

    private List<Path> filesNamed(String part) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(part)).toList();
        }
    }
}
