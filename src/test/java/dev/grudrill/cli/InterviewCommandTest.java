package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.grudrill.term.TestTerminal;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `interview` from the command line: plain mode (scripted), the history it keeps, and every kind of bad input. */
class InterviewCommandTest {
    static final String GOOD_Q2 = "A GRU has two gates, the reset gate r_t and the update gate z_t, both sigmoid"
            + " outputs between 0 and 1.\nThe reset gate decides how much of the previous state enters the candidate."
            + "\nThe update gate decides how much of the old state to keep. It couples the forget gate and input gate."
            + "\nShort-term and long-term dependencies. There is no output gate.";

    @TempDir
    Path dir;

    CliRun interview(String stdin, String... args) {
        return interview(Map.of(), stdin, args);
    }

    CliRun interview(Map<String, String> env, String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("interview"));
        all.addAll(List.of(args));
        if (!all.contains("--bank") && !env.containsKey("GRU_DRILL_BANK")) {
            // Questions 17, 42 and 47 without a model answer, to test what happens to those.
            all.addAll(List.of("--bank", bank().toString()));
        }
        Map<String, String> withHome = new HashMap<>(env);
        withHome.putIfAbsent("HOME", dir.resolve("home").toString());
        return CliRun.run(new Context(withHome, false, false,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Clock.systemUTC()),
                all.toArray(String[]::new));
    }

    Path bank() {
        Path bank = dir.resolve("bank");
        return Files.isDirectory(bank) ? bank : dev.grudrill.bank.TestBanks.folderWithUnwritten(bank, "gru-17",
                "gru-42", "gru-47");
    }

    List<JsonNode> history(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("history.jsonl"))) {
            out.add(json.readTree(line));
        }
        return out;
    }

    @Test
    void aScriptedInterviewPrintsTheReportAndKeepsEveryAnswer() throws IOException {
        Path data = dir.resolve("data");
        CliRun run = interview(GOOD_Q2 + "\n.\nThe output gate controls the output.\n.\n", "--ids", "2,6",
                "--data-dir", data.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Covered 6 of 6 key points (100%)"), run.out());
        assertTrue(run.out().contains("matched reset gate & update gate: \"reset gate\" + \"update gate\""), run.out());
        assertTrue(run.out().contains("⚠ You said \"output gate"), run.out());
        assertTrue(run.out().contains("Interview summary"), run.out());
        assertTrue(run.out().contains("Overall: mean coverage 50% over 2 questions · Again 1 · Easy 1"), run.out());
        assertFalse(run.out().contains("What are the two gates in GRU and their functions?\n\nNo time limit"),
                "prompts go to stderr");
        assertTrue(run.err().contains("Question 1 of 2 · gru-02"), run.err());
        assertTrue(run.err().contains("2 answers kept in " + data.toAbsolutePath().resolve("history.jsonl")), run.err());
        List<JsonNode> records = history(data);
        assertEquals(2, records.size());
        assertEquals("gru-02", records.get(0).get("questionId").asText());
        assertEquals("easy", records.get(0).get("grade").asText());
        assertEquals(1.0, records.get(0).get("coverage").asDouble());
        assertEquals("[0]", records.get(1).get("misconceptions").toString());
        assertEquals(records.get(0).get("interviewId"), records.get(1).get("interviewId"));
    }

    @Test
    void gradeOverridesTheSuggestionAndUnwrittenQuestionsAreOnlyKeptWithIt() throws IOException {
        Path data = dir.resolve("d");
        CliRun run = interview("some answer\n.\nanother\n.\n", "--ids", "17,gru-02", "--data-dir", data.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("No model answer is written for gru-17 yet"), run.out());
        assertTrue(run.out().contains("Not kept in the history: nothing to grade against"), run.out());
        assertEquals(1, history(data).size());

        CliRun graded = interview("some answer\n.\n", "--ids", "17", "--grade", "hard", "--data-dir", data.toString());
        assertEquals(0, graded.code(), graded.err());
        JsonNode last = history(data).get(1);
        assertEquals("gru-17", last.get("questionId").asText());
        assertEquals("hard", last.get("grade").asText());
        assertTrue(last.get("coverage").isNull());
    }

    @Test
    void interviewGradesAreReviewsOfTheirCardsAndTheChoicesShowTheNextIntervals() throws IOException {
        Path data = dir.resolve("data");
        CliRun first = interview(GOOD_Q2 + "\n.\nThe output gate controls the output.\n.\n", "--ids", "2,6",
                "--data-dir", data.toString(), "--grade", "good");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("1 Again (1m) · 2 Hard (6m) · 3 Good (10m) · 4 Easy (8d)\n"
                + "Grade: Good (from --grade); kept in the history, next review in 10m."), first.out());
        JsonNode cards = new ObjectMapper().readTree(data.resolve("cards.json").toFile()).get("cards");
        assertEquals(List.of("gru-02", "gru-06"), iterable(cards.fieldNames()));
        assertEquals("learning", cards.get("gru-02").get("state").textValue());
        assertEquals(1, cards.get("gru-02").get("reps").intValue());

        CliRun second = interview(GOOD_Q2 + "\n.\n", "--ids", "2", "--data-dir", data.toString(), "--grade", "good");
        assertTrue(second.out().contains("Grade: Good (from --grade); kept in the history, next review in 2d."),
                second.out());
        cards = new ObjectMapper().readTree(data.resolve("cards.json").toFile()).get("cards");
        assertEquals("review", cards.get("gru-02").get("state").textValue());
        assertEquals(2, cards.get("gru-02").get("reps").intValue());
        assertEquals(3, new ObjectMapper().readTree(data.resolve("cards.json").toFile()).get("history").get("records")
                .intValue());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void skippingAndRunningOutOfInputEndTheInterviewCleanly() throws IOException {
        Path data = dir.resolve("d");
        CliRun run = interview("/skip\n.\nreset gate\n", "--ids", "6,2,6", "--data-dir", data.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Question 1 (gru-06): skipped."), run.out());
        assertTrue(run.out().contains("The interview was ended when the input ran out during question 3."), run.out());
        assertEquals(1, history(data).size(), "the last block may omit its '.'");
    }

    @Test
    void theSameSeedAsksTheSameQuestionsAndTheReportIsWritten() throws IOException {
        Path report = dir.resolve("report.md");
        CliRun a = interview("x\n.\n", "--questions", "1", "--seed", "7", "--data-dir", dir.resolve("d").toString(),
                "--report", report.toString());
        CliRun b = interview("x\n.\n", "--questions", "1", "--seed", "7", "--data-dir", dir.resolve("d").toString());
        assertEquals(0, a.code(), a.err());
        String first = a.out().lines().filter(l -> l.matches("1 +gru-.*")).findFirst().orElseThrow();
        assertEquals(first, b.out().lines().filter(l -> l.matches("1 +gru-.*")).findFirst().orElseThrow());
        String md = Files.readString(report);
        assertTrue(md.startsWith("# Mock interview\n\nOverall:"), md);
        assertTrue(md.contains("| # | Question | Time | Coverage | Grade |"), md);
        assertTrue(md.contains("Seed 7."), md);
        assertTrue(a.err().contains("report written to " + report), a.err());
    }

    @Test
    void theDataFolderComesFromTheEnvironmentWhenNotGiven() {
        Path xdg = dir.resolve("xdg");
        assertEquals(0, interview(Map.of("XDG_DATA_HOME", xdg.toString()), "x\n.\n", "--ids", "2").code());
        assertTrue(Files.exists(xdg.resolve("gru-drill/history.jsonl")));
        Path home = dir.resolve("gd-home");
        assertEquals(0, interview(Map.of("XDG_DATA_HOME", xdg.toString(), "GRU_DRILL_HOME", home.toString()), "x\n.\n",
                "--ids", "2").code());
        assertTrue(Files.exists(home.resolve("history.jsonl")));
        assertEquals(0, interview("x\n.\n", "--ids", "2").code());
        assertTrue(Files.exists(dir.resolve("home/.local/share/gru-drill/history.jsonl")));
    }

    @Test
    void aCorruptHistoryIsMovedAsideWithAMessageAndTheInterviewGoesOn() throws IOException {
        Path data = Files.createDirectories(dir.resolve("d"));
        Files.writeString(data.resolve("history.jsonl"), "{\"schemaVersion\":1,\"trunc");
        CliRun run = interview("reset gate\n.\n", "--ids", "2", "--data-dir", data.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("1 unreadable line (first: line 1 (the last, incomplete) is not JSON); the whole"
                + " file was moved to history.jsonl.corrupt-"), run.err());
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("history.jsonl.corrupt-")).count());
        }
        assertEquals(1, history(data).size());
    }

    @Test
    void aNewerHistoryIsRefusedBeforeAnyQuestion() throws IOException {
        Path data = Files.createDirectories(dir.resolve("d"));
        Files.writeString(data.resolve("history.jsonl"), "{\"schemaVersion\":9}\n");
        CliRun run = interview("x\n.\n", "--ids", "2", "--data-dir", data.toString());
        assertEquals(3, run.code());
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().contains("has schemaVersion 9, newer than this gru-drill reads (1)"), run.err());
        assertEquals("{\"schemaVersion\":9}\n", Files.readString(data.resolve("history.jsonl")));
    }

    @Test
    void anUnusableDataFolderIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CliRun run = interview("x\n.\n", "--ids", "2", "--data-dir", file.resolve("sub").toString());
        assertEquals(3, run.code());
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().contains("cannot create the data folder " + file.resolve("sub")), run.err());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--time 0                      | 2 | --time: '0' is not a duration (examples: 90s, 2m",
        "--time 0s                     | 2 | --time must be more than 0s, not '0s'",
        "--time soon                   | 2 | --time: 'soon' is not a duration",
        "--total 0s                    | 2 | --total must be more than 0s",
        "--questions 0                 | 2 | --questions must be 1 or more, not 0",
        "--questions x                 | 2 | Invalid value for option '--questions'",
        "--difficulty 4                | 2 | --difficulty must be 1, 2 or 3",
        "--topic nope                  | 2 | 'nope' is not a topic",
        "--ids 0,51,x                  | 1 | no question 0 (questions are numbered 1-50)",
        "--ids 6,x                     | 1 | no question 'x'",
        "--ids 2,,6                    | 2 | --ids has an empty entry",
        "--ids 2 --topic gates         | 2 | --ids picks the questions itself",
        "--grade perfect               | 2 | --grade must be again, hard, good or easy, not 'perfect'",
        "--report /no/such/dir/r.md    | 2 | --report: folder /no/such/dir does not exist",
        "--topic deployment            | 1 | no question with a written model answer matches --topic deployment",
        "--tmie 2m                     | 2 | Unknown options: '--tmie'",
    })
    void badInputGetsOneClearLine(String args, int code, String message) {
        CliRun run = interview("x\n.\n", (args + " --data-dir " + dir.resolve("d")).split(" +"));
        assertEquals(code, run.code(), run.err());
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertTrue(run.err().startsWith("gru-drill interview: "), run.err());
        assertFalse(Files.exists(dir.resolve("d/history.jsonl")), "nothing written on bad input");
    }

    @Test
    @Timeout(60)
    void inATerminalTheInterviewIsInteractiveAndKeepsTheConfirmedGrade() throws Exception {
        TestTerminal screen = new TestTerminal("xterm-256color");
        TestTerminal.ManualClock clock = new TestTerminal.ManualClock();
        Path data = dir.resolve("d");
        Context context = new Context(Map.of("HOME", dir.toString()), true, true, InputStream.nullInputStream(), clock,
                screen);
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread runner = new Thread(() -> result.set(CliRun.run(context, "interview", "--ids", "2", "--time", "1m",
                "--data-dir", data.toString(), "--color", "never")));
        runner.start();
        screen.await("1:00 left of 1:00");
        screen.await("Question 1 of 1 · gru-02");
        screen.type("reset gate and update gate\u0004");
        screen.await("Suggested grade: Again");
        screen.type("2");
        screen.await("f: a bonus follow-up");
        screen.type("\r");
        screen.await("Interview summary");
        runner.join();
        assertEquals(0, result.get().code(), result.get().err());
        assertTrue(result.get().err().contains("1 answer kept in"), result.get().err());
        assertEquals("hard", history(data).get(0).get("grade").asText());
        assertEquals(60, history(data).get(0).get("allowedSeconds").asInt());
    }

    @Test
    void gradeIsRefusedInATerminal() throws Exception {
        Context context = new Context(Map.of("HOME", dir.toString()), true, true, InputStream.nullInputStream(),
                Clock.systemUTC(), new TestTerminal("dumb"));
        CliRun run = CliRun.run(context, "interview", "--ids", "2", "--grade", "good");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--grade is for plain mode"), run.err());
    }

    @Test
    void helpShowsTheKeysPlainModeAndTheDataFolder() {
        CliRun run = CliRun.run("interview", "--help");
        assertEquals(0, run.code());
        for (String expected : List.of("Ctrl-D submits", "/skip", "Ctrl-C asks whether to end", "1-4 picks",
                "d shows the model answer's details", "f asks a bonus follow-up", "Plain mode", "line holding only '.'",
                "XDG_DATA_HOME", "--no-timer", "--report", "Exit codes:")) {
            assertTrue(run.out().replaceAll("\\s+", " ").contains(expected), expected + " in\n" + run.out());
        }
    }
}
