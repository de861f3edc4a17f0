package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems quote files; what they quote stays on one line and cannot drive a terminal. */
class ProblemTest {

    /** Found by the loader fuzzer: a lone carriage return in a seed list split the problem in two. */
    @Test
    void aCarriageReturnInAQuotedLineIsShownEscaped() {
        List<Problem> problems = new ArrayList<>();
        SeedMarkdown.parse("# T\n\n## Question 1\n\n**Why?**\n\n**Answer:** x\n\n---\n\r## Question 2\n", "seed.md",
                problems);
        assertEquals(List.of("seed.md:10: expected '## Question N', found '\\u000d## Question 2'"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void escapeSequencesAndBidiOverridesInAQuotedValueAreShownEscaped() {
        List<Problem> problems = new ArrayList<>();
        String deck = "schemaVersion: 1\ndeck: demo\nquestions:\n  - id: demo-01\n    number: 1\n    prompt: p\n"
                + "    topics: [\"\\e[2J\\u202Egates\"]\n    difficulty: 1\n    time: 2m\n";
        new DeckFile(new YAMLMapper()).parse(deck, "demo", "questions/demo.yaml", problems);
        assertEquals(1, problems.size());
        assertEquals("questions/demo.yaml: questions[0] (demo-01): unknown topic '\\u001b[2J\\u202egates' (topics: "
                + Topic.labels() + ")", problems.get(0).toString());
    }

    @Test
    void aFileNameWithALineBreakStaysOnOneLine() {
        assertEquals("bank/questions/a\\u000ab.yaml: no such file",
                new Problem("bank/questions/a\nb.yaml", 0, "no such file").toString());
    }
}
