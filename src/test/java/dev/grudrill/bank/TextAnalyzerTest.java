package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    final TextAnalyzer analyzer = new TextAnalyzer();

    private List<String> concepts(String text) {
        return analyzer.concepts(text).stream().map(TextAnalyzer.Token::term).toList();
    }

    @Test
    void mathNotationsOfTheUpdateGateAgree() {
        for (String spelling : List.of("z_t", "z(t)", "z_{t}", "Z_t", "zₜ", "the update gate", "update gates")) {
            assertEquals(List.of("#update_gate"), concepts(spelling), spelling);
        }
    }

    @Test
    void previousStateNotationsAgree() {
        for (String spelling : List.of("h_{t-1}", "h_{t−1}", "h(t-1)", "h_t-1", "hₜ₋₁", "the previous hidden state")) {
            assertEquals(List.of("#previous_state"), concepts(spelling), spelling);
        }
    }

    @Test
    void candidateNotationsAgree() {
        for (String spelling : List.of("n_t", "h̃_t", "h~", "candidate", "the candidate state")) {
            assertEquals(List.of("#candidate"), concepts(spelling), spelling);
        }
    }

    @Test
    void symbolsBecomeWords() {
        assertEquals(List.of("#sigmoid", "#hadamard"), concepts("σ ⊙"));
    }

    @Test
    void wordsAreStemmedAndStopWordsDropped() {
        assertEquals(List.of("interpol", "vector"), concepts("The interpolation of vectors"));
        assertEquals(concepts("interpolates"), concepts("interpolating"));
    }

    @Test
    void britishAndAmericanSpellingsAgree() {
        assertEquals(concepts("initialize regularization normalized"), concepts("initialise regularisation normalised"));
        assertEquals(concepts("LSTM"), concepts("LSTMs"));
    }

    @Test
    void searchTermsKeepWordsAndAddConcepts() {
        assertEquals(List.of("reset", "gate", "#reset_gate"), analyzer.terms("reset gate"));
        assertEquals(List.of("r_t", "#reset_gate"), analyzer.terms("r_t"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "we use σ and z(t) here";
        for (TextAnalyzer.Token token : analyzer.analyze(text)) {
            assertTrue(token.start() >= 0 && token.end() <= text.length() && token.start() < token.end(), token::toString);
        }
        TextAnalyzer.Token z = analyzer.analyze(text).stream().filter(t -> t.term().equals("z_t")).findFirst().orElseThrow();
        assertEquals("z(t)", text.substring(z.start(), z.end()));
    }
}
