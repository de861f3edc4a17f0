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
    void synonymsFindQuestionsThatOnlyUseTheOtherSpelling() {
        // The prompts of 3 and 17 say "reset gate", never r_t.
        assertTrue(ids("r_t", 5).containsAll(List.of("gru-03", "gru-17")), () -> ids("r_t", 5).toString());
    }

    @Test
    void stemmingMatchesOtherWordForms() {
        assertEquals("gru-20", ids("minimal gating units", 1).get(0));
        assertEquals("gru-12", ids("initialise initializing weights bias", 1).get(0));
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
    void unrelatedWordsFindNothing() {
        assertEquals(List.of(), ids("xylophone", 10));
    }
}
