package dev.grudrill.drill;

import dev.grudrill.bank.Answer;
import dev.grudrill.bank.KeyPoint;
import dev.grudrill.bank.Misconception;
import dev.grudrill.bank.TextAnalyzer;
import dev.grudrill.bank.TextAnalyzer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades a typed answer against a model answer's key points and misconceptions, offline and
 * deterministically.
 *
 * <p>Both the answer and each term go through {@link TextAnalyzer#concepts}: case, punctuation,
 * Unicode vs ASCII math ({@code z_t}, {@code z(t)}, {@code zₜ}), Snowball stemming, stop words and the
 * GRU synonym table ("reset gate" ~ {@code r_t}, σ ~ sigmoid, …) are normalised away. A term is a phrase
 * matched word by word, in order, adjacent and within one sentence; {@code "A & B"} needs both phrases
 * anywhere in the answer.
 * A key point is covered when any of its terms matches.
 *
 * <p>A misconception is flagged when one of its terms occurs and is not negated: a negation word (no,
 * not, never, without, unlike, lacks, rather than, instead of, removes, drops, isn't, doesn't, …) among
 * the three words before the phrase, in the same sentence, cancels it, and so does "LSTM" just before it
 * ("the LSTM's output gate"). So "a GRU has no output gate" is not flagged, "the output gate controls
 * the output" is. Sentences end at . ! ? ; followed by a space, or at a line break.
 * Not thread-safe (the analyzer is not).
 */
public final class Grader {
    private static final Pattern NEGATION = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])"
            + "(no|not|never|without|unlike|neither|nor|nothing|none|cannot|lacks?|lacking|rather\\s+than|instead\\s+of"
            + "|removes|removed|drops|dropped|\\p{L}*n['’]t)(?![\\p{L}\\p{N}])");
    /** A full stop (not in a number, nor after "et al", "e.g", "i.e", "vs"), ! ? ; or a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\bet al)(?<!\\be\\.g)(?<!\\bi\\.e)(?<!\\bvs)[.!?;](\\s|$)|\\n");
    /** The negation word must be one of this many words just before the phrase. */
    private static final int NEGATION_WINDOW = 3;

    private final TextAnalyzer analyzer = new TextAnalyzer();

    /** Grades {@code typed} against a written answer. */
    public Grading grade(Answer answer, String typed) {
        Text text = new Text(typed == null ? "" : typed, analyzer);
        List<Grading.PointResult> points = new ArrayList<>();
        for (int i = 0; i < answer.keyPoints().size(); i++) {
            points.add(point(i, answer.keyPoints().get(i), text));
        }
        List<Grading.MisconceptionHit> hits = new ArrayList<>();
        for (int i = 0; i < answer.misconceptions().size(); i++) {
            misconception(i, answer.misconceptions().get(i), text).ifPresent(hits::add);
        }
        return new Grading(points, hits, text.tokens.isEmpty());
    }

    private Grading.PointResult point(int index, KeyPoint point, Text text) {
        for (String term : point.terms()) {
            List<String> evidence = new ArrayList<>();
            boolean all = true;
            for (List<String> part : parts(term)) {
                Optional<Integer> at = text.occurrences(part).stream().findFirst();
                if (at.isEmpty()) {
                    all = false;
                    break;
                }
                evidence.add(text.words(at.get(), part.size()));
            }
            if (all) {
                return new Grading.PointResult(index, point, term, evidence);
            }
        }
        return new Grading.PointResult(index, point, null, List.of());
    }

    private Optional<Grading.MisconceptionHit> misconception(int index, Misconception m, Text text) {
        for (String term : m.terms()) {
            List<List<String>> parts = parts(term);
            List<String> evidence = new ArrayList<>();
            for (List<String> part : parts) {
                text.occurrences(part).stream().filter(at -> !text.negated(at) && !text.saidOfTheLstm(at)).findFirst()
                        .ifPresent(at -> evidence.add(text.words(at, part.size())));
            }
            if (evidence.size() == parts.size()) {
                return Optional.of(new Grading.MisconceptionHit(index, m, term, String.join(" … ", evidence)));
            }
        }
        return Optional.empty();
    }

    /** The phrases of a term ("A & B" has two), each as concept tokens; a part of only stop words never matches. */
    private List<List<String>> parts(String term) {
        List<List<String>> parts = new ArrayList<>();
        for (String part : term.split("&")) {
            parts.add(analyzer.concepts(part).stream().map(Token::term).toList());
        }
        return parts;
    }

    /** An analysed answer: its tokens plus where negations and sentence ends are. */
    private static final class Text {
        final String raw;
        final List<Token> tokens;

        Text(String raw, TextAnalyzer analyzer) {
            this.raw = raw;
            this.tokens = analyzer.concepts(raw);
        }

        /** Token indexes where {@code phrase} starts. */
        List<Integer> occurrences(List<String> phrase) {
            List<Integer> out = new ArrayList<>();
            if (phrase.isEmpty()) {
                return out;
            }
            for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
                boolean match = true;
                for (int k = 0; k < phrase.size() && match; k++) {
                    match = tokens.get(i + k).term().equals(phrase.get(k));
                }
                if (match && !sentenceEndBetween(tokens.get(i).start(), tokens.get(i + phrase.size() - 1).start())) {
                    out.add(i);
                }
            }
            return out;
        }

        /** The answer's own words for the {@code length} tokens from {@code at}. */
        String words(int at, int length) {
            return raw.substring(tokens.get(at).start(), tokens.get(at + length - 1).end());
        }

        boolean sentenceEndBetween(int from, int to) {
            // Transparent, non-anchoring bounds: "0.5" is not cut at "0." because the text goes on.
            return SENTENCE_END.matcher(raw).region(from, to).useTransparentBounds(true).useAnchoringBounds(false)
                    .find();
        }

        /** "The LSTM's output gate …" describes the LSTM, which is not a misconception about the GRU. */
        boolean saidOfTheLstm(int at) {
            int before = at - 1;
            if (before > 0 && tokens.get(before).term().equals("s")) {
                before--; // the possessive of "LSTM's"
            }
            return before >= 0 && tokens.get(before).term().equals("#lstm")
                    && !sentenceEndBetween(tokens.get(before).start(), tokens.get(at).start());
        }

        boolean negated(int at) {
            int phraseStart = tokens.get(at).start();
            Matcher m = NEGATION.matcher(raw);
            while (m.find() && m.end() <= phraseStart) {
                int between = 0;
                for (Token t : tokens) {
                    if (t.start() >= m.end() && t.end() <= phraseStart) {
                        between++;
                    }
                }
                if (between < NEGATION_WINDOW && !sentenceEndBetween(m.end(), phraseStart)) {
                    return true;
                }
            }
            return false;
        }
    }
}
