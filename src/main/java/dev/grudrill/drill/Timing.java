package dev.grudrill.drill;

import java.time.Duration;

/**
 * Time an answer took against the time it was allowed.
 *
 * @param used    from the question appearing to the answer being submitted
 * @param allowed the limit for this question (with --no-timer, the suggested time, not enforced)
 */
public record Timing(Duration used, Duration allowed) {
    /** Used up the allowed time: an answer submitted automatically at zero is overtime. */
    public boolean overtime() {
        return used.compareTo(allowed) >= 0;
    }

    /** Took at most half of the allowed time: one condition for a suggested Easy. */
    public boolean fast() {
        return used.multipliedBy(2).compareTo(allowed) <= 0;
    }

    public long usedSeconds() {
        return seconds(used);
    }

    public long allowedSeconds() {
        return seconds(allowed);
    }

    /** Whole seconds, rounded half up. */
    static long seconds(Duration d) {
        return (d.toMillis() + 500) / 1000;
    }
}
