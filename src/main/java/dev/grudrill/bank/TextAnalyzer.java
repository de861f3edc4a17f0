package dev.grudrill.bank;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns prose and math into comparable tokens, for search and for grading typed answers.
 *
 * <p>Steps: Unicode and ASCII math are brought to one spelling ({@code z(t)}, {@code z_{t}}, {@code zₜ}
 * become {@code z_t}; {@code h_{t−1}}, {@code h(t-1)} become {@code h_prev}); text is lower-cased and
 * split into words; stop words are dropped; words are stemmed with the Snowball English stemmer; and
 * a small GRU synonym table adds a concept token wherever one of its phrases occurs, so that
 * "reset gate" and {@code r_t} both yield {@code #reset_gate}. Not thread-safe (the stemmer is not).
 */
public final class TextAnalyzer {
    /** A token and where it came from in the analysed text. */
    public record Token(String term, int start, int end) {
    }

    /** British -ise spellings of the words answers use, so that they stem like the -ize ones. */
    private static final Pattern AMERICAN = Pattern.compile("^(initiali|regulari|normali|optimi|minimi|maximi|generali"
            + "|visuali|quanti|tokeni|utili|seriali|paralleli|vectori|characteri|summari|recogni|parameteri|memori"
            + "|standardi|randomi|speciali|stabili)s(e|es|ed|ing|ation|ations|er|ers)$");

    /** The math notations, compiled only when a text holds one of their characters. */
    private static final class MathPatterns {
        static final Pattern PREVIOUS = Pattern.compile("(?i)"
                + "(?<![\\p{L}\\p{N}])([hxrzn])\\s*(?:_\\s*\\{\\s*t\\s*-\\s*1\\s*\\}|_\\s*\\(\\s*t\\s*-\\s*1\\s*\\)"
                        + "|_\\s*t\\s*-\\s*1|\\(\\s*t\\s*-\\s*1\\s*\\))");
        static final Pattern CURRENT = Pattern.compile("(?i)"
                + "(?<![\\p{L}\\p{N}])([hxrzn])\\s*(?:_\\s*\\{\\s*t\\s*\\}|_\\s*t|\\(\\s*t\\s*\\))(?![\\p{L}\\p{N}])");
        static final Pattern TILDE = Pattern.compile("(?<![\\p{L}\\p{N}])h\\s*(?:\u0303|~|_tilde|tilde)(?:_t)?");
    }

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "do",
            "does", "for", "from", "how", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their",
            "this", "to", "was", "what", "when", "which", "with", "you", "your", "we", "can", "there", "these",
            "they", "them", "than", "then", "so", "if", "but", "also", "has", "have", "gru", "grus");

    /** Concept token → phrases that express it (analysed like any other text before matching). */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("#reset_gate", List.of("reset gate", "r_t", "r gate", "reset gates")),
            Map.entry("#update_gate", List.of("update gate", "z_t", "z gate", "update gates")),
            Map.entry("#candidate", List.of("candidate", "candidate state", "candidate activation", "n_t",
                    "h_cand", "new gate", "htilde")),
            Map.entry("#previous_state", List.of("h_prev", "previous hidden state", "previous state",
                    "old state", "prior state")),
            Map.entry("#hidden_state", List.of("hidden state", "h_t", "state vector")),
            Map.entry("#hadamard", List.of("hadamard", "element-wise product", "elementwise product",
                    "element-wise multiplication", "elementwise multiplication", "pointwise product")),
            Map.entry("#sigmoid", List.of("sigmoid", "logistic", "sigma")),
            Map.entry("#lstm", List.of("lstm", "lstms", "long short-term memory", "long short term memory")),
            Map.entry("#bptt", List.of("bptt", "backpropagation through time", "back-propagation through time",
                    "backprop through time")),
            Map.entry("#vanishing", List.of("vanishing gradient", "vanishing gradients", "gradients vanish",
                    "gradient vanishing")),
            Map.entry("#params", List.of("parameter count", "number of parameters", "param count",
                    "parameters count")));

    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final List<Phrase> phrases;

    private record Phrase(String concept, List<String> terms) {
    }

    public TextAnalyzer() {
        // Deduplicated by a text key: a record in a hash set would bootstrap its equals at run time.
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Phrase> list = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : SYNONYMS.entrySet()) {
            for (String variant : group.getValue()) {
                // The phrases are written in canonical form already: no need to compile the math patterns.
                List<String> terms = words(Canonical.as(variant)).stream().map(Token::term).toList();
                if (!terms.isEmpty() && seen.add(group.getKey() + " " + String.join(" ", terms))) {
                    list.add(new Phrase(group.getKey(), terms));
                }
            }
        }
        list.sort((a, b) -> b.terms.size() - a.terms.size());
        this.phrases = List.copyOf(list);
    }

    /** Tokens with a synonym concept added after the last word of each phrase that expresses it. */
    public List<Token> analyze(String text) {
        List<Token> words = words(text);
        List<List<Token>> conceptsEndingAt = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            conceptsEndingAt.add(new ArrayList<>(0));
        }
        for (int i = 0; i < words.size(); i++) {
            for (Phrase phrase : phrases) {
                if (matchesAt(words, i, phrase.terms)) {
                    int end = i + phrase.terms.size() - 1;
                    Token concept = new Token(phrase.concept, words.get(i).start(), words.get(end).end());
                    List<Token> slot = conceptsEndingAt.get(end);
                    if (slot.stream().noneMatch(t -> t.term().equals(concept.term()))) {
                        slot.add(concept);
                    }
                }
            }
        }
        List<Token> out = new ArrayList<>(words.size() + 8);
        for (int i = 0; i < words.size(); i++) {
            out.add(words.get(i));
            out.addAll(conceptsEndingAt.get(i));
        }
        return out;
    }

    /**
     * Tokens where each synonym phrase is replaced by its concept token, longest phrase first: "reset
     * gate", "r gate" and {@code r_t} all become the single token {@code #reset_gate}. Grading matches key
     * point terms against these, so a term and an answer agree whichever synonym each one uses.
     */
    public List<Token> concepts(String text) {
        List<Token> words = words(text);
        List<Token> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            Phrase match = null;
            for (Phrase phrase : phrases) {
                if (matchesAt(words, i, phrase.terms)) {
                    match = phrase;
                    break;
                }
            }
            if (match == null) {
                out.add(words.get(i++));
            } else {
                Token last = words.get(i + match.terms.size() - 1);
                out.add(new Token(match.concept, words.get(i).start(), last.end()));
                i += match.terms.size();
            }
        }
        return out;
    }

    /** Just the terms of {@link #analyze}. */
    public List<String> terms(String text) {
        return analyze(text).stream().map(Token::term).toList();
    }

    private static boolean matchesAt(List<Token> words, int at, List<String> terms) {
        if (at + terms.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < terms.size(); k++) {
            if (!words.get(at + k).term().equals(terms.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Stemmed words without stop words; offsets point into {@code text}. */
    private List<Token> words(String text) {
        return words(canonicalMath(text));
    }

    private List<Token> words(Canonical canonical) {
        String t = canonical.text;
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            if (!isWordChar(t, i)) {
                i += Character.charCount(t.codePointAt(i));
                continue;
            }
            // A word: letters and digits, and underscores joining them (z_t, h_prev).
            int start = i;
            boolean letters = true;
            while (i < t.length()) {
                if (isWordChar(t, i)) {
                    letters &= Character.isLetter(t.codePointAt(i));
                    i += Character.charCount(t.codePointAt(i));
                } else if (t.charAt(i) == '_' && i + 1 < t.length() && isWordChar(t, i + 1)) {
                    letters = false;
                    i++;
                } else {
                    break;
                }
            }
            String word = t.substring(start, i).toLowerCase(Locale.ROOT);
            if (!STOP_WORDS.contains(word)) {
                out.add(new Token(letters ? stem(word) : word, canonical.origin(start), canonical.origin(i - 1) + 1));
            }
        }
        return out;
    }

    private static boolean isWordChar(String text, int at) {
        return Character.isLetterOrDigit(text.codePointAt(at));
    }

    private String stem(String word) {
        boolean british = word.contains("is") && AMERICAN.matcher(word).matches();
        stemmer.setCurrent(british ? AMERICAN.matcher(word).replaceFirst("$1z$2") : word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Rewritten text plus, for each of its characters, the offset of the character it came from. */
    private record Canonical(String text, int[] origins) {
        /** Text taken as canonical, unchanged. */
        static Canonical as(String text) {
            int[] origins = new int[text.length()];
            for (int i = 0; i < origins.length; i++) {
                origins[i] = i;
            }
            return new Canonical(text, origins);
        }

        int origin(int index) {
            return origins.length == 0 ? 0 : origins[Math.min(index, origins.length - 1)];
        }
    }

    private static Canonical canonicalMath(String text) {
        // Character-level rewrites that keep a map to the original offsets.
        StringBuilder sb = new StringBuilder(text.length());
        int[] origins = new int[text.length() + 16];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = c < 128 ? null : switch (c) {
                case '\u2212', '\u2013', '\u2014', '\u2010', '\u2011' -> "-"; // minus and dashes
                case '\u209C' -> "_t"; // subscript t
                case '\u208B' -> "-"; // subscript minus
                case '\u2081' -> "1"; // subscript one
                case '\u03C3' -> " sigmoid "; // σ
                case '\u2299', '\u2218' -> " hadamard "; // ⊙ ∘
                case '\u0303' -> "\u0303"; // combining tilde: kept for h̃
                default -> Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            };
            if (replacement == null || replacement.isEmpty()) {
                replacement = null;
            }
            int count = replacement == null ? 1 : replacement.length();
            if (sb.length() + count > origins.length) {
                origins = java.util.Arrays.copyOf(origins, Math.max(origins.length * 2, sb.length() + count));
            }
            for (int k = 0; k < count; k++) {
                origins[sb.length()] = i;
                sb.append(replacement == null ? c : replacement.charAt(k));
            }
        }
        Canonical c = new Canonical(sb.toString(), java.util.Arrays.copyOf(origins, sb.length()));
        // The notations below all need one of these characters; most text has none, and skips the regexes.
        if (c.text.indexOf('_') >= 0 || c.text.indexOf('(') >= 0) {
            c = rewrite(c, MathPatterns.PREVIOUS, "$1_prev");
            c = rewrite(c, MathPatterns.CURRENT, "$1_t");
        }
        if (c.text.indexOf('~') >= 0 || c.text.indexOf('\u0303') >= 0 || c.text.indexOf("tilde") >= 0) {
            c = rewrite(c, MathPatterns.TILDE, "htilde");
        }
        return c;
    }

    private static Canonical rewrite(Canonical in, Pattern pattern, String replacement) {
        Matcher m = pattern.matcher(in.text);
        if (!m.find()) {
            return in;
        }
        StringBuilder sb = new StringBuilder(in.text.length());
        int[] origins = new int[in.text.length() + 16];
        int last = 0;
        do {
            for (int i = last; i < m.start(); i++) {
                origins = put(origins, sb.length(), in.origins[i]);
                sb.append(in.text.charAt(i));
            }
            String value = replacement.replace("$1", m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "");
            for (int k = 0; k < value.length(); k++) {
                // The last replacement character stands for the end of the match, the others for its start.
                int source = k == value.length() - 1 ? m.end() - 1 : Math.min(m.start() + k, m.end() - 1);
                origins = put(origins, sb.length(), in.origins[source]);
                sb.append(value.charAt(k));
            }
            last = m.end();
        } while (m.find());
        for (int i = last; i < in.text.length(); i++) {
            origins = put(origins, sb.length(), in.origins[i]);
            sb.append(in.text.charAt(i));
        }
        return new Canonical(sb.toString(), java.util.Arrays.copyOf(origins, sb.length()));
    }

    private static int[] put(int[] array, int index, int value) {
        int[] out = index < array.length ? array : java.util.Arrays.copyOf(array, array.length * 2 + 16);
        out[index] = value;
        return out;
    }
}
