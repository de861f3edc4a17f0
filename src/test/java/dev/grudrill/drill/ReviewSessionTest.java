package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.TestBanks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewSessionTest {
    static final Bank BANK = TestBanks.real();
    static final List<Card> CARDS = BANK.cards();
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    final Fsrs fsrs = new Fsrs();

    /** gru-01 long overdue, gru-02 due yesterday, gru-03 in its 10-minute step, gru-04 due in a week. */
    Progress progress() {
        Progress p = new Progress(fsrs);
        Instant t = NOW.minus(Duration.ofDays(12));
        p.apply(Records.review("gru-01", t, "good"));
        p.apply(Records.review("gru-01", t.plus(Duration.ofMinutes(10)), "good"));
        p.apply(Records.review("gru-02", NOW.minus(Duration.ofDays(3)), "good"));
        p.apply(Records.review("gru-02", NOW.minus(Duration.ofDays(3)).plus(Duration.ofMinutes(10)), "hard"));
        p.apply(Records.review("gru-02", NOW.minus(Duration.ofDays(3)).plus(Duration.ofMinutes(20)), "good"));
        p.apply(Records.review("gru-03", NOW.minus(Duration.ofMinutes(2)), "good"));
        p.apply(Records.review("gru-04", NOW.minus(Duration.ofDays(1)), "easy"));
        return p;
    }

    static ReviewSession start(Progress p, int newCards, Integer limit, Optional<PlanGoal> goal, Instant now) {
        return ReviewSession.start("s", CARDS, p, goal, CARDS, newCards, limit, now);
    }

    static List<String> drain(ReviewSession s, Instant now) {
        List<String> shown = new java.util.ArrayList<>();
        for (ReviewSession.Item item = s.next(now); item != null; item = s.next(now)) {
            shown.add(item.card().id() + ":" + item.reason().name().toLowerCase());
            s.skip();
        }
        return shown;
    }

    @Test
    void dueCardsComeFirstMostOverdueFirstThenNewOnesUpToTheLimit() {
        Progress p = progress();
        assertEquals(List.of("gru-01:due", "gru-02:due", "gru-03:due", "gru-05:new", "gru-06:new", "gru-07:new"),
                drain(start(p, 3, null, Optional.empty(), NOW), NOW));
        assertEquals(List.of("gru-01:due", "gru-02:due"), drain(start(p, 3, 2, Optional.empty(), NOW), NOW));
        assertEquals(List.of("gru-01:due", "gru-02:due", "gru-03:due"), drain(start(p, 0, null, Optional.empty(), NOW),
                NOW));
    }

    @Test
    void aReviewCardIsDueAllOfItsDueDayAndALearningStepTwentyMinutesAhead() {
        Progress p = new Progress(fsrs);
        Instant morning = Instant.parse("2026-11-20T20:00:00Z");
        p.apply(Records.review("gru-01", morning, "easy"));
        Instant due = p.cards().get("gru-01").state().due();
        assertEquals(Instant.parse("2026-11-28T20:00:00Z"), due);
        assertEquals(0, start(p, 0, null, Optional.empty(), Instant.parse("2026-11-27T23:59:00Z")).initialSize());
        assertEquals(1, start(p, 0, null, Optional.empty(), Instant.parse("2026-11-28T00:01:00Z")).initialSize(),
                "FSRS counts whole days: due from the start of its UTC day");

        p.apply(Records.review("gru-02", NOW, "good"));
        assertEquals(0, start(p, 0, null, Optional.empty(), NOW.minus(Duration.ofMinutes(11))).dueCount(
                NOW.minus(Duration.ofMinutes(11))), "not yet: the step ends in 21 minutes");
        assertEquals(1, start(p, 0, null, Optional.empty(), NOW).dueCount(NOW), "the 10-minute step, taken early");
    }

    @Test
    void aCardGradedIntoAShortStepComesBackAtTheEndAndTheGradeIsAReviewRecord() {
        Progress p = new Progress(fsrs);
        ReviewSession s = start(p, 2, null, Optional.empty(), NOW);
        assertEquals("gru-01", s.next(NOW).card().id());
        Instant graded = NOW.plusSeconds(42);
        assertEquals(Duration.ofMinutes(10), s.preview(graded).get(Grade.GOOD));
        HistoryRecord record = s.grade(Grade.GOOD, graded);
        p.apply(record);
        assertEquals(HistoryRecord.REVIEW, record.source());
        assertEquals("gru-01", record.questionId());
        assertEquals(BANK.find("gru-01").orElseThrow().question().prompt(), record.prompt());
        assertEquals("good", record.grade());
        assertEquals(graded.toString(), record.time());
        assertEquals(42, record.secondsUsed());
        assertNull(record.followUp());

        assertEquals("gru-02", s.next(graded).card().id());
        p.apply(s.grade(Grade.EASY, graded));
        ReviewSession.Item back = s.next(graded);
        assertEquals("gru-01", back.card().id());
        assertEquals(ReviewSession.Reason.LEARNING, back.reason());
        p.apply(s.grade(Grade.GOOD, graded.plusSeconds(30)));
        assertNull(s.next(graded), "gru-02 went straight to review (Easy): it does not come back");
        assertEquals(List.of(Grade.GOOD, Grade.EASY, Grade.GOOD), s.graded().stream().map(ReviewSession.Graded::grade)
                .toList());
        assertEquals(Duration.ofDays(2), s.graded().get(2).next());
        assertEquals(0, s.dueCount(graded));
        assertEquals(Optional.of(Instant.parse("2026-11-27T00:00:00Z")), s.nextDue(),
                "due in 2 days (at 10:01), so due from the start of that day");
        assertEquals(CARDS.size() - 2, s.newLeft());
    }

    @Test
    void withAnInterviewPlanTheCardsItSchedulesTodayAreOffered() {
        Progress p = new Progress(fsrs);
        p.apply(Records.review("gru-09", NOW.minus(Duration.ofDays(5)), "easy"));
        assertEquals(0, start(p, 0, null, Optional.empty(), NOW).initialSize(), "gru-09 is due in 3 days");

        PlanGoal tomorrow = new PlanGoal(LocalDate.of(2026, 11, 26), 0.95);
        List<String> queue = drain(start(p, 0, null, Optional.of(tomorrow), NOW), NOW);
        assertTrue(queue.contains("gru-09:planned"), queue.toString());

        PlanGoal tenDays = new PlanGoal(LocalDate.of(2026, 12, 5), 0.9);
        List<String> fresh = drain(start(new Progress(fsrs), 3, null, Optional.of(tenDays), NOW), NOW);
        assertEquals(10, fresh.size(), "the plan learns 10 new questions today, more than --new 3: " + fresh);
        assertTrue(fresh.stream().allMatch(id -> id.endsWith(":new")), fresh.toString());

        PlanGoal past = new PlanGoal(LocalDate.of(2026, 11, 25), 0.9);
        assertEquals(0, start(p, 0, null, Optional.of(past), NOW).initialSize(), "a plan for today is over");
    }
}
