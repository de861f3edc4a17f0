package dev.grudrill.drill;

import dev.grudrill.bank.Card;
import java.time.Duration;
import java.time.Instant;

/**
 * One question being asked: a question of the interview, or a bonus follow-up to one.
 *
 * @param number    1-based position of the question in the interview
 * @param of        how many questions the interview has
 * @param card      the question and its model answer
 * @param followUp  index into the answer's follow-ups for a bonus question, else null
 * @param allowed   the time allowed (the countdown's start)
 * @param startedAt when the question appeared
 */
public record Turn(int number, int of, Card card, Integer followUp, Duration allowed, Instant startedAt) {

    public boolean isFollowUp() {
        return followUp != null;
    }

    /** What the interviewer asks: the question's prompt or the follow-up's text. */
    public String prompt() {
        return isFollowUp() ? card.answer().followUps().get(followUp) : card.question().prompt();
    }

    /** Whether a submitted answer can be graded against key points. */
    public boolean gradable() {
        return !isFollowUp() && card.written() && !card.answer().keyPoints().isEmpty();
    }

    public Instant deadline() {
        return startedAt.plus(allowed);
    }
}
