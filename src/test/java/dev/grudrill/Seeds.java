package dev.grudrill;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The seed of every randomised test (jqwik properties and the fuzzers): fixed, so that CI runs the
 * same cases each time, unless {@code -Dgrudrill.seed=N} picks another or {@code -Dgrudrill.seed=random}
 * draws a fresh one. Each test prints the seed it used; passing it back reproduces the run.
 */
public final class Seeds {
    public static final String PROPERTY = "grudrill.seed";
    static final long DEFAULT = 20261125L;
    private static final long CHOSEN = choose(System.getProperty(PROPERTY));

    private Seeds() {
    }

    /** The seed of this run. */
    public static long seed() {
        return CHOSEN;
    }

    /** A seed of its own for one test, derived from the run's seed and the test's name. */
    public static long seed(String test) {
        long h = CHOSEN ^ (test.hashCode() * 0x9E3779B97F4A7C15L);
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    /** How to rerun: {@code -Dgrudrill.seed=N}. */
    public static String rerun() {
        return "-D" + PROPERTY + "=" + CHOSEN;
    }

    static long choose(String property) {
        if (property == null || property.isBlank()) {
            return DEFAULT;
        }
        if (property.strip().equals("random")) {
            return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        }
        try {
            return Long.parseLong(property.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a whole number or 'random', not '" + property + "'");
        }
    }
}
