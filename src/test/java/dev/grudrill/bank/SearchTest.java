package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {
    final Search search = new Search(RealBankTest.bank(), new TextAnalyzer());

    private List<String> ids(String query, int limit) {
        return search.search(query, limit).stream().map(h -> h.card().id()).toList();
    }

    @Test
    void resetGateRanksQuestions3And17First() {
        assertEquals(List.of("gru-03", "gru-17"), ids("reset gate", 2).stream().sorted().toList());
    }

    @Test
    void synonymsFindQuestionsThatOnlyUseTheOtherSpelling(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // The fixture's only mention of the gate is the prompt "What does the reset gate do?".
        Bank small = new BankFixture(dir).answer("demo-01", "---\nid: demo-01\n---\nNot written yet.\n").load().orThrow();
        List<Search.Hit> hits = new Search(small, new TextAnalyzer()).search("r_t", 5);
        assertEquals(List.of("demo-01"), hits.stream().map(h -> h.card().id()).toList());
    }

    @Test
    void stemmingMatchesOtherWordForms() {
        assertEquals("gru-20", ids("minimal gating units", 1).get(0));
        assertEquals(ids("initializing weights", 10), ids("initialized weight", 10));
        assertTrue(ids("initialized weight biases", 3).contains("gru-12"));
    }

    @Test
    void scoresAreDescending() {
        List<Search.Hit> hits = search.search("gradient", 10);
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
        }
    }

    @Test
    void highlightsMarkTheMatchingWords() {
        Search.Hit hit = search.search("reset gate", 1).get(0);
        String text = hit.snippet().text();
        assertTrue(!hit.snippet().highlights().isEmpty());
        for (int[] range : hit.snippet().highlights()) {
            String marked = text.substring(range[0], range[1]).toLowerCase(java.util.Locale.ROOT);
            assertTrue(marked.contains("reset") || marked.contains("gate") || marked.contains("r_t"), marked);
        }
    }

    @Test
    void theBundledIndexRanksAndQuotesLikeTheFiles() {
        Search fromIndex = new Search(new BankLoader().loadBundled().orThrow(), new TextAnalyzer());
        for (String query : List.of("reset gate", "vanishing gradients", "h_{t-1} z_t", "parameter count LSTM",
                "σ ⊙ h̃", "Jozefowicz Łukasz", "tanh’ ≤ 1")) {
            assertEquals(described(search.search(query, 10)), described(fromIndex.search(query, 10)), query);
        }
    }

    private static List<String> described(List<Search.Hit> hits) {
        return hits.stream().map(h -> h.card().id() + " " + h.score() + " " + h.snippet().text() + " "
                + h.snippet().highlights().stream().map(java.util.Arrays::toString).toList()).toList();
    }

    @Test
    void unrelatedWordsFindNothing() {
        assertEquals(List.of(), ids("xylophone", 10));
    }
}
