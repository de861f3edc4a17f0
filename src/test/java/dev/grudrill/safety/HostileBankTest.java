package dev.grudrill.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Control characters and escape sequences from a bank, or typed by the user, never reach the terminal
 * raw, on any output path: they are shown escaped.
 */
class HostileBankTest {
    @TempDir
    Path tmp;

    Path bank;

    @BeforeEach
    void writeBank() throws IOException {
        bank = HostileBank.write(tmp.resolve("bank"));
    }

    private static void assertInert(HostileBank.Run run) {
        assertNull(HostileBank.firstActive(run.printed()), run.printed());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    private HostileBank.Run run(String command) {
        return HostileBank.run((command + " --bank " + bank).split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list", "list --format markdown", "show 1", "show 1 2 --short", "search reset gate",
        "search reset --format markdown", "bank export"})
    void textOutputShowsThemEscaped(String command) {
        HostileBank.Run run = run(command);
        assertEquals(0, run.code(), run.err());
        assertInert(run);
        assertTrue(run.out().contains("\\u001b[2J"), "shown escaped: " + run.out());
    }

    /** {@code show --format markdown} prints the answer's Markdown with its control characters escaped. */
    @Test
    void showAsMarkdownShowsThemEscaped() {
        HostileBank.Run run = run("show 2 --format markdown");
        assertEquals(0, run.code(), run.err());
        assertInert(run);
    }

    /** JSON escapes C0 controls itself: the escape sequences read back from the JSON exactly as the bank has them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list --format json", "show 1 --format json", "search reset --format json"})
    void jsonEscapesTheEscapeSequences(String command) throws IOException {
        HostileBank.Run run = run(command);
        assertEquals(0, run.code(), run.err());
        assertFalse(run.out().chars().anyMatch(c -> c < 0x20 && c != '\n'), run.out());
        assertTrue(run.out().contains("\\u001B[2J\\u001B[H\\u001B]0;pwned\\u0007"), run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.toString().contains("Why the update gate? ") || json.toString().contains("reset gate"));
        String prompt = json.has("question") ? json.get("question").asText() : json.findValue("question").asText();
        assertTrue(prompt.endsWith(HostileBank.TRICKS), "the JSON reads back to the bank's text: " + prompt);
    }

    /** DEL, C1 controls (U+009B is a one-character CSI), U+2028 and bidi overrides are \\u escapes in JSON too. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list --format json", "show 1 --format json", "search reset --format json"})
    void jsonEscapesEveryControlCharacter(String command) {
        HostileBank.Run run = run(command);
        assertEquals(0, run.code(), run.err());
        assertInert(run);
    }

    /** A problem that quotes the file quotes it escaped, in text and in JSON. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bank check", "bank check --format json", "show 1"})
    void problemsQuoteTheFileEscaped(String command) throws IOException {
        Path deck = bank.resolve("questions/evil.yaml");
        Files.writeString(deck, Files.readString(deck).replaceFirst("topics: \\[gates\\]",
                java.util.regex.Matcher.quoteReplacement("topics: [\"" + HostileBank.YAML_TRICKS + "\"]")));
        HostileBank.Run run = run(command);
        assertEquals(3, run.code(), run.err());
        assertInert(run);
        assertTrue(run.printed().contains("unknown topic '\\u001b[2J") || run.printed().contains(
                "unknown topic '\\\\u001b[2J"), run.printed());
    }

    /**
     * A plain-mode interview over the hostile bank, with typed answers that hold escape sequences too:
     * prompts, grading, report and summary are inert, and so is the history file.
     */
    @Test
    void interviewAndHistoryShowThemEscaped() throws IOException {
        Path data = tmp.resolve("data");
        String typed = "the reset gate \u001b[2J\u001b]0;typed\u0007 and\rthe update gate \u009b1m\u202e\n.\n"
                + "\u001b[5Aupdate gate keeps the state\u0007\n.\n";
        Path report = tmp.resolve("report.md");
        HostileBank.Run run = HostileBank.withInput(typed, "interview", "--ids", "1,2", "--bank", bank.toString(),
                "--data-dir", data.toString(), "--report", report.toString());
        assertEquals(0, run.code(), run.err());
        assertInert(run);
        assertTrue(run.printed().contains("\\u001b[2J"), run.printed());
        assertTrue(run.out().contains("kept in the history"), run.out());

        String history = Files.readString(data.resolve("history.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, history.lines().count());
        assertNull(HostileBank.firstActive(history.strip()), history);
        assertTrue(history.contains("\\u001B]0;typed\\u0007") && history.contains("\\u009B1m\\u202E"), history);

        String markdown = Files.readString(report, StandardCharsets.UTF_8);
        assertNull(HostileBank.firstActive(markdown.replace("\t", "")), "the --report file: " + markdown);
    }

    /**
     * A seed list with escape sequences imports into a bank whose every output is inert. (A seed list is
     * read line by line, so the tricks that end a line, CR and U+2028, are left out of it.)
     */
    @Test
    void anImportedHostileSeedListStaysInert() throws IOException {
        String tricks = HostileBank.TRICKS.replace("\r", "").replace("\u2028", "");
        Path seed = Files.writeString(tmp.resolve("seed.md"), "# Deck " + tricks + "\n\n## Question 1\n\n**Why gates? "
                + tricks + "**\n\n**Answer:** Because " + tricks + " they learn.\n\n---\n", StandardCharsets.UTF_8);
        Path imported = tmp.resolve("imported");
        HostileBank.Run run = HostileBank.run("bank", "import", seed.toString(), "--out", imported.toString());
        assertEquals(0, run.code(), run.err());
        assertInert(run);
        for (String command : List.of("list", "show 1", "search gates", "bank export")) {
            HostileBank.Run shown = HostileBank.run((command + " --bank " + imported).split(" "));
            assertEquals(0, shown.code(), command + ": " + shown.err());
            assertInert(shown);
            assertTrue(shown.out().contains("\\u001b[2J"), command + ": " + shown.out());
        }
    }

    /** Ids of the bank's questions cannot be paths. */
    @ParameterizedTest(name = "id {0}")
    @ValueSource(strings = {"../../etc/passwd", "..", "evil/../../x", "/etc/passwd", "evil-01\u0000", "EVIL-01",
        ".hidden", "evil-01.md", "evil--01"})
    void idsThatLookLikePathsAreRefused(String id) throws IOException {
        Path deck = bank.resolve("questions/evil.yaml");
        Files.writeString(deck, Files.readString(deck).replace("id: evil-01", "id: \"" + id.replace("\0", "\\0")
                + "\""));
        HostileBank.Run run = run("bank check");
        assertEquals(3, run.code(), run.err());
        assertInert(run);
        assertTrue(run.out().contains("id must be lower-case letters, digits and single dashes"), run.out());
    }

    @Test
    void anAnswerWhoseIdIsAPathIsRefused() throws IOException {
        Path answer = bank.resolve("answers/evil-01.md");
        Files.writeString(answer, Files.readString(answer).replace("id: evil-01", "id: ../../evil-01"));
        HostileBank.Run run = run("bank check");
        assertEquals(3, run.code(), run.err());
        assertTrue(run.out().contains("id '../../evil-01' does not match the file name ('evil-01')"), run.out());
    }

    @Test
    void aDeckCannotNameItselfOutsideItsFile() throws IOException {
        Path deck = bank.resolve("questions/evil.yaml");
        Files.writeString(deck, Files.readString(deck).replace("deck: evil", "deck: ../../evil"));
        HostileBank.Run run = run("bank check");
        assertEquals(3, run.code(), run.err());
        assertTrue(run.out().contains("deck '../../evil' must be named like its file ('evil')"), run.out());
    }

    @ParameterizedTest(name = "--deck {0}")
    @ValueSource(strings = {"../x", "x/../../y", "/tmp/x", "X", ""})
    void importRefusesADeckNameThatIsAPath(String deck) throws IOException {
        Path seed = Files.writeString(tmp.resolve("seed.md"), "# T\n\n## Question 1\n\n**Why?**\n\n**Answer:** x\n");
        Path out = tmp.resolve("out");
        HostileBank.Run run = HostileBank.run("bank", "import", seed.toString(), "--out", out.toString(), "--deck", deck);
        assertEquals(2, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(tmp.resolve("x")) || Files.exists(tmp.resolve("y")));
    }

    @Test
    void importNeverWritesIntoAFolderThatHoldsFiles() throws IOException {
        Path seed = Files.writeString(tmp.resolve("seed.md"), "# T\n\n## Question 1\n\n**Why?**\n\n**Answer:** x\n");
        HostileBank.Run run = HostileBank.run("bank", "import", seed.toString(), "--out", bank.toString(), "--deck",
                "evil");
        assertEquals(2, run.code(), run.err());
        assertEquals(List.of("evil-01.md", "evil-02.md"), list(bank.resolve("answers")));
    }

    private static List<String> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
