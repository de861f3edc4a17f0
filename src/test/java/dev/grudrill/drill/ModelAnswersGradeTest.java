package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grudrill.bank.Answer;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.TestBanks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every model answer in the bank, graded against its own key points: the answer must cover all of them
 * and state none of its misconceptions, and an off-topic text must cover almost none. This keeps the
 * key-point terms honest as answers are edited.
 */
class ModelAnswersGradeTest {
    /** An answer a nervous candidate might give to the wrong question entirely. */
    static final String OFF_TOPIC = """
            A relational database keeps rows in tables and answers queries written in SQL. Indexes such as B-trees
            make lookups by key fast, and transactions keep concurrent writes consistent through locking or
            multi-version concurrency control. Normalising the schema removes duplicated facts, while a join
            combines rows of several tables at query time.""";

    final Grader grader = new Grader();
    final List<Card> cards = TestBanks.real().cards();

    @Test
    void eachModelAnswerCoversAllItsKeyPointsAndStatesNoMisconception() {
        List<String> problems = new ArrayList<>();
        for (Card card : cards) {
            Answer a = card.answer();
            Grading g = grader.grade(a, a.markdown());
            g.points().stream().filter(p -> !p.covered())
                    .forEach(p -> problems.add(card.id() + " misses its own key point: " + p.point().point()));
            g.misconceptions().forEach(m -> problems.add(card.id() + " states its own misconception: " + m));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void anOffTopicAnswerCoversNothing() {
        List<String> problems = new ArrayList<>();
        for (Card card : cards) {
            Grading g = grader.grade(card.answer(), OFF_TOPIC);
            g.points().stream().filter(p -> p.covered()).forEach(p -> problems.add(card.id()
                    + " credits an off-topic answer with: " + p.point().point() + " (" + p.evidence() + ")"));
        }
        assertEquals(List.of(), problems);
    }
}
