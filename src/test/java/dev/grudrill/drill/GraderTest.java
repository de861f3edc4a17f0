package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.bank.Answer;
import dev.grudrill.bank.Bank;
import dev.grudrill.bank.BankLoader;
import dev.grudrill.bank.TextAnalyzer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grading against the real worked answers gru-02 and gru-06. */
class GraderTest {
    /** Questions 17, 42 and 47 without a model answer, to test what happens to those. */
    static final Bank BANK = dev.grudrill.bank.TestBanks.withUnwritten("gru-17", "gru-42", "gru-47");
    static final Answer Q2 = BANK.find("gru-02").orElseThrow().answer();
    static final Answer Q6 = BANK.find("gru-06").orElseThrow().answer();

    /** How a well-prepared candidate might type the answer to Q2 under time pressure. */
    static final String GOOD_Q2 = """
            A GRU has two gates, the reset gate r_t and the update gate z_t; both are sigmoid outputs between 0 and 1.
            The reset gate decides how much of the previous state h(t-1) goes into the candidate.
            The update gate decides how much of the old state to keep versus the candidate, so it interpolates.
            It couples the LSTM's forget gate and input gate into one, an additive leaky path.
            Units with active reset gates capture short-term dependencies, update gates long-term ones.
            There is no output gate.""";

    static final String GOOD_Q6 = """
            r_t = σ(W_ir x_t + b_ir + W_hr h_{t−1} + b_hr) is the reset gate, a sigmoid.
            z_t = σ(W_iz x_t + b_iz + W_hz h_{t−1} + b_hz) is the update gate, also a sigmoid.
            The candidate n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_{t−1} + b_hn)).
            h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}: an interpolation between candidate and old state.
            PyTorch applies the reset after the matrix product (reset_after); Cho applies it before.
            Chung et al. swap the convention. weight_ih is stacked 3H x I in the order r, z, n.""";

    final Grader grader = new Grader();

    @Test
    void aGoodAnswerToQuestion2CoversEveryKeyPoint() {
        Grading g = grader.grade(Q2, GOOD_Q2);
        assertEquals(6, g.total());
        assertEquals(6, g.covered(), () -> missed(g));
        assertEquals(List.of(), g.misconceptions(), "'no output gate' is negated, not a misconception");
        assertEquals(Grade.EASY, Grade.suggest(g, new Timing(Duration.ofSeconds(50), Duration.ofMinutes(2))));
        assertEquals(Grade.GOOD, Grade.suggest(g, new Timing(Duration.ofSeconds(90), Duration.ofMinutes(2))));
    }

    @Test
    void aGoodAnswerToQuestion6ScoresHigh() {
        Grading g = grader.grade(Q6, GOOD_Q6);
        assertEquals(7, g.total());
        assertEquals(7, g.covered(), () -> missed(g));
        assertEquals(List.of(), g.misconceptions());
    }

