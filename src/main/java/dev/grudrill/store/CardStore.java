package dev.grudrill.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.grudrill.drill.CardState;
import dev.grudrill.drill.Fsrs;
import dev.grudrill.drill.HistoryRecord;
import dev.grudrill.drill.Progress;
import dev.grudrill.drill.State;
import dev.grudrill.drill.TrackedCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scheduler's card state, {@code cards.json} in the data folder beside the history: for each card
 * id its FSRS state and prompt hash ({@link TrackedCard}), and how much of the history it reflects.
 *
 * <p>The history is the truth and this file a summary of it: whenever the file is missing, damaged or
 * behind the history (it records the history's size in bytes and records), it is rebuilt by replaying
 * the history ({@link Progress#replay}). A damaged file is first renamed aside with a message. Writes
 * replace the whole file atomically (temp file, fsync, rename) under the data folder's lock, the same
 * lock the history's appends hold, so a grade and the card update it causes happen together. A file
 * of a newer schema version is refused and never rewritten.
 */
public final class CardStore {
    public static final String FILE_NAME = "cards.json";
    /** The format this version writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    private final Path dir;
    private final Path file;
    private final Clock clock;
    private final Fsrs fsrs;
    private final HistoryStore history;
    private final List<String> notes = new ArrayList<>();
    private Progress loaded;
    private ObjectMapper mapper;

    /** What the file held: the cards and the size of the history they reflect. */
    private record Stored(Progress progress, long historyBytes) {
    }

    public CardStore(Path dir, Clock clock, Fsrs fsrs) {
        this.dir = dir.toAbsolutePath().normalize();
        this.file = this.dir.resolve(FILE_NAME);
        this.clock = clock;
        this.fsrs = fsrs;
        this.history = new HistoryStore(this.dir, clock);
    }

    public Path file() {
        return file;
    }

    public HistoryStore history() {
        return history;
    }

    /**
     * Reads the card state, rebuilding it from the history when needed; messages about anything set
     * aside or rebuilt are kept for {@link #takeNotes}. The progress returned is kept up to date with
     * every record this store appends afterwards.
     *
     * @throws StoreException when a file cannot be used or is of a newer schema version
     */
    public Progress load() {
        loaded = readProgress();
        return loaded;
    }

    private Progress readProgress() {
        return FolderLock.locked(dir, () -> {
            HistoryStore.Contents contents = history.read();
            notes.addAll(contents.notes());
            long bytes = historyBytes();
            Stored stored = readStored();
            if (stored != null && stored.historyBytes() == bytes
                    && stored.progress().records() == contents.records().size()) {
                return stored.progress();
            }
            // Behind is normal (a crash between the two writes, or an older gru-drill ran): no message.
            Progress rebuilt = Progress.replay(contents.records(), fsrs);
            if (stored != null || !contents.records().isEmpty()) {
                write(rebuilt, bytes);
            }
            return rebuilt;
        });
    }

    /**
     * Appends {@code record} to the history and updates the card state to match, both under the lock,
     * and then the progress {@link #load} returned. When the stored state is not exactly the history
     * before this record (another session wrote in between, or the file is damaged), it is rebuilt from
     * the history instead.
     */
    public void record(HistoryRecord record) {
        persist(record);
        if (loaded != null) {
            loaded.apply(record);
        }
    }

    private void persist(HistoryRecord record) {
        FolderLock.locked(dir, () -> {
            long before = historyBytes();
            Stored stored = readStored();
            history.append(record);
            long after = historyBytes();
            if (stored != null && stored.historyBytes() == before && stored.progress().apply(record)) {
                write(stored.progress(), after);
            } else {
                HistoryStore.Contents contents = history.read();
                notes.addAll(contents.notes());
                write(Progress.replay(contents.records(), fsrs), historyBytes());
            }
            return null;
        });
    }

    /** Messages for the user gathered so far (files set aside, state rebuilt); clears them. */
    public List<String> takeNotes() {
        List<String> taken = List.copyOf(notes);
        notes.clear();
        return taken;
    }

    private long historyBytes() {
        try {
            return Files.exists(history.file()) ? Files.size(history.file()) : 0;
        } catch (IOException e) {
            throw new StoreException("cannot read " + history.file() + ": " + SafeFiles.reason(e), e);
        }
    }

    /** The stored state; null when there is none or it was damaged (then set aside, with a note). */
    private Stored readStored() {
        byte[] bytes = SafeFiles.readIfExists(file);
        if (bytes == null) {
            return null;
        }
        String problem;
        try {
            return parse(bytes);
        } catch (BadFile e) {
            problem = e.getMessage();
        }
        try {
            Path aside = SafeFiles.setAside(file, clock);
            notes.add(file + " " + problem + "; it was moved to " + aside.getFileName()
                    + " and the card state rebuilt from the history");
            return null;
        } catch (IOException e) {
            throw new StoreException(file + " " + problem + " and could not be set aside: " + SafeFiles.reason(e), e);
        }
    }

    private Stored parse(byte[] bytes) throws BadFile {
        JsonNode root;
        try {
            root = mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BadFile("is not valid JSON (it may have been cut short)");
        }
        if (root == null || !root.isObject() || !root.path("schemaVersion").isInt()) {
            throw new BadFile("has no schemaVersion");
        }
        int version = root.get("schemaVersion").intValue();
        if (version > SCHEMA_VERSION) {
            throw new StoreException(file + " has schemaVersion " + version + ", newer than this gru-drill reads ("
                    + SCHEMA_VERSION + "); upgrade gru-drill. The file was left untouched.");
        }
        JsonNode historyNode = root.path("history");
        JsonNode cardsNode = root.path("cards");
        if (!historyNode.path("records").isInt() || !historyNode.path("bytes").canConvertToLong()
                || !historyNode.path("bytes").isIntegralNumber() || !cardsNode.isObject()) {
            throw new BadFile("lacks history.records, history.bytes or cards");
        }
        Map<String, TrackedCard> cards = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = cardsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            cards.put(entry.getKey(), card(entry.getKey(), entry.getValue()));
        }
        return new Stored(new Progress(fsrs, cards, historyNode.get("records").intValue()),
                historyNode.get("bytes").longValue());
    }

    private static TrackedCard card(String id, JsonNode n) throws BadFile {
        try {
            State state = State.valueOf(text(n, "state").toUpperCase(Locale.ROOT));
            String last = n.path("lastReview").isNull() || n.path("lastReview").isMissingNode() ? null
                    : text(n, "lastReview");
            CardState card = new CardState(Instant.parse(text(n, "due")), number(n, "stability"),
                    number(n, "difficulty"), integer(n, "elapsedDays"), integer(n, "scheduledDays"),
                    integer(n, "reps"), integer(n, "lapses"), state, integer(n, "learningStep"),
                    last == null ? null : Instant.parse(last));
            String hash = n.path("promptHash").isTextual() ? n.get("promptHash").textValue() : null;
            return new TrackedCard(card, hash);
        } catch (RuntimeException e) {
            throw new BadFile("has a card " + id + " that is not a valid card state");
        }
    }

    private static String text(JsonNode n, String field) {
        if (!n.path(field).isTextual()) {
            throw new IllegalArgumentException(field);
        }
        return n.get(field).textValue();
    }

    private static double number(JsonNode n, String field) {
        if (!n.path(field).isNumber()) {
            throw new IllegalArgumentException(field);
        }
        return n.get(field).doubleValue();
    }

    private static int integer(JsonNode n, String field) {
        if (!n.path(field).isInt()) {
            throw new IllegalArgumentException(field);
        }
        return n.get(field).intValue();
    }

    private void write(Progress progress, long historyBytes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", SCHEMA_VERSION);
        Map<String, Object> reflected = new LinkedHashMap<>();
        reflected.put("records", progress.records());
        reflected.put("bytes", historyBytes);
        doc.put("history", reflected);
        Map<String, Object> cards = new LinkedHashMap<>();
        progress.cards().forEach((id, card) -> cards.put(id, cardJson(card)));
        doc.put("cards", cards);
        try {
            SafeFiles.write(file, (mapper().writeValueAsString(doc) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + SafeFiles.reason(e), e);
        }
    }

    private static Map<String, Object> cardJson(TrackedCard tracked) {
        CardState c = tracked.state();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", c.state().label());
        m.put("due", c.due().toString());
        m.put("stability", c.stability());
        m.put("difficulty", c.difficulty());
        m.put("elapsedDays", c.elapsedDays());
        m.put("scheduledDays", c.scheduledDays());
        m.put("reps", c.reps());
        m.put("lapses", c.lapses());
        m.put("learningStep", c.learningStep());
        m.put("lastReview", c.lastReview() == null ? null : c.lastReview().toString());
        m.put("promptHash", tracked.promptHash());
        return m;
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        }
        return mapper;
    }

    private static final class BadFile extends Exception {
        BadFile(String message) {
            super(message);
        }
    }
}
