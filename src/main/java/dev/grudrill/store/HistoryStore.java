package dev.grudrill.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.grudrill.drill.Grade;
import dev.grudrill.drill.HistoryRecord;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's interview history: {@code history.jsonl} in the data folder, one {@link HistoryRecord} per
 * line, as JSON.
 *
 * <p>Safety rules. Each record is appended with one write of one complete line, then fsynced, so a
 * crash leaves at most one incomplete last line and never touches earlier records. Appends and repairs
 * hold an exclusive lock on {@code history.lock} (plus an in-process lock, as file locks are per
 * process), so two interviews at once keep all their records. A file with unreadable lines is never
 * dropped or overwritten: it is renamed aside with a timestamp suffix and its good lines are written,
 * byte for byte, to a new file that replaces it atomically (temp file, fsync, rename). A file holding a
 * record of a newer schema version is refused and left untouched.
 *
 * <p>Kept apart from {@code drill} (which stays free of Jackson and files) and from {@code cli} (which
 * stays picocli wiring). The card state ({@link CardStore}) and the plan ({@link PlanStore}) sit beside
 * it under the same lock ({@link FolderLock}).
 */
public final class HistoryStore {
    public static final String FILE_NAME = "history.jsonl";

    private final Path dir;
    private final Path file;
    private final Clock clock;
    private ObjectMapper mapper;

    /** What reading found: the good records, and messages for the user about anything set aside. */
    public record Contents(List<HistoryRecord> records, List<String> notes) {
        public Contents {
            records = List.copyOf(records);
            notes = List.copyOf(notes);
        }
    }

    public HistoryStore(Path dir, Clock clock) {
        this.dir = dir.toAbsolutePath().normalize();
        this.file = this.dir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * Reads every record, creating the folder if needed. Corrupt or truncated lines are set aside as
     * described in the class comment and reported in {@link Contents#notes()}.
     *
     * @throws StoreException when the folder or file cannot be used, or holds a newer schema version
     */
    public Contents read() {
        return locked(this::readLocked);
    }

    /** Appends one record: one write of one line, fsynced, under the lock. */
    public void append(HistoryRecord record) {
        byte[] line;
        try {
            line = (mapper().writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a history record as JSON", e);
        }
        locked(() -> {
            SafeFiles.requireRegularOrAbsent(file);
            try {
                boolean created = !Files.exists(file);
                byte[] bytes = endsWithoutNewline() ? concat(new byte[] {'\n'}, line) : line;
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    long before = out.size();
                    try {
                        ByteBuffer buffer = ByteBuffer.wrap(bytes);
                        while (buffer.hasRemaining()) {
                            out.write(buffer);
                        }
                        out.force(true);
                    } catch (IOException e) {
                        String outcome = cutBack(out, before) ? "this record was not saved; the earlier ones are intact"
                                : "this record was not saved; the next start sets its torn line aside";
                        throw new StoreException("cannot add to " + file + ": " + reason(e) + "; " + outcome, e);
                    }
                }
                if (created) {
                    syncDirectory();
                }
                return null;
            } catch (IOException e) {
                throw new StoreException("cannot add to " + file + ": " + reason(e), e);
            }
        });
    }

    /** After a failed write (a full disk), takes back the part of a line that did get written; false if it cannot. */
    private static boolean cutBack(FileChannel out, long size) {
        try {
            out.truncate(size);
            out.force(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Contents readLocked() {
        byte[] bytes = SafeFiles.readIfExists(file);
        if (bytes == null) {
            return new Contents(List.of(), List.of());
        }
        List<byte[]> lines = splitLines(bytes);
        List<HistoryRecord> records = new ArrayList<>();
        List<byte[]> good = new ArrayList<>();
        String firstProblem = null;
        int bad = 0;
        for (int i = 0; i < lines.size(); i++) {
            byte[] raw = lines.get(i);
            boolean last = i == lines.size() - 1 && bytes[bytes.length - 1] != '\n';
            try {
                HistoryRecord record = parse(raw, i + 1);
                if (record != null) {
                    records.add(record);
                    good.add(raw);
                }
            } catch (BadLine e) {
                bad++;
                if (firstProblem == null) {
                    firstProblem = "line " + (i + 1) + (last ? " (the last, incomplete)" : "") + " " + e.getMessage();
                }
            }
        }
        if (bad == 0) {
            return new Contents(records, List.of());
        }
        Path aside = setAside(good);
        return new Contents(records, List.of(file + ": " + bad + " unreadable line" + (bad == 1 ? "" : "s")
                + " (first: " + firstProblem + "); the whole file was moved to " + aside.getFileName()
                + " and its " + records.size() + " good record" + (records.size() == 1 ? "" : "s") + " kept"));
    }

    /** Null for a blank line; throws for a line that is not a record; refuses a newer schema outright. */
    private HistoryRecord parse(byte[] raw, int lineNumber) throws BadLine {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new BadLine("is not UTF-8 text");
        }
        if (text.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadLine("is not JSON");
        }
        if (node == null || !node.isObject() || !node.path("schemaVersion").isInt()) {
            throw new BadLine("has no schemaVersion");
        }
        int version = node.get("schemaVersion").intValue();
        if (version > HistoryRecord.SCHEMA_VERSION) {
            throw new StoreException(file + " line " + lineNumber + " has schemaVersion " + version
                    + ", newer than this gru-drill reads (" + HistoryRecord.SCHEMA_VERSION
                    + "); upgrade gru-drill. The file was left untouched.");
        }
        HistoryRecord record;
        try {
            record = mapper().treeToValue(node, HistoryRecord.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadLine("is not a history record");
        }
        if (record.questionId() == null || record.grade() == null || record.time() == null) {
            throw new BadLine("lacks questionId, grade or time");
        }
        if (Grade.parse(record.grade()).isEmpty()) {
            throw new BadLine("has an unknown grade '" + record.grade() + "'");
        }
        try {
            Instant.parse(record.time());
        } catch (DateTimeParseException e) {
            throw new BadLine("has a time that is not ISO-8601 UTC: '" + record.time() + "'");
        }
        return record;
    }

    /**
     * Renames the file aside and replaces it with its good lines: temp file, fsync, rename. At every
     * moment each record is in a file on disk.
     */
    private Path setAside(List<byte[]> good) {
        Path aside = SafeFiles.asideName(file, clock);
        Path temp = dir.resolve(FILE_NAME + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                for (byte[] line : good) {
                    ByteBuffer buffer = ByteBuffer.wrap(concat(line, new byte[] {'\n'}));
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                }
                out.force(true);
            }
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory();
            return aside;
        } catch (IOException e) {
            throw new StoreException(file + " has unreadable lines and could not be set aside: " + reason(e), e);
        }
    }

    private <T> T locked(java.util.function.Supplier<T> action) {
        return FolderLock.locked(dir, action);
    }

    private boolean endsWithoutNewline() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(in.length() - 1);
            return in.read() != '\n';
        }
    }

    private void syncDirectory() {
        SafeFiles.syncDirectory(dir);
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.builder(new com.fasterxml.jackson.core.JsonFactoryBuilder()
                    .characterEscapes(SafeJson.ESCAPES).build())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        }
        return mapper;
    }

    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String reason(IOException e) {
        return SafeFiles.reason(e);
    }

    private static final class BadLine extends Exception {
        BadLine(String message) {
            super(message);
        }
    }
}
