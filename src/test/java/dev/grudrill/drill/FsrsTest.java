package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour the reference fixtures do not pin down: fuzz, validation, and a few FSRS identities. */
class FsrsTest {
    private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");

    /** A review card: easy on a new card, then good reviews at the due date. */
    private static CardState reviewed(Fsrs fsrs, int goods) {
        CardState card = fsrs.review(CardState.newCard(START), Grade.EASY, START).card();
        for (int i = 0; i < goods; i++) {
            card = fsrs.review(card, Grade.GOOD, card.due()).card();
        }
        return card;
    }

    @Test
    void recallIsNinetyPercentWhenTheElapsedDaysEqualTheStability() {
        Fsrs fsrs = new Fsrs();
        CardState card = new CardState(START, 10, 5, 0, 10, 3, 0, State.REVIEW, 0, START);
        assertEquals(0.9, fsrs.retrievability(card, START.plus(Duration.ofDays(10))), 1e-6);
        assertEquals(1.0, fsrs.retrievability(card, START.plus(Duration.ofHours(3))), 0);
        assertTrue(fsrs.retrievability(card, START.plus(Duration.ofDays(30))) < 0.9);
    }

    @Test
    void aNewCardHasNoRecall() {
        assertEquals(0.0, new Fsrs().retrievability(CardState.newCard(START), START.plus(Duration.ofDays(5))));
    }

    @Test
    void previewShowsTheLearningStepsOfANewCard() {
        Map<Grade, Duration> preview = new Fsrs().preview(CardState.newCard(START), START);
        assertEquals(Duration.ofMinutes(1), preview.get(Grade.AGAIN));
        assertEquals(Duration.ofMinutes(6), preview.get(Grade.HARD));
        assertEquals(Duration.ofMinutes(10), preview.get(Grade.GOOD));
        assertEquals(Duration.ofDays(8), preview.get(Grade.EASY));
    }

    @Test
    void aHigherRetentionGivesShorterIntervals() {
        CardState card = reviewed(new Fsrs(), 3);
        Instant at = card.due();
        Duration at90 = new Fsrs().preview(card, at).get(Grade.GOOD);
        Duration at97 = new Fsrs(FsrsSettings.DEFAULT.withRetention(0.97)).preview(card, at).get(Grade.GOOD);
        assertTrue(at97.compareTo(at90) < 0, at97 + " vs " + at90);
    }

    @Test
    void fuzzIsDeterministicForASeedAndStaysInTheReferenceRange() {
        Fsrs plain = new Fsrs();
        Fsrs fuzzed = new Fsrs(FsrsSettings.DEFAULT.withFuzz(42));
        Fsrs again = new Fsrs(FsrsSettings.DEFAULT.withFuzz(42));
        Set<Long> spread = new HashSet<>();
        for (int goods = 1; goods <= 6; goods++) {
            CardState card = reviewed(plain, goods);
            Instant at = card.due();
            int exact = plain.review(card, Grade.GOOD, at).card().scheduledDays();
            int fuzzy = fuzzed.review(card, Grade.GOOD, at).card().scheduledDays();
            assertEquals(fuzzy, again.review(card, Grade.GOOD, at).card().scheduledDays());
            int[] range = Fsrs.fuzzRange(exact, card.scheduledDays(), 36500);
            assertTrue(fuzzy >= range[0] && fuzzy <= range[1], fuzzy + " outside " + range[0] + ".." + range[1]);
            for (long seed = 0; seed < 20; seed++) {
                spread.add((long) new Fsrs(FsrsSettings.DEFAULT.withFuzz(seed)).review(card, Grade.GOOD, at).card()
                        .scheduledDays() - exact);
            }
        }
        assertTrue(spread.size() > 2, "fuzz never moved an interval: " + spread);
    }

    @Test
    void fuzzLeavesShortIntervalsAlone() {
        CardState card = new Fsrs().review(CardState.newCard(START), Grade.GOOD, START).card();
        Instant at = card.due();
        for (long seed = 0; seed < 20; seed++) {
            // Good from the last learning step graduates the card with an interval of 2 days.
            assertEquals(2, new Fsrs(FsrsSettings.DEFAULT.withFuzz(seed)).review(card, Grade.GOOD, at).card()
                    .scheduledDays());
        }
    }

    @Test
    void reviewIntervalsKeepHardBelowGoodBelowEasy() {
        Fsrs fsrs = new Fsrs();
        List<Duration> waits = new ArrayList<>();
        CardState card = reviewed(fsrs, 2);
        for (Instant at : List.of(card.due(), card.lastReview().plus(Duration.ofHours(1)), card.due().plus(
                Duration.ofDays(40)))) {
            Map<Grade, Duration> preview = fsrs.preview(card, at);
            waits.add(preview.get(Grade.GOOD));
            assertTrue(preview.get(Grade.HARD).compareTo(preview.get(Grade.GOOD)) < 0, preview.toString());
            assertTrue(preview.get(Grade.GOOD).compareTo(preview.get(Grade.EASY)) < 0, preview.toString());
            assertEquals(Duration.ofMinutes(10), preview.get(Grade.AGAIN));
        }
        assertNotEquals(waits.get(0), waits.get(2));
    }

    @Test
    void againInReviewCountsALapseAndRelearns() {
        Fsrs fsrs = new Fsrs();
        CardState card = reviewed(fsrs, 2);
        CardState lapsed = fsrs.review(card, Grade.AGAIN, card.due()).card();
        assertEquals(State.RELEARNING, lapsed.state());
        assertEquals(card.lapses() + 1, lapsed.lapses());
        assertTrue(lapsed.stability() < card.stability());
        CardState relearnt = fsrs.review(lapsed, Grade.GOOD, lapsed.due()).card();
        assertEquals(State.REVIEW, relearnt.state());
        assertEquals(lapsed.lapses(), relearnt.lapses());
    }

    @Test
    void aReviewBeforeTheLastOneIsRefused() {
        Fsrs fsrs = new Fsrs();
        CardState card = fsrs.review(CardState.newCard(START), Grade.GOOD, START).card();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fsrs.review(card, Grade.GOOD, START.minusSeconds(1)));
        assertTrue(e.getMessage().contains("before the last review"), e.getMessage());
    }

    @Test
    void settingsAndStatesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> FsrsSettings.DEFAULT.withRetention(1.0));
        assertThrows(IllegalArgumentException.class, () -> FsrsSettings.DEFAULT.withRetention(0));
        assertThrows(IllegalArgumentException.class, () -> FsrsSettings.DEFAULT.withRetention(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> FsrsSettings.DEFAULT.withMaximumInterval(0));
        assertThrows(IllegalArgumentException.class,
                () -> new CardState(START, 2, 5, 0, 2, 1, 0, State.REVIEW, 0, null));
        assertThrows(IllegalArgumentException.class,
                () -> new CardState(START, 2, 11, 0, 2, 1, 0, State.REVIEW, 0, START));
    }

    @Test
    void gradesParseFromNamesAndNumbers() {
        assertEquals(Grade.GOOD, Grade.parse("Good").orElseThrow());
        assertEquals(Grade.AGAIN, Grade.parse("1").orElseThrow());
        assertTrue(Grade.parse("gud").isEmpty());
        assertTrue(Grade.parse("5").isEmpty());
    }
}
