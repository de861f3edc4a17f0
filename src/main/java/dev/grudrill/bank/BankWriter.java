package dev.grudrill.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes a new bank folder from a parsed seed file, in the same layout as the repository's. */
public final class BankWriter {
    private final ObjectMapper yaml = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    /**
     * Writes {@code out/questions/<deck>.yaml} and one answer file per question. Refuses a folder that
     * already holds files, so that nothing the user saved is overwritten.
     *
     * @return the number of answers that were written in the seed
     */
    public int writeSeed(SeedMarkdown.Seed seed, String deck, String source, Path out) throws IOException {
        if (!deck.matches(DeckFile.ID_PATTERN)) {
            throw new IllegalArgumentException("deck name '" + deck + "' must be lower-case letters, digits and dashes");
        }
        if (Files.exists(out) && !isEmptyFolder(out)) {
            throw new IllegalArgumentException(out + " already exists and is not an empty folder;"
                    + " import into a new folder so nothing is overwritten");
        }
        Files.createDirectories(out.resolve("questions"));
        Files.createDirectories(out.resolve("answers"));
        List<Map<String, Object>> questions = new ArrayList<>();
        int written = 0;
        for (SeedMarkdown.Entry e : seed.entries()) {
            String id = String.format("%s-%02d", deck, e.number());
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("id", id);
            q.put("number", e.number());
            q.put("prompt", e.prompt());
            q.put("topics", List.of());
            q.put("difficulty", SeedMarkdown.DEFAULT_DIFFICULTY);
            q.put("time", Durations.format(SeedMarkdown.DEFAULT_TIME));
            questions.add(q);
            String body = e.answer() == null ? AnswerFile.NOT_WRITTEN + "\n"
                    : AnswerFile.SHORT_HEADING + "\n\n" + e.answer() + "\n";
            written += e.answer() == null ? 0 : 1;
            write(out.resolve("answers").resolve(id + ".md"), "---\nid: " + id + "\n---\n" + body);
        }
        Map<String, Object> deckFile = new LinkedHashMap<>();
        deckFile.put("schemaVersion", DeckFile.SCHEMA_VERSION);
        deckFile.put("deck", deck);
        deckFile.put("title", seed.title() == null ? deck : seed.title());
        deckFile.put("questions", questions);
        write(out.resolve("questions").resolve(deck + ".yaml"), "# Imported from " + source
                + "; topics, difficulty and time are defaults to review.\n" + toYaml(deckFile));
        return written;
    }

    private String toYaml(Object value) {
        try {
            return yaml.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
