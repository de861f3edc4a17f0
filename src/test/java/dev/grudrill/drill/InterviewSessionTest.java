package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.NotFoundException;
import dev.grudrill.bank.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interview state machine with fixed instants: no clock, no sleeping. */
class InterviewSessionTest {
    static final Bank BANK = GraderTest.BANK;
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    static List<Card> cards(String... ids) {
        return List.of(ids).stream().map(id -> BANK.find(id).orElseThrow()).toList();
    }

    @Test
    void aWholeInterviewProducesOneSelfContainedRecordPerConfirmedGrade() {
        InterviewSession s = new InterviewSession("iv-1", cards("gru-02", "gru-06", "gru-17"), null, null, true);
        Turn q2 = s.start(T0);
        assertEquals(Duration.ofMinutes(2), q2.allowed(), "the question's suggested time");
        assertEquals(Duration.ofSeconds(75), s.remaining(T0.plusSeconds(45)));
        Answered a2 = s.submit(GraderTest.GOOD_Q2, T0.plusSeconds(50));
        assertEquals(Grade.EASY, a2.suggested());
        HistoryRecord r2 = s.confirm(Grade.GOOD, T0.plusSeconds(60));
        assertEquals("gru-02", r2.questionId());
        assertEquals("iv-1", r2.interviewId());
        assertEquals(1.0, r2.coverage());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), r2.covered());
        assertEquals("easy", r2.suggestedGrade());
        assertEquals("good", r2.grade());
        assertEquals(50, r2.secondsUsed());
        assertEquals(120, r2.allowedSeconds());
        assertFalse(r2.overtime());
        assertEquals("2026-11-25T10:01:00Z", r2.time());

        assertEquals("In PyTorch, does z_t ≈ 1 keep or overwrite the old state? What about in Chung et al.'s equations?",
                s.availableFollowUp());
        Turn bonus = s.startFollowUp(T0.plusSeconds(70));
        assertTrue(bonus.isFollowUp());
        Answered fa = s.submit("It keeps it in PyTorch; Chung swaps it.", T0.plusSeconds(100));
        assertNull(fa.grading());
        assertEquals(Grade.GOOD, fa.suggested(), "follow-ups are suggested from time only");
        HistoryRecord fr = s.confirm(Grade.GOOD, T0.plusSeconds(101));
        assertEquals(0, fr.followUp());
        assertNull(s.availableFollowUp(), "one bonus per question");

        Turn q6 = s.start(T0.plusSeconds(120));
        assertEquals(2, q6.number());
        Answered a6 = s.submit("it has an output gate", T0.plusSeconds(180));
        assertEquals(Grade.AGAIN, a6.suggested());
        assertEquals(List.of(0), s.confirm(Grade.AGAIN, T0.plusSeconds(181)).misconceptions());

        Turn q17 = s.start(T0.plusSeconds(200));
        assertFalse(q17.gradable(), "gru-17 has no model answer yet");
        assertTrue(s.timeUp(T0.plusSeconds(200 + 180)));
        Answered a17 = s.submit("partial", T0.plusSeconds(200 + 185));
        assertNull(a17.suggested(), "nothing to suggest from: the user grades it");
        assertTrue(a17.timing().overtime());
        assertEquals(180, a17.timing().usedSeconds(), "cut at the deadline when time is enforced");
        HistoryRecord r17 = s.confirm(Grade.HARD, T0.plusSeconds(400));
        assertNull(r17.coverage());
        assertNull(r17.suggestedGrade());
        assertTrue(r17.overtime());
        assertFalse(s.hasNext());
        assertEquals(4, s.results().size());
        assertEquals(0.5, s.score().getAsDouble(), 1e-9, "mean coverage of gru-02 (1.0) and gru-06 (0.0)");
    }

    @Test
    void skippingKeepsNothingAndCountsZero() {
        InterviewSession s = new InterviewSession("iv", cards("gru-02", "gru-06"), Duration.ofMinutes(1), null, true);
        s.start(T0);
        s.skip(T0.plusSeconds(5));
        assertTrue(s.results().get(0).skipped());
        assertNull(s.availableFollowUp(), "no bonus after a skip");
        assertEquals(Duration.ofMinutes(1), s.start(T0.plusSeconds(6)).allowed(), "--time overrides");
        s.submit(GraderTest.GOOD_Q6, T0.plusSeconds(30));
        s.confirm(Grade.GOOD, T0.plusSeconds(31));
        assertEquals(0.5, s.score().getAsDouble(), 1e-9);
    }

    @Test
    void theTotalCutsTheLastQuestionsShortAndEndsTheInterview() {
        InterviewSession s = new InterviewSession("iv", cards("gru-02", "gru-06", "gru-02"), null,
                Duration.ofMinutes(3), true);
        s.start(T0);
        s.submit("x", T0.plusSeconds(100));
        s.confirm(Grade.AGAIN, T0.plusSeconds(500));
        Turn second = s.start(T0.plusSeconds(600));
        assertEquals(Duration.ofSeconds(80), second.allowed(), "3m total minus 100s answering; grading time is free");
        s.submit("y", T0.plusSeconds(700));
        s.confirm(Grade.AGAIN, T0.plusSeconds(701));
        assertFalse(s.hasNext());
        assertEquals("the total time ran out after question 2", s.endNote());
    }

    @Test
    void withoutEnforcementOvertimeIsMeasuredNotCut() {
        InterviewSession s = new InterviewSession("iv", cards("gru-02"), null, null, false);
        s.start(T0);
        Answered a = s.submit(GraderTest.GOOD_Q2, T0.plusSeconds(150));
        assertEquals(150, a.timing().usedSeconds());
        assertTrue(a.timing().overtime());
        assertEquals(Grade.HARD, a.suggested());
    }

    @Test
    void endingDropsTheUngradedAnswerAndKeepsTheRest() {
        InterviewSession s = new InterviewSession("iv", cards("gru-02", "gru-06"), null, null, true);
        s.start(T0);
        s.submit("reset gate and update gate", T0.plusSeconds(10));
        s.confirm(Grade.HARD, T0.plusSeconds(11));
        s.start(T0.plusSeconds(12));
        s.end("ended by the user during question 2");
        assertFalse(s.hasNext());
        assertEquals(1, s.results().size());
        assertEquals("ended by the user during question 2", s.endNote());
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        InterviewSession s = new InterviewSession("iv", cards("gru-02"), null, null, true);
        assertThrows(IllegalStateException.class, () -> s.submit("x", T0));
        s.start(T0);
        assertThrows(IllegalStateException.class, () -> s.start(T0));
        assertThrows(IllegalStateException.class, () -> s.confirm(Grade.GOOD, T0));
    }

    @Test
    void theSameSeedPicksTheSameWrittenQuestions() {
        Selection a = new Selection(2, null, null, List.of(), 42);
        assertEquals(a.pick(BANK), a.pick(BANK));
        assertTrue(a.pick(BANK).stream().allMatch(c -> c.answer().written()));
        assertEquals(cards("gru-17", "gru-02"), new Selection(5, null, null, List.of("17", "gru-02"), 1).pick(BANK));
    }

    @Test
    void aSelectionThatMatchesNoWrittenAnswerSaysHowToGetThem() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> new Selection(5, Topic.DEPLOYMENT, null, List.of(), 1).pick(BANK));
        assertTrue(e.getMessage().startsWith("no question with a written model answer matches --topic deployment"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--ids"), e.getMessage());
        assertThrows(NotFoundException.class, () -> new Selection(5, null, null, List.of("51"), 1).pick(BANK));
    }
}
