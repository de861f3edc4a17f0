package dev.grudrill.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses and validates one deck file under {@code questions/} (YAML or JSON). */
final class DeckFile {
    static final int SCHEMA_VERSION = 1;
    static final String ID_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Duration LONGEST_TIME = Duration.ofHours(1);

    record Contents(Integer schemaVersion, String deck, String title, List<Entry> questions) {
    }

    record Entry(String id, Integer number, String prompt, List<String> topics, Integer difficulty, String time) {
    }

    private final ObjectMapper mapper;

    DeckFile(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Optional<Deck> parse(String text, String fileStem, String display, List<Problem> problems) {
        Contents contents;
        try {
            contents = mapper.readValue(text, Contents.class);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(display, JacksonErrors.line(e, text), JacksonErrors.describe(e)));
            return Optional.empty();
        }
        if (contents == null) {
            problems.add(new Problem(display, 0, "the deck file is empty"));
            return Optional.empty();
        }
        int before = problems.size();
        if (contents.schemaVersion() == null) {
            problems.add(new Problem(display, 0, "missing required field 'schemaVersion' (this version reads 1)"));
        } else if (contents.schemaVersion() > SCHEMA_VERSION) {
            problems.add(new Problem(display, 0, "schemaVersion " + contents.schemaVersion()
                    + " is newer than this gru-drill reads (" + SCHEMA_VERSION + "): update gru-drill"));
        } else if (contents.schemaVersion() < 1) {
            problems.add(new Problem(display, 0, "schemaVersion must be 1, not " + contents.schemaVersion()));
        }
        if (contents.deck() == null) {
            problems.add(new Problem(display, 0, "missing required field 'deck'"));
        } else if (!contents.deck().equals(fileStem)) {
            problems.add(new Problem(display, 0, "deck '" + contents.deck() + "' must be named like its file ('"
                    + fileStem + "')"));
        }
        if (contents.questions() == null || contents.questions().isEmpty()) {
            problems.add(new Problem(display, 0, "missing required field 'questions' (a list of at least one)"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < contents.questions().size(); i++) {
            question(contents.questions().get(i), i, contents.deck(), display, problems).ifPresent(questions::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String title = contents.title() == null || contents.title().isBlank() ? contents.deck() : contents.title();
        return Optional.of(new Deck(contents.deck(), title, questions));
    }

    private static Optional<Question> question(Entry e, int index, String deck, String display,
            List<Problem> problems) {
        if (e == null) {
            problems.add(new Problem(display, 0, "questions[" + index + "] is empty"));
            return Optional.empty();
        }
        String where = "questions[" + index + "]" + (e.id() == null ? "" : " (" + e.id() + ")");
        int before = problems.size();
        if (e.id() == null) {
            problems.add(missing(display, where, "id"));
        } else if (!e.id().matches(ID_PATTERN) || e.id().length() > 64) {
            problems.add(new Problem(display, 0, where + ": id must be lower-case letters, digits and single"
                    + " dashes, at most 64 characters (like gru-06)"));
        }
        if (e.number() == null) {
            problems.add(missing(display, where, "number"));
        } else if (e.number() < 1) {
            problems.add(new Problem(display, 0, where + ": number must be 1 or more, not " + e.number()));
        }
        if (e.prompt() == null || e.prompt().isBlank()) {
            problems.add(missing(display, where, "prompt"));
        }
        List<Topic> topics = new ArrayList<>();
        if (e.topics() == null) {
            problems.add(missing(display, where, "topics"));
        } else {
            for (String label : e.topics()) {
                Optional<Topic> topic = Topic.fromLabel(label);
                if (topic.isEmpty()) {
                    problems.add(new Problem(display, 0, where + ": unknown topic '" + label + "' (topics: "
                            + Topic.labels() + ")"));
                }
                topic.ifPresent(topics::add);
            }
        }
        if (e.difficulty() == null) {
            problems.add(missing(display, where, "difficulty"));
        } else if (e.difficulty() < 1 || e.difficulty() > 3) {
            problems.add(new Problem(display, 0, where + ": difficulty must be 1, 2 or 3, not " + e.difficulty()));
        }
        Duration time = null;
        if (e.time() == null) {
            problems.add(missing(display, where, "time"));
        } else {
            try {
                time = Durations.parse(e.time());
                if (time.isZero() || time.compareTo(LONGEST_TIME) > 0) {
                    problems.add(new Problem(display, 0, where + ": time must be between 1s and 1h, not " + e.time()));
                }
            } catch (IllegalArgumentException bad) {
                problems.add(new Problem(display, 0, where + ": time " + bad.getMessage()));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Question(e.id(), deck, e.number(), e.prompt().strip(), topics, e.difficulty(), time));
    }

    private static Problem missing(String display, String where, String field) {
        return new Problem(display, 0, where + ": missing required field '" + field + "'");
    }
}
