package dev.grudrill.drill;

import java.util.Locale;

/** Where a card is in FSRS's life cycle. */
public enum State {
    /** Never reviewed. */
    NEW,
    /** Being learnt: short steps (1 min, 10 min) before the first interval in days. */
    LEARNING,
    /** Scheduled in days by its stability. */
    REVIEW,
    /** Forgotten in review: a short step (10 min) before it returns to review. */
    RELEARNING;

    /** The name used in JSON: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
