package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankLoaderTest {
    @TempDir
    Path dir;

    BankFixture bank;

    @BeforeEach
    void setUp() throws IOException {
        bank = new BankFixture(dir);
    }

    /** The only problem, as its one-line text. */
    private String onlyProblem(LoadResult result) {
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        return result.problems().get(0).toString();
    }

    @Test
    void aValidBankLoadsWithItsAnswers() {
        LoadResult result = bank.load();
        assertEquals(List.of(), result.problems());
        Bank loaded = result.orThrow();
        assertEquals(2, loaded.cards().size());
        Card first = loaded.resolve("1", null);
        assertEquals("demo-01", first.id());
        assertTrue(first.answer().written());
        assertEquals("It decides how much of h_{t-1} the candidate sees.", first.answer().shortAnswer());
        assertEquals("More words here.", first.answer().details());
        assertEquals(List.of("reset gate & candidate"), first.answer().keyPoints().get(0).terms());
        assertFalse(loaded.resolve("demo-02", null).answer().written());
        assertEquals(java.time.Duration.ofSeconds(90), loaded.resolve("2", null).question().suggestedTime());
    }

    @Test
    void malformedYamlNamesFileAndLine() throws IOException {
        bank.deck("demo.yaml", BankFixture.DECK.replace("topics: [gates]", "topics: [gates"));
        String problem = onlyProblem(bank.load());
        assertTrue(problem.startsWith("bank/questions/demo.yaml:"), problem);
        assertTrue(problem.matches("bank/questions/demo\\.yaml:\\d+: .+"), problem);
    }

    @Test
    void malformedJsonDeckNamesFileAndLine() throws IOException {
        Files.delete(dir.resolve("questions/demo.yaml"));
        bank.deck("demo.json", "{\"schemaVersion\": 1,\n \"deck\": \"demo\",\n \"questions\": [ {\"id\": }\n]}");
        String problem = onlyProblem(bank.load());
        assertTrue(problem.startsWith("bank/questions/demo.json:3: "), problem);
    }

    @Test
    void unknownFieldIsReportedWithTheKnownOnes() throws IOException {
        bank.deck("demo.yaml", BankFixture.DECK.replace("difficulty: 1", "difficulty: 1\n    topic: gates"));
        String problem = onlyProblem(bank.load());
        assertTrue(problem.contains("unknown field 'topic' in questions[0]"), problem);
        assertTrue(problem.contains("known fields: difficulty, id, number, prompt, time, topics"), problem);
        assertTrue(problem.startsWith("bank/questions/demo.yaml:10: "), problem);
    }

    @Test
    void unknownFieldInFrontMatterCountsLinesFromTheFileStart() throws IOException {
        bank.answer("demo-01", BankFixture.WRITTEN_ANSWER.replace("followUps:", "followups:"));
        String problem = onlyProblem(bank.load());
        assertTrue(problem.startsWith("bank/answers/demo-01.md:10: unknown field 'followups'"), problem);
    }

    @Test
    void duplicateIdAcrossDecks() throws IOException {
        bank.deck("other.yaml", BankFixture.DECK.replace("deck: demo", "deck: other").replace("demo-02", "other-02"));
        bank.answer("other-02", "---\nid: other-02\n---\nNot written yet.\n");
        String problem = onlyProblem(bank.load());
        assertEquals("bank/questions/other.yaml: duplicate id 'demo-01' (also in bank/questions/demo.yaml)", problem);
    }

    @Test
    void duplicateKeyInYaml() throws IOException {
        bank.deck("demo.yaml", BankFixture.DECK.replace("time: 2m", "time: 2m\n    time: 3m"));
        String problem = onlyProblem(bank.load());
        assertTrue(problem.contains("Duplicate field 'time'"), problem);
        assertTrue(problem.startsWith("bank/questions/demo.yaml:11: "), problem);
    }

    @Test
    void tabsInYamlAreAnErrorWithALine() throws IOException {
        bank.deck("demo.yaml", BankFixture.DECK.replace("    number: 1", "\tnumber: 1"));
        String problem = onlyProblem(bank.load());
        assertTrue(problem.matches("bank/questions/demo\\.yaml:\\d+: .*"), problem);
    }

    @Test
    void answerWithoutQuestion() throws IOException {
        bank.answer("demo-03", "---\nid: demo-03\n---\nNot written yet.\n");
        assertEquals("bank/answers/demo-03.md: answer without a question: no deck has a question 'demo-03'",
                onlyProblem(bank.load()));
    }

    @Test
    void questionWithoutAnswerFile() throws IOException {
        Files.delete(dir.resolve("answers/demo-02.md"));
        assertEquals("bank/answers/demo-02.md: missing: question demo-02 (deck demo) has no answer file",
                onlyProblem(bank.load()));
    }

    @Test
    void missingRequiredFieldIsNamed() throws IOException {
        bank.deck("demo.yaml", BankFixture.DECK.replace("    prompt: \"Count the parameters of a GRU layer.\"\n", ""));
        assertEquals("bank/questions/demo.yaml: questions[1] (demo-02): missing required field 'prompt'",
                onlyProblem(bank.load()));
    }

    @Test
    void wrongTypeIsExplained() throws IOException {
        bank.deck("demo.yaml", BankFixture.DECK.replace("difficulty: 1", "difficulty: easy"));
        String problem = onlyProblem(bank.load());
        assertTrue(problem.contains("field 'questions[0].difficulty' should be a whole number, not 'easy'"), problem);
    }

    @Test
    void newerSchemaVersionAsksForAnUpdate() throws IOException {
        bank.deck("demo.yaml", BankFixture.DECK.replace("schemaVersion: 1", "schemaVersion: 2"));
        String problem = onlyProblem(bank.load());
        assertTrue(problem.contains("schemaVersion 2 is newer than this gru-drill reads (1)"), problem);
    }

    @Test
    void unknownTopicListsTheVocabulary() throws IOException {
        bank.deck("demo.yaml", BankFixture.DECK.replace("[gates]", "[gating]"));
        String problem = onlyProblem(bank.load());
        assertTrue(problem.contains("unknown topic 'gating' (topics: architecture, gates, math"), problem);
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws IOException {
        byte[] bytes = "---\nid: demo-02\n---\nNot written \u00e9t\u00e9.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("answers/demo-02.md"), bytes);
        assertEquals("bank/answers/demo-02.md:4: not valid UTF-8 (byte 32)", onlyProblem(bank.load()));
    }

    @Test
    void oversizedFileIsRefusedWithoutReadingIt() throws IOException {
        BankFixture.write(dir.resolve("answers/demo-02.md"), "---\nid: demo-02\n---\n" + "x".repeat(2_000_000));
        assertEquals("bank/answers/demo-02.md: file is 2.0 MB; bank files are limited to 1 MB",
                onlyProblem(bank.load()));
    }

    @Test
    void emptyAnswerFileNeedsFrontMatter() throws IOException {
        bank.answer("demo-02", "");
        assertEquals("bank/answers/demo-02.md:1: must start with a '---' line opening the YAML front matter",
                onlyProblem(bank.load()));
    }

    @Test
    void bodyWithoutShortAnswerIsRejected() throws IOException {
        bank.answer("demo-02", "---\nid: demo-02\n---\nSome text without a heading.\n");
        String problem = onlyProblem(bank.load());
        assertTrue(problem.startsWith("bank/answers/demo-02.md:4: the body must start with '## Short answer'"), problem);
    }

    @Test
    void headingsInsideCodeBlocksDoNotCount() throws IOException {
        bank.answer("demo-01", BankFixture.WRITTEN_ANSWER.replace("More words here.", "```\n## not a heading\n```"));
        assertEquals(List.of(), bank.load().problems());
    }

    @Test
    void thirdSectionIsRejected() throws IOException {
        bank.answer("demo-01", BankFixture.WRITTEN_ANSWER + "\n## Extra\n\nmore\n");
        String problem = onlyProblem(bank.load());
        assertTrue(problem.contains("no other level-2 heading"), problem);
    }

    @Test
    void notWrittenWithFrontMatterContentIsRejected() throws IOException {
        bank.answer("demo-02", "---\nid: demo-02\nfollowUps: [\"x\"]\n---\nNot written yet.\n");
        assertTrue(onlyProblem(bank.load()).contains("says 'Not written yet.' but its front matter has content"));
    }

    @Test
    void idMustMatchFileName() throws IOException {
        bank.answer("demo-02", "---\nid: demo-01\n---\nNot written yet.\n");
        assertEquals("bank/answers/demo-02.md:2: id 'demo-01' does not match the file name ('demo-02')",
                onlyProblem(bank.load()));
    }

    @Test
    void aDeckThatCannotBeReadDoesNotMakeItsAnswersLookOrphaned(@TempDir Path elsewhere) throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("demo.yaml"), BankFixture.DECK);
        Files.delete(dir.resolve("questions/demo.yaml"));
        Files.createSymbolicLink(dir.resolve("questions/demo.yaml"), outside);
        assertEquals("bank/questions/demo.yaml: points outside the bank folder; refusing to read it",
                onlyProblem(bank.load()));
    }

    @Test
    void aFolderWithoutQuestionsAndAnswersIsNotABank() throws IOException {
        Files.delete(dir.resolve("questions/demo.yaml"));
        try (var answers = Files.list(dir.resolve("answers"))) {
            for (Path answer : answers.toList()) {
                Files.delete(answer);
            }
        }
        Files.delete(dir.resolve("questions"));
        Files.delete(dir.resolve("answers"));
        assertEquals("bank: is not a bank: a bank holds questions/ and answers/ folders", onlyProblem(bank.load()));
    }

    @Test
    void everyProblemIsListedAtOnce() throws IOException {
        bank.answer("demo-02", "no front matter");
        bank.answer("demo-09", "---\nid: demo-09\n---\nNot written yet.\n");
        bank.deck("notes.txt", "hello");
        List<Problem> problems = bank.load().problems();
        assertEquals(3, problems.size(), problems::toString);
        BankException e = assertThrows(BankException.class, () -> bank.load().orThrow());
        assertEquals(problems, e.problems());
    }

    @Test
    void symlinkPointingOutsideTheBankIsRefused() throws IOException {
        Path outside = Files.createTempFile("outside", ".md");
        try {
            Files.delete(dir.resolve("answers/demo-02.md"));
            Files.createSymbolicLink(dir.resolve("answers/demo-02.md"), outside);
            List<Problem> problems = bank.load().problems();
            assertTrue(problems.stream().anyMatch(p -> p.toString().equals(
                    "bank/answers/demo-02.md: points outside the bank folder; refusing to read it")), problems::toString);
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void missingFolderIsOneProblem() {
        LoadResult result = new BankLoader().load(dir.resolve("nope"), "nope/");
        assertEquals("nope: no such folder", onlyProblem(result));
    }

    @Test
    void aSecondDeckDropsInWithoutCodeChanges() throws IOException {
        bank.deck("lstm.yaml", BankFixture.DECK.replace("deck: demo", "deck: lstm").replace("demo-0", "lstm-0"));
        bank.answer("lstm-01", "---\nid: lstm-01\n---\nNot written yet.\n");
        bank.answer("lstm-02", "---\nid: lstm-02\n---\nNot written yet.\n");
        Bank loaded = bank.load().orThrow();
        assertEquals(4, loaded.cards().size());
        assertEquals("lstm-02", loaded.resolve("2", "lstm").id());
        assertEquals("lstm-01", loaded.resolve("lstm-01", null).id());
        AmbiguousNumberException e = assertThrows(AmbiguousNumberException.class, () -> loaded.resolve("1", null));
        assertTrue(e.getMessage().contains("demo-01, lstm-01"), e.getMessage());
    }

    @Test
    void unknownIdOrNumberIsNotFound() {
        Bank loaded = bank.load().orThrow();
        assertEquals("no question 3 (questions are numbered 1-2)",
                assertThrows(NotFoundException.class, () -> loaded.resolve("3", null)).getMessage());
        assertThrows(NotFoundException.class, () -> loaded.resolve("0", null));
        assertThrows(NotFoundException.class, () -> loaded.resolve("abc", null));
        assertThrows(NotFoundException.class, () -> loaded.resolve("99999999999", null));
    }
}
