package dev.grudrill.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.drill.HistoryRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history file's format over time and under damage: version 1 as documented is read, a newer
 * version is refused untouched, every line written carries its version, text that could drive a
 * terminal is stored escaped, and each kind of damage is set aside with the good records kept.
 */
class HistoryFormatTest {
    @TempDir
    Path dir;

    private HistoryStore store() {
        return new HistoryStore(dir, HistoryStoreTest.CLOCK);
    }

    /** A version-1 file in the README's format (blank lines and fields added by later versions are allowed). */
    @Test
    void readsAVersionOneFileAsDocumented() throws IOException {
        Files.copy(Path.of("src/test/resources/history/v1.jsonl"), dir.resolve(HistoryStore.FILE_NAME));
        HistoryStore.Contents contents = store().read();
        assertEquals(List.of(), contents.notes());
        assertEquals(3, contents.records().size());
        HistoryRecord first = contents.records().get(0);
        assertEquals(new HistoryRecord(1, "2026-11-25T14:40:12.345Z", "5b1c7e2a-0c1d-4d3e-9f00-1a2b3c4d5e6f", "gru-02",
                null, "What are the two gates in GRU and their functions?", "A GRU has two gates: reset and update.", 1.0,
                6, List.of(0, 1, 2, 3, 4, 5), List.of(), List.of(), "easy", "good", 12, 120, false, null), first);
        assertEquals(1, contents.records().get(1).followUp());
        assertEquals(null, contents.records().get(1).coverage());
        assertTrue(contents.records().get(1).overtime());
        assertEquals(List.of(2), contents.records().get(2).misconceptions());
    }

    @Test
    void aVersionTwoFileIsRefusedAndLeftUntouched() throws IOException {
        String v2 = Files.readString(Path.of("src/test/resources/history/v1.jsonl")).replace("\"schemaVersion\":1",
                "\"schemaVersion\":2");
        Path file = Files.writeString(dir.resolve(HistoryStore.FILE_NAME), v2);
        StoreException e = assertThrows(StoreException.class, () -> store().read());
        assertEquals(file + " line 1 has schemaVersion 2, newer than this gru-drill reads (1); upgrade gru-drill. The"
                + " file was left untouched.", e.getMessage());
        assertEquals(v2, Files.readString(file));
        assertThrows(StoreException.class, () -> store().read(), "still refused the second time");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(HistoryStore.FILE_NAME, FolderLock.LOCK_NAME),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void everyLineWrittenCarriesTheSchemaVersion() throws IOException {
        HistoryStore store = store();
        for (int i = 0; i < 5; i++) {
            store.append(HistoryStoreTest.record("v", i));
        }
        for (String line : Files.readAllLines(store.file())) {
            assertTrue(line.startsWith("{\"schemaVersion\":" + HistoryRecord.SCHEMA_VERSION + ","), line);
        }
    }

    /**
     * Escape sequences, C1 controls, line separators and bidi overrides in a prompt or a typed answer are
     * stored as backslash-u escapes, so that {@code cat history.jsonl} cannot drive the terminal, and read
     * back unchanged.
     */
    @Test
    void textThatCouldDriveATerminalIsStoredEscapedAndReadBackUnchanged() throws IOException {
        String hostile = "\u001b[2J\u001b]0;title\u0007\u001b]8;;http://x/\u0007link\u001b]8;;\u0007\b\r\u007f\u009b31m"
                + "\u0085\u2028\u2029\u202e\u2066\uFEFF ⊙ h̃ 𝐡";
        HistoryRecord record = new HistoryRecord(1, "2026-11-25T10:00:00Z", "i", "gru-02", null, "prompt " + hostile,
                "answer " + hostile, 0.5, 2, List.of(0), List.of(1), List.of(), "hard", "hard", 1, 60, false, null);
        HistoryStore store = store();
        store.append(record);
        String written = Files.readString(store.file(), StandardCharsets.UTF_8);
        assertFalse(written.strip().chars().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || c == 0xFEFF || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)), written);
        assertTrue(written.contains("\\u001B[2J") && written.contains("\\u009B31m") && written.contains("\\u202E")
                && written.contains("⊙ h̃ 𝐡"), written);
        assertEquals(List.of(record), store.read().records());
    }

    static Stream<Arguments> damage() {
        return Stream.of(
                Arguments.of("a torn last line", "{\"schemaVersion\":1,\"time\":\"2026-11", "line 3 (the last, incomplete)"
                        + " is not JSON"),
                Arguments.of("zeros after a power loss", "\0\0\0\0\0\0\0\0", "line 3 (the last, incomplete) is not JSON"),
                Arguments.of("invalid UTF-8", "\u00ff\u00fe garbage\n", "line 3 is not UTF-8 text"),
                Arguments.of("a JSON array", "[1, 2]\n", "line 3 has no schemaVersion"),
                Arguments.of("no version", "{\"questionId\":\"gru-02\"}\n", "line 3 has no schemaVersion"),
                Arguments.of("a version as text", "{\"schemaVersion\":\"1\"}\n", "line 3 has no schemaVersion"),
                Arguments.of("a record without a grade", "{\"schemaVersion\":1,\"time\":\"t\",\"questionId\":\"gru-02\"}\n",
                        "line 3 lacks questionId, grade or time"),
                Arguments.of("a wrong type", "{\"schemaVersion\":1,\"keyPoints\":\"six\"}\n", "line 3 is not a history"
                        + " record"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void damageIsSetAsideAndTheGoodRecordsKept(String what, String tail, String first) throws IOException {
        HistoryStore store = store();
        store.append(HistoryStoreTest.record("a", 1));
        store.append(HistoryStoreTest.record("a", 2));
        byte[] damaged = concat(Files.readAllBytes(store.file()), tail.getBytes(StandardCharsets.ISO_8859_1));
        Files.write(store.file(), damaged);

        HistoryStore.Contents contents = store.read();
        assertEquals(List.of(HistoryStoreTest.record("a", 1), HistoryStoreTest.record("a", 2)), contents.records());
        assertEquals(1, contents.notes().size(), what);
        String note = contents.notes().get(0);
        assertTrue(note.contains("1 unreadable line (first: " + first + ")"), note);
        assertTrue(note.contains("moved to history.jsonl.corrupt-20261125T100000Z and its 2 good records kept"), note);
        assertArrayEquals(damaged, Files.readAllBytes(dir.resolve("history.jsonl.corrupt-20261125T100000Z")));
        assertEquals(List.of(), store.read().notes(), "the new file is clean");
        store.append(HistoryStoreTest.record("a", 3));
        assertEquals(3, store.read().records().size());
    }

    @Test
    void aFileOfOnlyATornFirstRecordIsSetAsideAndLeavesAnEmptyHistory() throws IOException {
        Path file = Files.writeString(dir.resolve(HistoryStore.FILE_NAME), "{\"schemaVersion\":1,\"ti");
        HistoryStore.Contents contents = store().read();
        assertEquals(List.of(), contents.records());
        assertTrue(contents.notes().get(0).contains("its 0 good records kept"), contents.notes().get(0));
        assertEquals(0, Files.size(file));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
