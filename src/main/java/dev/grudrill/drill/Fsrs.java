package dev.grudrill.drill;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The FSRS-6 scheduler, written from the published formulas and checked review by review against
 * the reference implementation, ts-fsrs 5.4.2 (fixtures in the tests): learning steps 1 min and 10 min,
 * relearning step 10 min, short-term (same-day) stability on.
 *
 * <p>Behaviour of the reference kept on purpose, so that results are equal to it:
 * <ul>
 *   <li>Days are calendar days in UTC: a review at 23:55 and one at 00:05 are one day apart, two
 *       reviews on the same UTC date are a same-day review (short-term stability).</li>
 *   <li>Intermediate values are rounded to 8 decimals where the reference rounds them; stability is
 *       kept in [0.001, 36500].</li>
 *   <li>Mean reversion pulls difficulty toward the unclamped initial difficulty of Easy (below 1 with
 *       the default weights); the result is then clamped to [1, 10].</li>
 *   <li>In review, the intervals keep Hard &le; Good &lt; Easy (Good at least Hard + 1, Easy at least
 *       Good + 1), even when that puts Good or Easy a day or two past the maximum interval.</li>
 * </ul>
 * {@link StrictMath} is used so that results do not depend on the JVM's platform maths.
 *
 * <p>Fuzz (off by default) spreads intervals of 3 days or more over the same range as the reference
 * (&plusmn;15% up to 7 days, &plusmn;10% up to 20, &plusmn;5% beyond, never sooner than the days
 * already elapsed). The point inside the range differs from the reference: it is drawn from the seed,
 * the review time and the review count, so replaying the same reviews with the same seed gives the
 * same intervals.
 */
public final class Fsrs {
    /** The default FSRS-6 weights w0..w20, {@code default_w} of ts-fsrs 5.x. */
    static final double[] W = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    static final double MIN_STABILITY = 0.001;
    private static final double MAX_STABILITY = 36500;
    private static final List<Duration> LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    private static final List<Duration> RELEARNING_STEPS = List.of(Duration.ofMinutes(10));

    private final FsrsSettings settings;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    public Fsrs() {
        this(FsrsSettings.DEFAULT);
    }

    public Fsrs(FsrsSettings settings) {
        this.settings = Objects.requireNonNull(settings);
        decay = -W[20];
        // Chosen so that recall is 90% when the elapsed time equals the stability.
        factor = round8(StrictMath.exp(1 / decay * StrictMath.log(0.9)) - 1);
        intervalModifier = round8((StrictMath.pow(settings.desiredRetention(), 1 / decay) - 1) / factor);
    }

    public FsrsSettings settings() {
        return settings;
    }

    /** Reviews {@code card} with {@code grade} at {@code now}; {@code now} must not be before its last review. */
    public Review review(CardState card, Grade grade, Instant now) {
        Objects.requireNonNull(grade, "grade");
        int elapsed = elapsedDays(card, now);
        Memory memory = nextMemory(card, elapsed, grade);
        ReviewLog log = new ReviewLog(grade, now, card.state(), card.stability(), card.difficulty(), elapsed,
                card.scheduledDays(), card.learningStep());
        Step step = step(card, grade);
        int lapses = card.lapses() + (card.state() == State.REVIEW && grade == Grade.AGAIN ? 1 : 0);
        CardState next;
        if (step != null) {
            State state = card.state() == State.NEW ? State.LEARNING
                    : card.state() == State.REVIEW ? State.RELEARNING : card.state();
            next = new CardState(now.plus(step.delay()), memory.stability(), memory.difficulty(), elapsed, 0,
                    card.reps() + 1, lapses, state, step.next(), now);
        } else {
            boolean recalled = card.state() == State.REVIEW && grade != Grade.AGAIN;
            int days = recalled ? reviewInterval(card, elapsed, grade, now)
                    : interval(memory.stability(), elapsed, now, card.reps() + 1);
            next = new CardState(now.plus(Duration.ofDays(days)), memory.stability(), memory.difficulty(), elapsed,
                    days, card.reps() + 1, lapses, State.REVIEW, 0, now);
        }
        return new Review(next, log);
    }

