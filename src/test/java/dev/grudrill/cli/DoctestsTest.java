package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.bank.Answer;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.Problem;
import dev.grudrill.bank.Question;
import dev.grudrill.bank.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DoctestsTest {
    private static final String PARAMS_OUTPUT = """
            nn.GRU(input_size=10, hidden_size=20): 1,920 parameters

              3·H·(I + H + 2)
                = 3·20·(10 + 20 + 2)
                = 1,920

              tensor        shape     count
              weight_ih_l0  (60, 10)    600
              weight_hh_l0  (60, 20)  1,200
              bias_ih_l0    (60)         60
              bias_hh_l0    (60)         60
              total                   1,920
            """;

    @TempDir
    Path dir;

    private static Card card(String markdown, List<String> calc) {
        Question q = new Question("gru-02", "gru", 2, "What are the two gates?", List.of(Topic.values()[0]), 1,
                Duration.ofMinutes(2));
        Answer a = new Answer("gru-02", true, markdown, "short", null, List.of(), List.of(), List.of(), List.of(),
                calc, 5);
        return new Card(q, a);
    }

    private static List<Problem> check(String markdown, String... calc) {
        return Doctests.check(card(markdown, List.of(calc)), "answers/gru-02.md");
    }

    @Test
    void aBlockWhoseOutputMatchesPasses() {
        String md = "## Short answer\n\nText.\n\n```\n$ gru-drill calc params --input 10 --hidden 20\n"
                + PARAMS_OUTPUT + "```\n";
        assertEquals(List.of(), check(md, "gru-drill calc params --input 10 --hidden 20"));
    }

    @Test
    void aBlockWithAWrongNumberNamesTheFileLineAndFirstDifference() {
        String md = "## Short answer\n\nText.\n\n```\n$ gru-drill calc params --input 10 --hidden 20\n"
                + PARAMS_OUTPUT.replace("1,200", "1,300") + "```\n";
        List<Problem> problems = check(md);
        assertEquals(1, problems.size(), problems.toString());
        // Markdown starts at line 5; the command is its 6th line (10) and the differing output the 9th below.
        assertEquals("answers/gru-02.md:19: doctest `gru-drill calc params --input 10 --hidden 20` output differs"
                + " at line 9: expected '  weight_hh_l0  (60, 20)  1,300', got '  weight_hh_l0  (60, 20)  1,200'",
                problems.get(0).toString());
    }

    @Test
    void missingOrExtraOutputLinesAreReported() {
        String md = "```\n$ gru-drill calc forward --hidden 1 --x 1 --seed 1 --format json\n{\n```\n";
        List<Problem> problems = check(md);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("prints more than the answer shows"), problems.toString());
    }

    @Test
    void aCalcEntryThatFailsIsAProblem() {
        List<Problem> problems = check("## Short answer\n\nText.\n", "gru-drill calc params --input 0 --hidden 20",
                "gru-drill calc params --input 1 --hidden 2");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("answers/gru-02.md: calc entry `gru-drill calc params --input 0 --hidden 20` exited 2:"
                + " gru-drill calc params: the input size must be 1 or more, not 0", problems.get(0).toString());
    }

    @Test
    void onlyPlainCalcArgumentListsMayRun() {
        Path marker = dir.resolve("marker");
        List<Problem> problems = check("```\n$ gru-drill bank import x.md --out " + dir + "\n```\n",
                "gru-drill show 1", "gru-drill calc params --input 1 --hidden 2; touch " + marker,
                "gru-drill calc sequence --input 1 --hidden 1 --weights /etc/passwd --steps 1");
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("is not a gru-drill calc command"), problems.toString());
        assertTrue(problems.get(1).message().contains("is not a gru-drill calc command"));
        assertTrue(problems.get(2).message().contains("no quotes or shell syntax"));
        assertTrue(problems.get(3).message().contains("reads a file (--weights)"));
        assertTrue(Files.notExists(marker));
    }

    @Test
    @Timeout(30)
    void aCalculationTooLargeForADoctestIsRefusedWithoutRunning() {
        List<Problem> problems = check("## Short answer\n\nText.\n",
                "gru-drill calc backward --input 4096 --hidden 4096 --layers 16 --steps 100000 --seed 1 --check",
                "gru-drill calc gradient-flow --hidden 4096 --max-steps 100000",
                "gru-drill calc gates --input=2000 --hidden=2000 --steps=2000 --seed 1",
                "gru-drill calc backward --input 3 --hidden 4 --layers 2 --bidirectional --seed 7 --steps 5 --check");
        assertEquals(3, problems.size(), problems.toString());
        for (Problem problem : problems) {
            assertTrue(problem.message().contains("is too large for a doctest"), problem.toString());
        }
    }

    @Test
    void bankCheckReportsDoctestProblemsWithExitThree() throws Exception {
        Files.createDirectories(dir.resolve("questions"));
        Files.createDirectories(dir.resolve("answers"));
        Files.writeString(dir.resolve("questions/t.yaml"), """
                schemaVersion: 1
                deck: t
                title: test
                questions:
                  - id: t-01
                    number: 1
                    prompt: "How many parameters?"
                    topics: [math]
                    difficulty: 1
                    time: 2m
                """);
        Files.writeString(dir.resolve("answers/t-01.md"), """
                ---
                id: t-01
                calc:
                  - gru-drill calc params --input 10 --hidden 20 --cell nope
                ---
                ## Short answer

                It has 1,920.

                ```
                $ gru-drill calc params --input 10 --hidden 20 --format csv
                tensor,shape,count
                weight_ih_l0,"(60, 10)",600
                weight_hh_l0,"(60, 20)",1200
                bias_ih_l0,(60),60
                bias_hh_l0,(60),61
                total,,1920
                ```
                """);
        Cli r = Cli.run("bank", "check", "--bank", dir.toString());
        assertEquals(3, r.code());
        String prefix = dir + "/answers/t-01.md";
        assertTrue(r.out().contains(prefix + ":16: doctest `gru-drill calc params --input 10 --hidden 20 --format csv`"
                + " output differs at line 5: expected 'bias_hh_l0,(60),61', got 'bias_hh_l0,(60),60'"), r.out());
        assertTrue(r.out().contains(prefix + ": calc entry `gru-drill calc params --input 10 --hidden 20 --cell nope`"
                + " exited 2"), r.out());
    }
}
