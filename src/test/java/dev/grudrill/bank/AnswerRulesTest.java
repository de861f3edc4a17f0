package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {
    @Test
    void aThinAnswerBreaksEveryRule() {
        Card card = RealBankTest.bank().find("gru-02").orElseThrow();
        Answer thin = new Answer("gru-02", true, "## Short answer\n\nToo short.\n", "Too short.", null,
                List.of(), List.of(), List.of("one"), List.of(), List.of(), 5);
        List<String> problems = AnswerRules.check(new Card(card.question(), thin), "gru-02.md").stream()
                .map(Problem::toString).toList();
        assertEquals(List.of(
                "gru-02.md: rule: short answer has 2 words; write 40-90",
                "gru-02.md: rule: details have 0 words of prose (code blocks not counted); write 200-600",
                "gru-02.md: rule: has 0 key points; give 4-8",
                "gru-02.md: rule: has 0 misconceptions; give 1-4",
                "gru-02.md: rule: has 1 follow-ups; give 2-3",
                "gru-02.md: rule: has 0 references; give 1-4"), problems);
    }

    @Test
    void codeBlocksAreNotProse() {
        assertEquals(3, AnswerRules.proseWords("one two\n```\nnot counted here\n```\nthree"));
    }

    @Test
    void placeholdersAreCaught() {
        Card card = RealBankTest.bank().find("gru-06").orElseThrow();
        Answer a = card.answer();
        Answer withTodo = new Answer(a.id(), true, a.markdown() + "\nTODO: finish\n", a.shortAnswer(), a.details(),
                a.keyPoints(), a.misconceptions(), a.followUps(), a.references(), a.calc(), a.markdownLine());
        assertTrue(AnswerRules.check(new Card(card.question(), withTodo), "x").stream()
                .anyMatch(p -> p.message().contains("placeholder")));
    }
}
