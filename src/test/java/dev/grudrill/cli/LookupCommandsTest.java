package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LookupCommandsTest {
    @Test
    void showJsonHasTheDocumentedFields() {
        CliRun run = CliRun.run("show", "6", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode q = run.json();
        assertEquals(1, q.get("schemaVersion").asInt());
        assertEquals("gru-06", q.get("id").asText());
        assertEquals(6, q.get("number").asInt());
        assertEquals("Derive the complete GRU forward pass equations.", q.get("question").asText());
        assertEquals("math", q.get("topics").get(0).asText());
        assertTrue(q.get("difficulty").isInt());
        assertTrue(q.get("written").asBoolean());
        assertTrue(q.get("shortAnswer").asText().contains("h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}"));
        assertTrue(q.get("answer").asText().startsWith("## Short answer"));
        assertTrue(q.get("keyPoints").size() >= 4);
        assertTrue(q.get("keyPoints").get(0).get("terms").isArray());
        for (String field : List.of("followUps", "references", "calc", "misconceptions")) {
            assertTrue(q.get(field).isArray() && q.get(field).size() > 0, field);
        }
    }

    @Test
    void anUnwrittenAnswerSaysSoEverywhere(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("questions"));
        Files.createDirectories(dir.resolve("answers"));
        Files.writeString(dir.resolve("questions/new.yaml"), "schemaVersion: 1\ndeck: new\nquestions:\n"
                + "  - {id: new-01, number: 1, prompt: \"Why gates?\", topics: [gates], difficulty: 1, time: 2m}\n");
        Files.writeString(dir.resolve("answers/new-01.md"), "---\nid: new-01\n---\nNot written yet.\n");
        String bank = dir.toString();
        JsonNode json = CliRun.run("show", "1", "--format", "json", "--bank", bank).json();
        assertFalse(json.get("written").asBoolean());
        assertTrue(json.get("shortAnswer").isNull());
        assertTrue(CliRun.run("show", "1", "--bank", bank).out().contains("Answer not written yet."));
        assertTrue(CliRun.run("show", "1", "--format", "markdown", "--bank", bank).out().contains("Answer not written yet."));
        assertTrue(CliRun.run("list", "--bank", bank).out().lines().anyMatch(l -> l.matches("new-01 +1 +1 +2m +- .*")));
        assertFalse(CliRun.run("list", "--format", "json", "--bank", bank).json().get("questions").get(0)
                .get("written").asBoolean());
    }

    @Test
    void showShortStopsAfterTheShortAnswer() {
        CliRun run = CliRun.run("show", "2", "--short");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("Short answer"));
        assertFalse(run.out().contains("Details"));
    }

    @Test
    void showTextIsPlainWhenNotATerminal() {
        CliRun run = CliRun.run("show", "6");
        assertFalse(run.out().contains("\u001b["), "no escape codes off a terminal");
        assertTrue(run.out().lines().allMatch(l -> columns(l) <= 80 || l.contains("http")), run.out());
    }

    /** Display width, ignoring combining marks such as the tilde of h̃. */
    private static long columns(String line) {
        return line.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count();
    }

    @Test
    void colourCanBeForcedAndNoColorWins() {
        assertTrue(CliRun.run("show", "6", "--color", "always").out().contains("\u001b["));
        Context terminal = new Context(Map.of("NO_COLOR", "1", "TERM", "xterm"), true, true,
                java.io.InputStream.nullInputStream(), java.time.Clock.systemUTC());
        assertFalse(CliRun.run(terminal, "list").out().contains("\u001b["));
    }

    @Test
    void severalIdsGiveSeveralJsonObjects() throws IOException {
        CliRun run = CliRun.run("show", "2", "gru-06", "--format", "json");
        var parser = new com.fasterxml.jackson.databind.ObjectMapper().readerFor(JsonNode.class).readValues(run.out());
        List<String> ids = new ArrayList<>();
        while (parser.hasNext()) {
            ids.add(((JsonNode) parser.next()).get("id").asText());
        }
        assertEquals(List.of("gru-02", "gru-06"), ids);
    }

    @Test
    void listJsonHoldsTheSeedsFiftyPrompts() throws IOException {
        CliRun run = CliRun.run("list", "--format", "json");
        assertEquals(0, run.code());
        JsonNode doc = run.json();
        assertEquals(50, doc.get("count").asInt());
        String seed = Files.readString(Path.of("src/test/resources/seed/gru-questions.md"), StandardCharsets.UTF_8);
        List<String> seedPrompts = seed.lines().filter(l -> l.startsWith("**") && !l.startsWith("**Answer"))
                .map(l -> l.substring(2, l.length() - 2)).toList();
        List<String> listed = new ArrayList<>();
        doc.get("questions").forEach(q -> listed.add(q.get("question").asText()));
        assertEquals(seedPrompts, listed);
    }

    @Test
    void listFiltersByTopicAndDifficulty() {
        JsonNode doc = CliRun.run("list", "--topic", "gates", "--difficulty", "1", "--format", "json").json();
        assertTrue(doc.get("count").asInt() > 0);
        doc.get("questions").forEach(q -> {
            assertEquals(1, q.get("difficulty").asInt());
            assertTrue(q.get("topics").toString().contains("\"gates\""));
        });
    }

    @Test
    void listAsTableAndMarkdown() {
        CliRun table = CliRun.run("list");
        assertTrue(table.out().lines().findFirst().orElseThrow().startsWith("ID"));
        assertEquals(51, table.out().lines().count());
        CliRun md = CliRun.run("list", "--format", "markdown");
        assertTrue(md.out().startsWith("| ID |"));
        assertEquals(52, md.out().lines().count());
    }

    @Test
    void searchJsonRanksTheResetGateQuestions() {
        CliRun run = CliRun.run("search", "reset gate", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode doc = run.json();
        assertEquals("reset gate", doc.get("query").asText());
        List<String> top = List.of(doc.get("hits").get(0).get("id").asText(), doc.get("hits").get(1).get("id").asText());
        assertEquals(List.of("gru-03", "gru-17"), top.stream().sorted().toList());
        JsonNode hit = doc.get("hits").get(0);
        for (String field : List.of("rank", "id", "number", "question", "score", "snippet", "highlights")) {
            assertTrue(hit.has(field), field);
        }
    }

    @Test
    void searchTextMarksMatchesAndHonoursLimit() {
        CliRun run = CliRun.run("search", "reset", "gate", "--limit", "3");
        assertEquals(6, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("**reset gate**"), run.out());
    }

    @Test
    void searchWithNoHitIsNotFound() {
        CliRun run = CliRun.run("search", "xylophone");
        assertEquals(1, run.code());
        assertTrue(run.oneErrorLine());
        assertEquals("gru-drill search: no question matches 'xylophone'", run.err().strip());
    }

    @Test
    void bankCheckPassesOnTheRealBank() {
        CliRun run = CliRun.run("bank", "check", "--bank", ".");
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals("", run.out());
        JsonNode doc = CliRun.run("bank", "check", "--format", "json").json();
        assertTrue(doc.get("ok").asBoolean());
        assertEquals(50, doc.get("questions").asInt());
    }

    @Test
    void bankFromTheEnvironment(@org.junit.jupiter.api.io.TempDir Path dir) {
        CliRun run = CliRun.run(Map.of("GRU_DRILL_BANK", dir.resolve("none").toString()), "list");
        assertEquals(3, run.code());
        assertTrue(run.err().contains("none: no such folder"), run.err());
    }

    @Test
    void importAndExportRoundTripThroughTheCommands(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path out = dir.resolve("imported");
        CliRun imported = CliRun.run("bank", "import", "src/test/resources/seed/gru-questions.md", "--out",
                out.toString(), "--deck", "gru");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.err().contains("wrote 50 questions (0 with answers)"), imported.err());
        assertEquals(0, CliRun.run("bank", "check", "--bank", out.toString()).code());
        CliRun exported = CliRun.run("bank", "export", "--bank", out.toString());
        assertEquals(Files.readString(Path.of("src/test/resources/seed/gru-questions.md")), exported.out());
        CliRun again = CliRun.run("bank", "import", "src/test/resources/seed/gru-questions.md", "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.oneErrorLine(), again.err());
    }

    @Test
    void exportOfTheRealBankFillsInWrittenAnswers() {
        CliRun run = CliRun.run("bank", "export", "--format", "markdown");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("## Question 6\n\n**Derive the complete GRU forward pass equations.**\n\n**Answer:**\n\nFrom x_t"));
    }
}
