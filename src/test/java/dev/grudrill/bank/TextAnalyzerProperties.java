package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The analyzer reads typed answers and bank text, so it must take any string: it never throws, and
 * every token's offsets lie inside the text, in order, on whole characters (never between the two
 * halves of a surrogate pair).
 */
class TextAnalyzerProperties {
    /** Pieces that stress the math rewriting and Unicode folding, mixed with arbitrary characters. */
    private static final List<String> PIECES = List.of("h_{t-1}", "h(t−1)", "h_t", "z(t)", "zₜ", "h̃", "h~_t",
            "h_tilde", "r_t", "σ", "⊙", "∘", "reset gate", "update gate", "previous hidden state", "LSTMs",
            "normalise", "x", " ", "\t", "\n", "\r", "\u0000", "\u001b[2J", "\u001b]8;;x\u0007", "\u202e", "\u2066",
            "\u0301", "\u0303", "\u0303\u0303", "e\u0301", "\uD835\uDC21", "\uD83D\uDE00", "\uD800", "\uDC00",
            "\uFEFF", "ﬁ", "Ｈ", "①", "½", "ǅ", "İ", "ß", "ΣΑΣ", "\u2028", "_", "-", "(", ")", "{", "}", "1",
            "t", "h", "_ ( t - 1 )", "h _ { t - 1 }", "ｔ");

    @Property(tries = 3000)
    void neverThrowsAndOffsetsStayInsideTheText(@ForAll("texts") String text) {
        TextAnalyzer analyzer = new TextAnalyzer();
        check(text, analyzer.analyze(text));
        check(text, analyzer.concepts(text));
        assertTrue(analyzer.terms(text).stream().noneMatch(String::isEmpty));
    }

    private static void check(String text, List<TextAnalyzer.Token> tokens) {
        int previousStart = 0;
        for (TextAnalyzer.Token t : tokens) {
            String where = t + " in " + escape(text);
            assertFalse(t.term().isEmpty(), where);
            assertTrue(0 <= t.start() && t.start() < t.end() && t.end() <= text.length(), where);
            assertTrue(t.start() >= previousStart || t.term().startsWith("#"), "tokens in order: " + where);
            assertFalse(Character.isLowSurrogate(text.charAt(t.start())) && t.start() > 0
                    && Character.isHighSurrogate(text.charAt(t.start() - 1)), "starts inside a pair: " + where);
            assertFalse(t.end() < text.length() && Character.isLowSurrogate(text.charAt(t.end()))
                    && Character.isHighSurrogate(text.charAt(t.end() - 1)), "ends inside a pair: " + where);
            if (!t.term().startsWith("#")) {
                previousStart = t.start();
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(6)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().alpha().ofMaxLength(10)));
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
