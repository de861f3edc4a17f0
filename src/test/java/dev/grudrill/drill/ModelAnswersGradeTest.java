package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grudrill.bank.Answer;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.TestBanks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * True statements a good candidate makes, each of which an earlier misconception term flagged because
     * the term carried no claim of its own ("fully parallel", "bias to 1 by default", …).
     */
    static final Map<String, List<String>> TRUE_STATEMENTS = Map.ofEntries(
            Map.entry("gru-01", List.of("The LSTM's output gate decides how much of the cell is exposed; the GRU has no output gate.")),
            Map.entry("gru-02", List.of("Each gate is a soft value in (0, 1) rather than a hard switch.")),
            Map.entry("gru-03", List.of("Chung's flipped update convention is mathematically equivalent to PyTorch's after replacing z by 1 - z.")),
            Map.entry("gru-06", List.of("Unlike the LSTM, the GRU merges the cell and hidden state and removes the output gate.",
                    "The LSTM keeps a cell state c_t; the GRU merges it into h_t.",
                    "The LSTM's output gate decides what the cell exposes; the GRU exposes h_t itself.")),
            Map.entry("gru-07", List.of("The GRU has nothing like the output gate.")),
            Map.entry("gru-09", List.of("Only the input projections are fully parallel over time; the recurrence is sequential.",
                    "Variants such as minGRU are fully parallelizable during training.")),
            Map.entry("gru-10", List.of("A tanh RNN has one third and MGU two thirds of the GRU's parameter count.")),
            Map.entry("gru-12", List.of("Keras's LSTM sets the forget bias to 1 by default; PyTorch sets none.")),
            Map.entry("gru-13", List.of("Using ReLU for the gates would be unbounded, so 1 - z could go negative.")),
            Map.entry("gru-14", List.of("Each direction applies the same weights at every time step.")),
            Map.entry("gru-19", List.of("The two update conventions are mathematically equivalent, only a difference in notation.")),
            Map.entry("gru-25", List.of("GRUs were designed to solve the vanishing gradient problem, but they only mitigate it.")),
            Map.entry("gru-27", List.of("By default enforce_sorted=True, so the batch must be sorted by length; pass enforce_sorted=False.")),
            Map.entry("gru-28", List.of("U_a h_j is computed once per sentence and cached.")),
            Map.entry("gru-31", List.of("Hybrid DNN-HMM systems require frame-level alignments.")),
            Map.entry("gru-32", List.of("The input projections for all time steps run in parallel as one GEMM.")),
            Map.entry("gru-34", List.of("Averaging the weights of several runs does not give an ensemble.")),
            Map.entry("gru-37", List.of("A supervised GRU classifier needs labelled anomalies, which are rare.")),
            Map.entry("gru-39", List.of("Locked dropout on inputs and outputs also works with a single layer GRU.")),
            Map.entry("gru-40", List.of("The simplest strategy transfers only the word embeddings and trains the GRU from scratch.",
                    "Add a learned projection so the pretrained GRU accepts any input size.")),
            Map.entry("gru-43", List.of("Within an episode the hidden state should be carried over between chunks.")),
            Map.entry("gru-48", List.of("The RNN is quadratic in the hidden size d but linear in n.")),
            Map.entry("gru-50", List.of("For a unidirectional, unpadded layer, h_n is the last output.")));

    @Test
    void trueStatementsAreNotTakenForMisconceptions() {
        List<String> problems = new ArrayList<>();
        for (Card card : cards) {
            for (String statement : TRUE_STATEMENTS.getOrDefault(card.id(), List.of())) {
                grader.grade(card.answer(), statement).misconceptions()
                        .forEach(m -> problems.add(card.id() + " flags \"" + statement + "\" as " + m));
            }
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
