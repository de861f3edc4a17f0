package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedMarkdownTest {
    static final Path SEED = Path.of("src/test/resources/seed/gru-questions.md");

    @TempDir
    Path dir;

    private static String seed() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    @Test
    void parsesTheSeed() throws IOException {
        List<Problem> problems = new ArrayList<>();
        SeedMarkdown.Seed seed = SeedMarkdown.parse(seed(), "seed.md", problems);
        assertEquals(List.of(), problems);
        assertEquals("GRU Interview Questions - Theory Questions", seed.title());
        assertEquals(50, seed.entries().size());
        assertEquals("Derive the complete GRU forward pass equations.", seed.entries().get(5).prompt());
        assertNull(seed.entries().get(5).answer());
    }

    @Test
    void importThenExportReproducesTheSeedExactly() throws IOException {
        SeedMarkdown.Seed seed = SeedMarkdown.parse(seed(), "seed.md", new ArrayList<>());
        new BankWriter().writeSeed(seed, "gru", "seed.md", dir.resolve("bank"));
        Bank bank = new BankLoader().load(dir.resolve("bank"), "bank/").orThrow();
        assertEquals(seed(), SeedMarkdown.write(bank.decks().get(0), bank));
    }

    @Test
    void writtenAnswersSurviveTheRoundTrip() throws IOException {
        String text = "# T\n\n## Question 1\n\n**Why gates?**\n\n**Answer:** Because they learn.\n\nSecond line.\n\n---\n";
        SeedMarkdown.Seed seed = SeedMarkdown.parse(text, "t.md", new ArrayList<>());
        assertEquals("Because they learn.\n\nSecond line.", seed.entries().get(0).answer());
        new BankWriter().writeSeed(seed, "t", "t.md", dir.resolve("t"));
        Bank bank = new BankLoader().load(dir.resolve("t"), "t/").orThrow();
        assertEquals("Because they learn.\n\nSecond line.", bank.resolve("1", null).answer().shortAnswer());
    }

    @Test
    void malformedSeedNamesTheLine() {
        List<Problem> problems = new ArrayList<>();
        SeedMarkdown.parse("# T\n\n## Question 1\n\nno bold prompt\n", "t.md", problems);
        assertEquals("t.md:5: question 1: expected the prompt in bold (**...**)", problems.get(0).toString());
    }

    @Test
    void refusesToImportOverExistingFiles() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        SeedMarkdown.Seed seed = SeedMarkdown.parse(seed(), "seed.md", new ArrayList<>());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new BankWriter().writeSeed(seed, "gru", "seed.md", dir));
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
    }
}
