package dev.grudrill.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * The editorial rules a written model answer must meet: a 40–90 word short answer, 200–600 words of
 * details (prose outside code blocks), 4–8 key points, 1–4 misconceptions, 2–3 follow-ups and 1–4
 * references. {@code bank check} reports every broken rule.
 */
public final class AnswerRules {
    static final int SHORT_MIN = 40;
    static final int SHORT_MAX = 90;
    static final int DETAILS_MIN = 200;
    static final int DETAILS_MAX = 600;

    private AnswerRules() {
    }

    public static List<Problem> check(Card card, String display) {
        List<Problem> problems = new ArrayList<>();
        Answer a = card.answer();
        if (!a.written()) {
            return problems;
        }
        int shortWords = proseWords(a.shortAnswer());
        if (shortWords < SHORT_MIN || shortWords > SHORT_MAX) {
            problems.add(rule(display, "short answer has " + shortWords + " words; write " + SHORT_MIN + "-"
                    + SHORT_MAX));
        }
        int detailWords = a.details() == null ? 0 : proseWords(a.details());
        if (detailWords < DETAILS_MIN || detailWords > DETAILS_MAX) {
            problems.add(rule(display, "details have " + detailWords + " words of prose (code blocks not counted);"
                    + " write " + DETAILS_MIN + "-" + DETAILS_MAX));
        }
        count(problems, display, "key points", a.keyPoints().size(), 4, 8);
        count(problems, display, "misconceptions", a.misconceptions().size(), 1, 4);
        count(problems, display, "follow-ups", a.followUps().size(), 2, 3);
        count(problems, display, "references", a.references().size(), 1, 4);
        String placeholder = "(?is).*(to be filled|TODO|lorem ipsum|not written yet).*";
        if (a.markdown().matches(placeholder)) {
            problems.add(rule(display, "the answer still holds a placeholder"));
        }
        return problems;
    }

    private static void count(List<Problem> problems, String display, String what, int n, int min, int max) {
        if (n < min || n > max) {
            problems.add(rule(display, "has " + n + " " + what + "; give " + min + (min == max ? "" : "-" + max)));
        }
    }

    private static Problem rule(String display, String message) {
        return new Problem(display, 0, "rule: " + message);
    }

    /** Words outside fenced code blocks. */
    public static int proseWords(String markdown) {
        int words = 0;
        boolean fence = false;
        for (String line : markdown.split("\n")) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fence = !fence;
            } else if (!fence) {
                for (String w : line.split("\\s+")) {
                    if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                        words++;
                    }
                }
            }
        }
        return words;
    }
}
