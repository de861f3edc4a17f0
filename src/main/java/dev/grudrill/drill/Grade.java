package dev.grudrill.drill;

import java.util.Locale;
import java.util.Optional;

/** How well a card was recalled, as in Anki and FSRS: 1 Again, 2 Hard, 3 Good, 4 Easy. */
public enum Grade {
    AGAIN, HARD, GOOD, EASY;

    /** 1 to 4. */
    public int value() {
        return ordinal() + 1;
    }

    /** The name used in options and JSON: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A grade from its label ({@code good}, any case) or its number ({@code 3}). */
    public static Optional<Grade> parse(String text) {
        for (Grade grade : values()) {
            if (grade.label().equalsIgnoreCase(text) || String.valueOf(grade.value()).equals(text)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
