package dev.grudrill.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Ranks the bank's cards for a query with BM25 over two fields: the prompt (weighted
 * {@value #PROMPT_WEIGHT}×) and the answer. Terms come from {@link TextAnalyzer}, so stemming and the
 * GRU synonym table apply to both sides.
 */
public final class Search {
    static final double K1 = 1.2;
    static final double B = 0.75;
    static final int PROMPT_WEIGHT = 4;

    /** One ranked result with a snippet of the text that matched best. */
    public record Hit(Card card, double score, Snippet snippet) {
    }

    /** A piece of text with [start, end) character ranges to highlight. */
    public record Snippet(String text, List<int[]> highlights) {
    }

    /** A card's terms with their weighted counts (prompt terms count {@value #PROMPT_WEIGHT} times). */
    record Terms(Map<String, Integer> counts, int length) {
        static Terms of(Card card, TextAnalyzer analyzer) {
            Map<String, Integer> counts = new HashMap<>();
            List<String> prompt = analyzer.terms(card.question().prompt());
            List<String> body = card.written() ? analyzer.terms(plainText(card.answer().markdown())) : List.of();
            prompt.forEach(t -> counts.merge(t, PROMPT_WEIGHT, Integer::sum));
            body.forEach(t -> counts.merge(t, 1, Integer::sum));
            return new Terms(counts, PROMPT_WEIGHT * prompt.size() + body.size());
        }
    }

    /**
     * What BM25 needs for a query: every card's length, and for each query term the cards holding it
     * with their counts (the number of those cards is the term's document frequency).
     */
    record Postings(Map<String, Integer> lengths, Map<String, Map<String, Integer>> counts) {
        /** Computed from the cards' text, for a bank read from files. */
        static Postings of(List<Card> cards, TextAnalyzer analyzer, Set<String> terms) {
            Map<String, Integer> lengths = new HashMap<>();
            Map<String, Map<String, Integer>> counts = new HashMap<>();
            for (Card card : cards) {
                Terms cardTerms = Terms.of(card, analyzer);
                lengths.put(card.id(), cardTerms.length());
                for (String term : terms) {
                    Integer count = cardTerms.counts().get(term);
                    if (count != null) {
                        counts.computeIfAbsent(term, t -> new HashMap<>()).put(card.id(), count);
                    }
                }
            }
            return new Postings(lengths, counts);
        }

        double averageLength() {
            long total = 0;
            for (int length : lengths.values()) {
                total += length;
            }
            return lengths.isEmpty() ? 1 : Math.max(1, (double) total / lengths.size());
        }
    }

    private final TextAnalyzer analyzer;
    private final List<Card> cards;
    private final java.util.function.Function<Set<String>, Postings> postings;
    /** The answers' sentences the build analysed, for the bundled bank; null otherwise. */
    private final java.util.function.Function<String, List<Sentence>> precomputedSentences;

    /** Searches the bank, with the postings the build computed for the bundled bank. */
    public Search(Bank bank, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.cards = bank.cards();
        java.util.function.Function<Set<String>, Postings> precomputed = bank.precomputedPostings();
        this.postings = precomputed != null ? precomputed : terms -> Postings.of(cards, analyzer, terms);
        this.precomputedSentences = bank.precomputedSentences();
    }

    /** The best {@code limit} hits, highest score first; cards that match no query term are left out. */
    public List<Hit> search(String query, int limit) {
        Set<String> terms = new LinkedHashSet<>(analyzer.terms(query));
        Postings found = postings.apply(terms);
        double averageLength = found.averageLength();
        record Scored(Card card, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Card card : cards) {
            double score = 0;
            for (String term : terms) {
                Map<String, Integer> holders = found.counts().get(term);
                int tf = holders == null ? 0 : holders.getOrDefault(card.id(), 0);
                if (tf == 0) {
                    continue;
                }
                int df = holders.size();
                double idf = Math.log(1 + (cards.size() - df + 0.5) / (df + 0.5));
                double norm = K1 * (1 - B + B * found.lengths().getOrDefault(card.id(), 0) / averageLength);
                score += idf * tf * (K1 + 1) / (tf + norm);
            }
            if (score > 0) {
                scored.add(new Scored(card, score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(h -> h.card().question().number()));
        // Snippets only for the hits shown: each one reads its answer's sentences.
        return scored.subList(0, Math.min(limit, scored.size())).stream()
                .map(h -> new Hit(h.card(), h.score(), snippet(h.card(), terms))).toList();
    }

    private static final int SNIPPET_CHARS = 160;

    /**
     * A sentence of an answer: which terms it holds, for choosing snippets, and its text and analysed
     * tokens, for showing the chosen one (computed or decoded only when asked for).
     */
    record Sentence(Predicate<String> holds, Supplier<String> text, Supplier<List<TextAnalyzer.Token>> tokens) {
        /** The sentences of a card's answer, each with its terms (none when the answer is not written). */
        static List<Sentence> of(Card card, TextAnalyzer analyzer) {
            List<Sentence> out = new ArrayList<>();
            if (card.written()) {
                for (String sentence : plainText(card.answer().markdown()).split("(?<=[.!?])\\s+|\\n\\s*\\n")) {
                    if (!sentence.isBlank()) {
                        String text = sentence.strip().replaceAll("\\s+", " ");
                        out.add(new Sentence(new java.util.HashSet<>(analyzer.terms(text))::contains, () -> text,
                                () -> analyzer.analyze(text)));
                    }
                }
            }
            return out;
        }
    }

    /** The answer sentence (or the prompt) holding the most distinct query terms, with them marked. */
    private Snippet snippet(Card card, Set<String> queryTerms) {
        List<Sentence> sentences = precomputedSentences != null ? precomputedSentences.apply(card.id())
                : Sentence.of(card, analyzer);
        Sentence bestSentence = null;
        int bestCount = 0;
        for (Sentence sentence : sentences) {
            int count = 0;
            for (String term : queryTerms) {
                count += sentence.holds().test(term) ? 1 : 0;
            }
            if (count > bestCount) {
                bestSentence = sentence;
                bestCount = count;
            }
        }
        String best = bestSentence == null ? card.question().prompt() : bestSentence.text().get();
        List<TextAnalyzer.Token> tokens = bestSentence != null ? bestSentence.tokens().get() : analyzer.analyze(best);
        List<TextAnalyzer.Token> matched = tokens.stream().filter(t -> queryTerms.contains(t.term())).toList();
        int from = 0;
        int to = best.length();
        if (best.length() > SNIPPET_CHARS) {
            int first = matched.isEmpty() ? 0 : matched.get(0).start();
            from = Math.max(0, Math.min(first - 40, best.length() - SNIPPET_CHARS));
            from = from == 0 ? 0 : Math.max(0, best.lastIndexOf(' ', from) + 1);
            to = Math.min(best.length(), from + SNIPPET_CHARS);
            int space = best.lastIndexOf(' ', to);
            to = to == best.length() || space <= from ? to : space;
        }
        String prefix = from > 0 ? "…" : "";
        String suffix = to < best.length() ? "…" : "";
        List<int[]> highlights = new ArrayList<>();
        for (TextAnalyzer.Token t : matched) {
            if (t.start() >= from && t.end() <= to) {
                int start = t.start() - from + prefix.length();
                int end = t.end() - from + prefix.length();
                int[] last = highlights.isEmpty() ? null : highlights.get(highlights.size() - 1);
                String full = prefix + best.substring(from, to);
                if (last != null && (last[1] >= start || full.substring(last[1], start).isBlank())) {
                    highlights.get(highlights.size() - 1)[1] = Math.max(end, highlights.get(highlights.size() - 1)[1]);
                } else {
                    highlights.add(new int[] {start, end});
                }
            }
        }
        return new Snippet(prefix + best.substring(from, to) + suffix, highlights);
    }

    /** Markdown without its markup characters, good enough for matching and snippets. */
    static String plainText(String markdown) {
        return markdown.replaceAll("(?m)^#{1,6}\\s+", "")
                .replaceAll("(?m)^```.*$", "")
                .replaceAll("[*`>|]", "")
                .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    }
}
