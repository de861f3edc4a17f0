package dev.grudrill.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.grudrill.drill.PlanGoal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interview date and target, {@code plan.json} in the data folder. Written atomically under the
 * data folder's lock; a damaged file is renamed aside with a message (the date cannot be rebuilt from
 * the history, so the message says to set it again); a file of a newer schema version is refused and
 * never rewritten or removed.
 */
public final class PlanStore {
    public static final String FILE_NAME = "plan.json";
    /** The format this version writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    private final Path dir;
    private final Path file;
    private final Clock clock;
    private final List<String> notes = new ArrayList<>();
    private ObjectMapper mapper;

    public PlanStore(Path dir, Clock clock) {
        this.dir = dir.toAbsolutePath().normalize();
        this.file = this.dir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** The stored goal, if any; a damaged file is set aside (see {@link #takeNotes}). */
    public Optional<PlanGoal> load() {
        return FolderLock.locked(dir, this::read);
    }

    /** Stores {@code goal}, replacing the one stored. */
    public void save(PlanGoal goal) {
        FolderLock.locked(dir, () -> {
            read();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schemaVersion", SCHEMA_VERSION);
            doc.put("interviewDate", goal.interviewDate().toString());
            doc.put("target", goal.target());
            try {
                SafeFiles.write(file, (mapper().writeValueAsString(doc) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StoreException("cannot write " + file + ": " + SafeFiles.reason(e), e);
            }
            return null;
        });
    }

    /** Removes the stored goal; false when there was none. */
    public boolean clear() {
        return FolderLock.locked(dir, () -> {
            if (read().isEmpty()) {
                return false;
            }
            try {
                Files.delete(file);
                SafeFiles.syncDirectory(dir);
                return true;
            } catch (IOException e) {
                throw new StoreException("cannot remove " + file + ": " + SafeFiles.reason(e), e);
            }
        });
    }

    /** Messages about a damaged file set aside; clears them. */
    public List<String> takeNotes() {
        List<String> taken = List.copyOf(notes);
        notes.clear();
        return taken;
    }

    private Optional<PlanGoal> read() {
        byte[] bytes = SafeFiles.readIfExists(file);
        if (bytes == null) {
            return Optional.empty();
        }
        String problem;
        try {
            return Optional.of(parse(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        try {
            Path aside = SafeFiles.setAside(file, clock);
            notes.add(file + " " + problem + "; it was moved to " + aside.getFileName()
                    + ": set the interview date again with plan --interview-date");
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException(file + " " + problem + " and could not be set aside: " + SafeFiles.reason(e), e);
        }
    }

    /** The goal in {@code text}; IllegalArgumentException saying what is wrong with it. */
    private PlanGoal parse(String text) {
        JsonNode root;
        try {
            root = mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not valid JSON (it may have been cut short)");
        }
        if (root == null || !root.isObject() || !root.path("schemaVersion").isInt()) {
            throw new IllegalArgumentException("has no schemaVersion");
        }
        int version = root.get("schemaVersion").intValue();
        if (version > SCHEMA_VERSION) {
            throw new StoreException(file + " has schemaVersion " + version + ", newer than this gru-drill reads ("
                    + SCHEMA_VERSION + "); upgrade gru-drill. The file was left untouched.");
        }
        try {
            return new PlanGoal(LocalDate.parse(root.path("interviewDate").asText()),
                    root.path("target").isNumber() ? root.get("target").doubleValue() : Double.NaN);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("has no valid interviewDate (YYYY-MM-DD) and target (0 to 1)");
        }
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        }
        return mapper;
    }
}
