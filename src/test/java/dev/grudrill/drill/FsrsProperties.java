package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Monotonicity of the FSRS-6 scheduler on cards reached by random review histories: a better grade
 * never schedules sooner, a more stable card never gets a shorter interval, and recall only fades
 * with time.
 */
class FsrsProperties {
    private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");

    /** A card after a random history, the settings it was scheduled with, and a review moment. */
    record Case(Fsrs fsrs, CardState card, Instant now, String history) {
        @Override
        public String toString() {
            return history + " → " + card + " reviewed at " + now + " with " + fsrs.settings();
        }
    }

    @Property(tries = 2000)
    void aBetterGradeNeverSchedulesSooner(@ForAll("cases") Case c) {
        Map<Grade, Duration> waits = c.fsrs().preview(c.card(), c.now());
        List<Grade> grades = List.of(Grade.AGAIN, Grade.HARD, Grade.GOOD, Grade.EASY);
        for (int i = 1; i < grades.size(); i++) {
            Duration worse = waits.get(grades.get(i - 1));
            Duration better = waits.get(grades.get(i));
            assertTrue(worse.compareTo(better) <= 0, grades.get(i - 1) + " " + worse + " > " + grades.get(i) + " "
                    + better + " for " + c);
        }
        for (Duration wait : waits.values()) {
            assertTrue(wait.compareTo(Duration.ofMinutes(1)) >= 0, "wait " + wait + " for " + c);
        }
    }

    /**
     * Two review cards that differ only in stability, reviewed at the same moment with the same grade:
     * the more stable one is never due sooner.
     */
    @Property(tries = 3000)
    void intervalsGrowWithStability(@ForAll("reviewCards") CardState card,
            @ForAll @DoubleRange(min = 1.0, max = 4.0) double factor, @ForAll @IntRange(min = 0, max = 400) int days,
            @ForAll("recalled") Grade grade, @ForAll("settings") FsrsSettings settings) {
        Fsrs fsrs = new Fsrs(settings);
        double stability = card.stability();
        CardState stronger = new CardState(card.due(), Math.min(36500, stability * factor), card.difficulty(),
                card.elapsedDays(), card.scheduledDays(), card.reps(), card.lapses(), card.state(), card.learningStep(),
                card.lastReview());
        Instant now = card.lastReview().plus(Duration.ofDays(days)).plus(Duration.ofHours(1));
        Duration weak = Duration.between(now, fsrs.review(card, grade, now).card().due());
        Duration strong = Duration.between(now, fsrs.review(stronger, grade, now).card().due());
        assertTrue(weak.compareTo(strong) <= 0, grade + " after " + days + " days: stability " + stability + " → "
                + weak + ", stability " + stronger.stability() + " → " + strong + " (" + settings + ")");
    }

    @Property(tries = 2000)
    void recallFadesWithTime(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 3000) int a,
            @ForAll @IntRange(min = 0, max = 3000) int b) {
        if (c.card().state() == State.NEW) {
            assertEquals(0, c.fsrs().retrievability(c.card(), c.now()));
            return;
        }
        Instant earlier = c.card().lastReview().plus(Duration.ofHours(Math.min(a, b) * 6L));
        Instant later = c.card().lastReview().plus(Duration.ofHours(Math.max(a, b) * 6L));
        double r1 = c.fsrs().retrievability(c.card(), earlier);
        double r2 = c.fsrs().retrievability(c.card(), later);
        assertTrue(r1 >= r2, "recall " + r1 + " at " + earlier + " < " + r2 + " at " + later + " for " + c);
        assertTrue(r2 > 0 && r1 <= 1, r1 + ", " + r2);
        assertEquals(1.0, c.fsrs().retrievability(c.card(), c.card().lastReview()), "recall on the day of the review");
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Grade>> grades = Arbitraries.of(Grade.values()).list().ofMinSize(0).ofMaxSize(12);
        Arbitrary<List<Long>> gaps = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 60)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(60, 3 * 24 * 60)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(1, 400L * 24 * 60))).list().ofSize(13);
        return Combinators.combine(settings(), grades, gaps, Arbitraries.of(true, false))
                .as((settings, history, minutes, atDue) -> {
                    Fsrs fsrs = new Fsrs(settings);
                    CardState card = CardState.newCard(START);
                    Instant now = START;
                    StringBuilder log = new StringBuilder("new");
                    for (int i = 0; i < history.size(); i++) {
                        now = (atDue && card.due().isAfter(now) ? card.due() : now).plus(Duration.ofMinutes(
                                minutes.get(i)));
                        card = fsrs.review(card, history.get(i), now).card();
                        log.append(", ").append(history.get(i).key()).append(" at ").append(now);
                    }
                    Instant reviewAt = now.plus(Duration.ofMinutes(minutes.get(history.size())));
                    return new Case(fsrs, card, reviewAt, log.toString());
                });
    }

    @Provide
    Arbitrary<CardState> reviewCards() {
        return Combinators.combine(Arbitraries.doubles().between(0.01, 20000).ofScale(3),
                Arbitraries.doubles().between(1, 10).ofScale(4), Arbitraries.integers().between(1, 50),
                Arbitraries.integers().between(0, 10))
                .as((stability, difficulty, reps, lapses) -> new CardState(START.plus(Duration.ofDays(1)), stability,
                        difficulty, 1, 1, reps, lapses, State.REVIEW, 0, START));
    }

    @Provide
    Arbitrary<Grade> recalled() {
        return Arbitraries.of(Grade.HARD, Grade.GOOD, Grade.EASY);
    }

    @Provide
    Arbitrary<FsrsSettings> settings() {
        return Combinators.combine(Arbitraries.doubles().between(0.7, 0.99).ofScale(2),
                Arbitraries.of(1, 7, 30, 365, 36500), Arbitraries.of(true, false), Arbitraries.longs())
                .as((retention, maximum, fuzz, seed) -> {
                    FsrsSettings s = new FsrsSettings(retention, maximum, false, 0);
                    return fuzz ? s.withFuzz(seed) : s;
                });
    }
}
