package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the importer accepts, the bank it writes loads: found by the loader fuzzer, a seed answer with a
 * {@code ## …} line was imported (exit 0) into a bank that 'bank check' then refused.
 */
class SeedImportTest {
    @TempDir
    Path dir;

    private static List<String> problems(String seedText) {
        List<Problem> problems = new ArrayList<>();
        SeedMarkdown.parse(seedText, "seed.md", problems);
        return problems.stream().map(Problem::toString).toList();
    }

    private static String seed(String heading, String prompt, String answer) {
        return "# T\n\n" + heading + "\n\n**" + prompt + "**\n\n**Answer:** " + answer + "\n\n---\n";
    }

    @Test
    void anAnswerWithAnotherLevelTwoHeadingIsRefusedWithItsLine() {
        assertEquals(List.of("seed.md:9: question 1: the answer has the heading '## Short answer'; an answer may only"
                + " have '## Details' (once) at that level: use '###' for the others"),
                problems(seed("## Question 1", "Why?", "Because.\n\n## Short answer\n\nMore.")));
        assertEquals(List.of("seed.md:7: question 1: the answer has the heading '## Intro'; an answer may only have"
                + " '## Details' (once) at that level: use '###' for the others"),
                problems(seed("## Question 1", "Why?", "## Intro")));
    }

    @Test
    void oneDetailsHeadingWithTextOnBothSidesImportsAndLoads() throws IOException {
        String text = seed("## Question 1", "Why?", "Short.\n\n## Details\n\nLonger.\n\n```\n## not a heading\n```");
        List<Problem> found = new ArrayList<>();
        SeedMarkdown.Seed seed = SeedMarkdown.parse(text, "seed.md", found);
        assertEquals(List.of(), found);
        new BankWriter().writeSeed(seed, "t", "seed.md", dir.resolve("t"));
        Answer answer = new BankLoader().load(dir.resolve("t"), "t/").orThrow().find("t-01").orElseThrow().answer();
        assertEquals("Short.", answer.shortAnswer());
        assertEquals("Longer.\n\n```\n## not a heading\n```", answer.details());
    }

    @Test
    void emptySectionsAroundDetailsAreRefused() {
        assertEquals(List.of("seed.md:7: question 1: the answer has no text before '## Details'"),
                problems(seed("## Question 1", "Why?", "## Details\n\nLonger.")));
        assertEquals(List.of("seed.md:9: question 1: the answer has nothing after '## Details'"),
                problems(seed("## Question 1", "Why?", "Short.\n\n## Details")));
    }

    @Test
    void questionZeroAndAnEmptyPromptAreRefused() {
        assertEquals(List.of("seed.md:3: question numbers start at 1, not 0"),
                problems(seed("## Question 0", "Why?", "_[To be filled]_")));
        assertEquals(List.of("seed.md:5: question 1: the prompt is empty"),
                problems(seed("## Question 1", "   ", "_[To be filled]_")));
    }
}