    @Test
    void theReportSaysWhichTermMatchedAndTheAnswersOwnWords() {
        Grading g = grader.grade(Q2, "Both gates are logistic units. The Reset Gate scales h(t−1) in the candidate.");
        Grading.PointResult sigmoid = g.points().get(1);
        assertTrue(sigmoid.covered());
        assertEquals("sigmoid", sigmoid.term(), "the first term that matches; logistic is its synonym");
        assertEquals(List.of("logistic"), sigmoid.evidence());
        Grading.PointResult reset = g.points().get(2);
        assertEquals("reset gate & candidate", reset.term());
        assertEquals(List.of("Reset Gate", "candidate"), reset.evidence());
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() {
        Grading g = grader.grade(Q2, "The update gate interpolated between old and new.");
        assertEquals("update gate & interpolates", g.points().get(3).term());
        assertEquals(List.of("update gate", "interpolated"), g.points().get(3).evidence());
    }

    @Test
    void mathNotationCountsLikeWords() {
        Grading g = grader.grade(Q6, "z(t) is σ of an affine map; so is r_t, a logistic of x_t and h_{t-1}.");
        assertTrue(g.points().get(0).covered(), "reset gate & logistic via r_t");
        assertTrue(g.points().get(1).covered(), "update gate & sigmoid via z(t) and σ");
    }

    @Test
    void emptyOrOffTopicAnswersScoreZero() {
        for (String typed : List.of("", "   \n  ", "I would talk about convolutional layers and pooling for images.")) {
            Grading g = grader.grade(Q2, typed);
            assertEquals(0, g.covered(), typed);
            assertEquals(0.0, g.coverage());
            assertEquals(Grade.AGAIN, Grade.suggest(g, new Timing(Duration.ofSeconds(10), Duration.ofMinutes(2))));
        }
        assertTrue(grader.grade(Q2, " \n").blank());
        assertFalse(grader.grade(Q2, "pooling").blank());
    }

    @Test
    void aStatedMisconceptionIsFlaggedWithItsCorrection() {
        Grading g = grader.grade(Q6, "The output gate controls what the GRU exposes, like in the LSTM.");
        assertEquals(1, g.misconceptions().size());
        Grading.MisconceptionHit hit = g.misconceptions().get(0);
        assertEquals(0, hit.index());
        assertTrue(hit.evidence().contains("output gate"), hit.evidence());
        assertTrue(hit.misconception().correction().startsWith("A GRU has only the reset and update gates"));
    }

    @Test
    void negationJustBeforeCancelsAMisconception() {
        for (String typed : List.of("GRU has no output gate.", "It doesn't have an output gate", "It has no separate cell state",
                "Unlike the LSTM, there is no memory cell", "a GRU never uses an output gate",
                "It isn't using a memory cell", "it can't keep a cell state", "it lacks an output gate",
                "The GRU drops the LSTM's output gate.", "It removes the output gate", "There is nothing like an output gate",
                "The update gate does the job, rather than an output gate", "It exposes h_t instead of an output gate",
                "The LSTM's output gate decides what the cell shows; here h_t is the output.")) {
            assertEquals(List.of(), grader.grade(Q6, typed).misconceptions(), typed);
        }
    }

    @Test
    void negationTooFarAwayOrInAnotherSentenceDoesNotCancel() {
        for (String typed : List.of("No. The output gate decides what leaves the cell.",
                "There is no doubt in my mind that the output gate matters",
                "Not quite;\noutput gate and forget gate both exist")) {
            assertEquals(1, grader.grade(Q6, typed).misconceptions().size(), typed);
        }
    }

    @Test
    void aPhraseDoesNotRunAcrossASentenceEnd() {
        assertEquals(List.of(), grader.grade(Q6, "Each gate is a sigmoid.\nThe candidate uses tanh.").misconceptions());
        assertEquals(1, grader.grade(Q6, "It is a sigmoid candidate.").misconceptions().size());
    }

    @Test
    void aMisconceptionCapsTheSuggestionAtHard() {
        Grading g = grader.grade(Q2, GOOD_Q2 + "\nThe gates are binary switches.");
        assertEquals(6, g.covered());
        assertEquals(1, g.misconceptions().size());
        assertEquals(Grade.HARD, Grade.suggest(g, new Timing(Duration.ofSeconds(30), Duration.ofMinutes(2))));
    }

    @Test
    void aBadAnswerToQuestion6GetsAgainOrHard() {
        Grading g = grader.grade(Q6, "The gates use tanh and the update gate uses a sigmoid.");
        assertEquals(1, g.covered());
        assertEquals(1, g.misconceptions().size());
        assertEquals(Grade.AGAIN, Grade.suggest(g, new Timing(Duration.ofSeconds(30), Duration.ofMinutes(4))));
    }

    @Test
    void overtimeMakesAGoodAnswerHard() {
        Grading g = grader.grade(Q2, GOOD_Q2);
        assertEquals(Grade.HARD, Grade.suggest(g, new Timing(Duration.ofMinutes(2), Duration.ofMinutes(2))));
    }

    @Test
    void followUpsAreSuggestedFromTimeOnly() {
        Timing inTime = new Timing(Duration.ofSeconds(30), Duration.ofMinutes(2));
        assertEquals(Grade.GOOD, Grade.suggestByTime(false, inTime));
        assertEquals(Grade.AGAIN, Grade.suggestByTime(true, inTime));
        assertEquals(Grade.HARD, Grade.suggestByTime(false, new Timing(Duration.ofMinutes(3), Duration.ofMinutes(2))));
    }

    @Test
    void everyTermOfTheWrittenAnswersCanMatchItsOwnWording() {
        TextAnalyzer analyzer = new TextAnalyzer();
        for (var card : BANK.cards()) {
            Answer a = card.answer();
            for (var kp : a.keyPoints()) {
                for (String term : kp.terms()) {
                    for (String part : term.split("&")) {
                        assertFalse(analyzer.concepts(part).isEmpty(), card.id() + ": '" + term + "' has a part of stop words only");
                    }
                    Grading g = grader.grade(a, term.replace("&", "."));
                    assertTrue(g.points().get(a.keyPoints().indexOf(kp)).covered(), card.id() + ": " + term);
                }
            }
        }
    }

    private static String missed(Grading g) {
        return "missed: " + g.points().stream().filter(p -> !p.covered()).map(p -> p.point().point()).toList();
    }
}