    /** The wait until the next review for each grade, as the grade buttons show it. */
    public Map<Grade, Duration> preview(CardState card, Instant now) {
        Map<Grade, Duration> waits = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            waits.put(grade, Duration.between(now, review(card, grade, now).card().due()));
        }
        return waits;
    }

    /**
     * The predicted probability of recall at {@code at}: the value a review at that moment would use,
     * from the calendar days (UTC) since the last review. 0 for a new card.
     *
     * <p>ts-fsrs's {@code get_retrievability} counts elapsed 24-hour periods instead, which can be one
     * day fewer.
     */
    public double retrievability(CardState card, Instant at) {
        if (card.state() == State.NEW) {
            return 0;
        }
        return forgettingCurve(Math.max(0, calendarDays(card.lastReview(), at)), card.stability());
    }

    /** Calendar days in UTC from {@code from} to {@code to}, as the reference counts them. */
    static int calendarDays(Instant from, Instant to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(
                LocalDate.ofInstant(from, ZoneOffset.UTC), LocalDate.ofInstant(to, ZoneOffset.UTC)));
    }

    private static int elapsedDays(CardState card, Instant now) {
        Objects.requireNonNull(now, "now");
        if (card.state() == State.NEW) {
            return 0;
        }
        if (now.isBefore(card.lastReview())) {
            throw new IllegalArgumentException("review at " + now + " is before the last review at "
                    + card.lastReview());
        }
        return calendarDays(card.lastReview(), now);
    }

    double forgettingCurve(int days, double stability) {
        return round8(StrictMath.pow(1 + factor * days / stability, decay));
    }

    private record Memory(double stability, double difficulty) {
    }

    private Memory nextMemory(CardState card, int elapsed, Grade grade) {
        int g = grade.number();
        if (card.state() == State.NEW) {
            return new Memory(Math.max(W[g - 1], 0.1), clamp(initialDifficulty(g), 1, 10));
        }
        double s = card.stability();
        double d = card.difficulty();
        double stability;
        if (elapsed == 0) {
            stability = shortTermStability(s, g);
        } else {
            double r = forgettingCurve(elapsed, s);
            stability = grade == Grade.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, g);
        }
        return new Memory(stability, nextDifficulty(d, g));
    }

    private static double initialDifficulty(int g) {
        return round8(W[4] - StrictMath.exp((g - 1) * W[5]) + 1);
    }

    private static double nextDifficulty(double d, int g) {
        double delta = -W[6] * (g - 3);
        double damped = d + round8(delta * (10 - d) / 9);
        return clamp(round8(W[7] * initialDifficulty(4) + (1 - W[7]) * damped), 1, 10);
    }

    private static double recallStability(double d, double s, double r, int g) {
        double hardPenalty = g == 2 ? W[15] : 1;
        double easyBonus = g == 4 ? W[16] : 1;
        return round8(clamp(s * (1 + StrictMath.exp(W[8]) * (11 - d) * StrictMath.pow(s, -W[9])
                * (StrictMath.exp((1 - r) * W[10]) - 1) * hardPenalty * easyBonus), MIN_STABILITY, MAX_STABILITY));
    }

    private static double forgetStability(double d, double s, double r) {
        double forgotten = round8(clamp(W[11] * StrictMath.pow(d, -W[12]) * (StrictMath.pow(s + 1, W[13]) - 1)
                * StrictMath.exp((1 - r) * W[14]), MIN_STABILITY, MAX_STABILITY));
        // Capped so that the same-day Good of the relearning step cannot lift it above the stability before.
        double sameDayFloor = round8(s / StrictMath.exp(W[17] * W[18]));
        return Math.min(Math.max(sameDayFloor, MIN_STABILITY), forgotten);
    }

    private static double shortTermStability(double s, int g) {
        double increase = StrictMath.pow(s, -W[19]) * StrictMath.exp(W[17] * (g - 3 + W[18]));
        // Hard, Good and Easy never lower stability on the same day (the reference masks from Hard up).
        if (g >= 2) {
            increase = Math.max(increase, 1);
        }
        return round8(clamp(s * increase, MIN_STABILITY, MAX_STABILITY));
    }

    /** A (re)learning step: how long to wait and the index of the step the card moves to. */
    private record Step(Duration delay, int next) {
    }

    /** The step {@code grade} leads to, or null when the card goes to (or stays in) review. */
    private static Step step(CardState card, Grade grade) {
        State state = card.state();
        List<Duration> steps = state == State.REVIEW || state == State.RELEARNING ? RELEARNING_STEPS : LEARNING_STEPS;
        int current = card.learningStep();
        if (current >= steps.size()) {
            return null;
        }
        if (state == State.REVIEW) {
            return grade == Grade.AGAIN ? new Step(steps.get(current), 0) : null;
        }
        return switch (grade) {
            case AGAIN -> new Step(steps.get(0), 0);
            case HARD -> new Step(hardWait(steps), current);
            case GOOD -> current + 1 < steps.size() ? new Step(steps.get(current + 1), current + 1) : null;
            case EASY -> null;
        };
    }

    /** Hard waits halfway between the first two steps, or 1.5 times a single step, in whole minutes. */
    private static Duration hardWait(List<Duration> steps) {
        long first = steps.get(0).toMinutes();
        double minutes = steps.size() == 1 ? first * 1.5 : (first + steps.get(1).toMinutes()) / 2.0;
        return Duration.ofMinutes(Math.round(minutes));
    }

    /** Interval of a review card recalled ({@code grade} Hard, Good or Easy), keeping Hard &le; Good &lt; Easy. */
    private int reviewInterval(CardState card, int elapsed, Grade grade, Instant now) {
        int reps = card.reps() + 1;
        int hard = interval(nextMemory(card, elapsed, Grade.HARD).stability(), elapsed, now, reps);
        int good = interval(nextMemory(card, elapsed, Grade.GOOD).stability(), elapsed, now, reps);
        hard = Math.min(hard, good);
        good = Math.max(good, hard + 1);
        if (grade == Grade.HARD) {
            return hard;
        }
        if (grade == Grade.GOOD) {
            return good;
        }
        return Math.max(interval(nextMemory(card, elapsed, Grade.EASY).stability(), elapsed, now, reps), good + 1);
    }

    /** Days until recall falls to the desired retention, at least 1, at most the maximum, not fuzzed. */
    int intervalDays(double stability) {
        return (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), settings.maximumIntervalDays());
    }

    /** Days until recall falls to the desired retention, at least 1, at most the maximum, maybe fuzzed. */
    private int interval(double stability, int elapsed, Instant now, int reps) {
        int days = intervalDays(stability);
        if (!settings.fuzz() || days < 2.5) {
            return days;
        }
        int[] range = fuzzRange(days, elapsed, settings.maximumIntervalDays());
        return (int) Math.floor(fuzzFactor(now, reps) * (range[1] - range[0] + 1) + range[0]);
    }

    /** The reference's fuzz range {min, max} in days for an interval. */
    static int[] fuzzRange(int interval, int elapsed, int maximum) {
        double delta = 1.0 + 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0.0)
                + 0.10 * Math.max(Math.min(interval, 20.0) - 7.0, 0.0)
                + 0.05 * Math.max(interval - 20.0, 0.0);
        int days = Math.min(interval, maximum);
        int max = (int) Math.min(Math.round(days + delta), maximum);
        int min = (int) Math.max(2, Math.round(days - delta));
        if (days > elapsed) {
            min = Math.max(min, elapsed + 1);
        }
        return new int[] {Math.min(min, max), max};
    }

    /** A number in [0, 1) fixed by the seed, the review time and the review count (SplitMix64 mixing). */
    private double fuzzFactor(Instant now, int reps) {
        long h = mix(mix(settings.fuzzSeed() + now.toEpochMilli()) + reps);
        return (h >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }

    /** Rounds to 8 decimals, half up, as the reference's {@code roundTo(x, 8)}. */
    private static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }
}
