package dev.grudrill.drill;

/**
 * The user-facing knobs of the scheduler.
 *
 * @param desiredRetention    probability of recall at which a card falls due, strictly between 0 and 1
 * @param maximumIntervalDays longest interval, in days
 * @param fuzz                whether intervals of 3 days or more are spread a little (see {@link Fsrs})
 * @param fuzzSeed            seed of the fuzz; the same seed gives the same intervals
 */
public record FsrsSettings(double desiredRetention, int maximumIntervalDays, boolean fuzz, long fuzzSeed) {
    /** Retention 0.9, a 100-year maximum interval, no fuzz. */
    public static final FsrsSettings DEFAULT = new FsrsSettings(0.9, 36500, false, 0);

    public FsrsSettings {
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1, not " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, not " + maximumIntervalDays);
        }
    }

    public FsrsSettings withRetention(double retention) {
        return new FsrsSettings(retention, maximumIntervalDays, fuzz, fuzzSeed);
    }

    public FsrsSettings withMaximumInterval(int days) {
        return new FsrsSettings(desiredRetention, days, fuzz, fuzzSeed);
    }

    public FsrsSettings withFuzz(long seed) {
        return new FsrsSettings(desiredRetention, maximumIntervalDays, true, seed);
    }
}
