package dev.grudrill.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real files the fuzzers start from: the repository's deck (as YAML and as JSON), its answers, a
 * one-question deck for each answer, and the seed list.
 */
final class Corpus {
    static final Path ROOT = Path.of("").toAbsolutePath();

    final byte[] deckYaml;
    final byte[] deckJson;
    /** id → answer file. */
    final Map<String, byte[]> answers = new LinkedHashMap<>();
    /** id → a deck file holding only that question. */
    final Map<String, byte[]> singleQuestionDecks = new LinkedHashMap<>();
    final byte[] seed;
    /** The first three questions of the seed list, so that round trips through a written bank stay quick. */
    final byte[] shortSeed;

    Corpus() {
        try {
            deckYaml = Files.readAllBytes(ROOT.resolve("questions/gru.yaml"));
            YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
            JsonNode deck = yaml.readTree(deckYaml);
            deckJson = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(deck);
            try (Stream<Path> files = Files.list(ROOT.resolve("answers"))) {
                for (Path file : files.sorted().toList()) {
                    String id = file.getFileName().toString().replace(".md", "");
                    answers.put(id, Files.readAllBytes(file));
                }
            }
            for (JsonNode q : deck.get("questions")) {
                ObjectNode one = ((ObjectNode) deck).deepCopy();
                ArrayNode list = one.putArray("questions");
                list.add(q);
                singleQuestionDecks.put(q.get("id").asText(), yaml.writeValueAsBytes(one));
            }
            seed = Files.readAllBytes(ROOT.resolve("src/test/resources/seed/gru-questions.md"));
            String text = new String(seed, java.nio.charset.StandardCharsets.UTF_8);
            int fourth = text.indexOf("## Question 4");
            shortSeed = text.substring(0, fourth).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> ids() {
        return List.copyOf(answers.keySet());
    }
}
