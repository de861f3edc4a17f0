package dev.grudrill.drill;

import java.util.Locale;
import java.util.Optional;

/**
 * How well a question was answered, on the four-button scale spaced-repetition schedulers use.
 *
 * <p>Suggested grades ({@link #suggest}) follow fixed rules, documented in the README:
 * <ul>
 *   <li>Again: the answer is blank, or covers less than 40% of the key points;</li>
 *   <li>Hard: covers less than 70%, or ran over time, or states a misconception;</li>
 *   <li>Easy: covers at least 90% and took at most half of the allowed time;</li>
 *   <li>Good: anything else.</li>
 * </ul>
 */
public enum Grade {
    AGAIN, HARD, GOOD, EASY;

    /** 1 (Again) to 4 (Easy), the keys that pick a grade. */
    public int number() {
        return ordinal() + 1;
    }

    /** "Again", "Hard", "Good", "Easy". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** "again" … "easy": how options and the history file spell it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Grade> ofNumber(int number) {
        return number >= 1 && number <= 4 ? Optional.of(values()[number - 1]) : Optional.empty();
    }

    /** Reads "good", "Good" or "3". */
    public static Optional<Grade> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Grade g : values()) {
            if (g.key().equals(t) || String.valueOf(g.number()).equals(t)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The suggested grade of a graded answer, from coverage, misconceptions and time. */
    public static Grade suggest(Grading grading, Timing timing) {
        double coverage = grading.coverage();
        if (grading.blank() || coverage < 0.4) {
            return AGAIN;
        }
        if (coverage < 0.7 || timing.overtime() || !grading.misconceptions().isEmpty()) {
            return HARD;
        }
        return coverage >= 0.9 && timing.fast() ? EASY : GOOD;
    }

    /**
     * The suggestion for an answer with nothing to grade against (a bonus follow-up): from time only.
     * Again when blank, Hard when over time, else Good; the user confirms or overrides it.
     */
    public static Grade suggestByTime(boolean blank, Timing timing) {
        return blank ? AGAIN : timing.overtime() ? HARD : GOOD;
    }
}
