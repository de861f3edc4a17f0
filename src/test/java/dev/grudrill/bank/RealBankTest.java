package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repository's own bank: it must load cleanly, hold the seed's 50 prompts verbatim, and keep its rules. */
class RealBankTest {
    static final Path REPOSITORY = Path.of("");

    static Bank bank() {
        return new BankLoader().load(REPOSITORY.toAbsolutePath(), "").orThrow();
    }

    @Test
    void loadsWithoutProblems() {
        assertEquals(List.of(), new BankLoader().load(REPOSITORY.toAbsolutePath(), "").problems());
    }

    @Test
    void theBundledCopyIsTheSame() {
        Bank bundled = new BankLoader().loadBundled().orThrow();
        assertEquals(bank().cards(), bundled.cards());
    }

    @Test
    void holdsTheSeedPromptsVerbatim() throws IOException {
        String seed = Files.readString(Path.of("src/test/resources/seed/gru-questions.md"), StandardCharsets.UTF_8);
        SeedMarkdown.Seed parsed = SeedMarkdown.parse(seed, "seed", new ArrayList<>());
        List<Card> cards = bank().cards();
        assertEquals(50, cards.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(parsed.entries().get(i).prompt(), cards.get(i).question().prompt());
            assertEquals(String.format("gru-%02d", i + 1), cards.get(i).id());
        }
    }

    @Test
    void everyWrittenAnswerKeepsTheRules() {
        List<Problem> problems = new ArrayList<>();
        for (Card card : bank().cards()) {
            problems.addAll(AnswerRules.check(card, card.id()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyAnswerIsWritten() {
        assertEquals(List.of(), bank().cards().stream().filter(c -> !c.answer().written()).map(Card::id).toList());
    }
}
