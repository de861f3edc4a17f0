package dev.grudrill.drill;

import dev.grudrill.bank.Card;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A mock interview as a state machine: start a question, submit (or skip) it, confirm a grade, and on
 * to the next, with an optional bonus follow-up after a question. It knows no clock and no thread:
 * every step takes the current {@link Instant}, so tests drive time with fixed instants.
 *
 * <p>Time: each question is allowed {@code perQuestion} (null: the question's suggested time), cut to
 * what is left of {@code total} (null: no total). Only answering time counts toward the total, not time
 * spent reading a grading screen. When {@code enforced}, a submission at or past the deadline is an
 * automatic one, cut to the allowed time and marked overtime; otherwise time is only measured.
 */
public final class InterviewSession {
    private final String id;
    private final List<Card> cards;
    private final Duration perQuestion;
    private final Duration total;
    private final boolean enforced;
    private final Grader grader = new Grader();
    private final List<Result> results = new ArrayList<>();

    private int next;
    private Duration answering = Duration.ZERO;
    private Turn turn;
    private Answered pending;
    private Turn lastMain;
    /** The last question's bonus follow-up was asked, or cannot be (it was skipped). */
    private boolean bonusClosed;
    private String endNote;

    public InterviewSession(String id, List<Card> cards, Duration perQuestion, Duration total, boolean enforced) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("an interview needs at least one question");
        }
        this.id = Objects.requireNonNull(id);
        this.cards = List.copyOf(cards);
        this.perQuestion = perQuestion;
        this.total = total;
        this.enforced = enforced;
    }

    public String id() {
        return id;
    }

    public int size() {
        return cards.size();
    }

    public boolean enforced() {
        return enforced;
    }

    /** Whether another question can be started: questions left, time left, not ended. */
    public boolean hasNext() {
        return endNote == null && turn == null && next < cards.size() && !totalUsedUp();
    }

    /** Starts the next question of the interview. */
    public Turn start(Instant now) {
        requireIdle();
        if (!hasNext()) {
            throw new IllegalStateException("no question left");
        }
        Card card = cards.get(next);
        next++;
        turn = new Turn(next, cards.size(), card, null, allowed(card), now);
        lastMain = turn;
        bonusClosed = false;
        return turn;
    }

    /** The follow-up that may be asked now as a bonus (after a question's grade), or null. */
    public String availableFollowUp() {
        if (turn != null || pending != null || lastMain == null || bonusClosed || endNote != null || totalUsedUp()) {
            return null;
        }
        List<String> followUps = lastMain.card().answer().followUps();
        return followUps.isEmpty() ? null : followUps.get(0);
    }

    /** Starts the bonus follow-up of the question just graded. */
    public Turn startFollowUp(Instant now) {
        if (availableFollowUp() == null) {
            throw new IllegalStateException("no follow-up to ask now");
        }
        bonusClosed = true;
        turn = new Turn(lastMain.number(), lastMain.of(), lastMain.card(), 0, allowed(lastMain.card()), now);
        return turn;
    }

    public Turn current() {
        return turn;
    }

    /** Time left on the current question (negative once past the deadline). */
    public Duration remaining(Instant now) {
        return Duration.between(now, requireTurn().deadline());
    }

    public boolean timeUp(Instant now) {
        Duration left = remaining(now);
        return left.isNegative() || left.isZero();
    }

    /** Submits the typed answer and grades it; the grade is then confirmed with {@link #confirm}. */
    public Answered submit(String text, Instant now) {
        Turn t = requireTurn();
        Timing timing = timing(t, now);
        answering = answering.plus(timing.used());
        Answered answered;
        String typed = text == null ? "" : text.strip();
        if (t.gradable()) {
            Grading grading = grader.grade(t.card().answer(), typed);
            answered = new Answered(t, typed, grading, timing, Grade.suggest(grading, timing));
        } else if (t.isFollowUp()) {
            answered = new Answered(t, typed, null, timing, Grade.suggestByTime(typed.isEmpty(), timing));
        } else {
            answered = new Answered(t, typed, null, timing, null);
        }
        turn = null;
        pending = answered;
        return answered;
    }

    /** Skips the current question: nothing is graded or kept. */
    public void skip(Instant now) {
        Turn t = requireTurn();
        answering = answering.plus(timing(t, now).used());
        results.add(new Result(t, null, null));
        turn = null;
        bonusClosed = true;
    }

    /** Confirms the grade of the submitted answer and returns the history record to keep. */
    public HistoryRecord confirm(Grade grade, Instant now) {
        Answered a = requirePending();
        results.add(new Result(a.turn(), a, Objects.requireNonNull(grade)));
        pending = null;
        return record(a, grade, now);
    }

    /** Leaves the submitted answer without a grade (nothing to grade against, none given): not kept. */
    public void leaveUngraded() {
        Answered a = requirePending();
        results.add(new Result(a.turn(), a, null));
        pending = null;
    }

    public Answered pending() {
        return pending;
    }

    /** Ends the interview early; an answer not yet graded is dropped. {@code note} says why, for the summary. */
    public void end(String note) {
        if (turn != null) {
            turn = null;
        }
        pending = null;
        endNote = Objects.requireNonNull(note);
    }

    public List<Result> results() {
        return List.copyOf(results);
    }

    /** Why the interview ended before its last question, or null. */
    public String endNote() {
        if (endNote != null) {
            return endNote;
        }
        return next < cards.size() && totalUsedUp() ? "the total time ran out after question " + next : null;
    }

    /**
     * The overall score: mean coverage over the interview's questions that have a model answer and
     * were asked (a skipped one counts 0). Empty when no such question was asked.
     */
    public OptionalDouble score() {
        return results.stream().filter(r -> !r.turn().isFollowUp() && r.turn().gradable())
                .mapToDouble(r -> r.skipped() ? 0 : r.answered().grading().coverage()).average();
    }

    private Timing timing(Turn t, Instant now) {
        Duration used = Duration.between(t.startedAt(), now);
        if (used.isNegative()) {
            used = Duration.ZERO;
        }
        if (enforced && used.compareTo(t.allowed()) > 0) {
            used = t.allowed();
        }
        return new Timing(used, t.allowed());
    }

    private Duration allowed(Card card) {
        Duration d = perQuestion != null ? perQuestion : card.question().suggestedTime();
        if (total != null) {
            Duration left = total.minus(answering);
            d = d.compareTo(left) < 0 ? d : left;
        }
        return d;
    }

    private boolean totalUsedUp() {
        return total != null && answering.compareTo(total) >= 0;
    }

    private HistoryRecord record(Answered a, Grade grade, Instant now) {
        Grading g = a.grading();
        Turn t = a.turn();
        return new HistoryRecord(HistoryRecord.SCHEMA_VERSION, now.toString(), id, t.card().id(), t.followUp(),
                t.prompt(), a.text(), g == null ? null : g.coverage(), g == null ? 0 : g.total(),
                g == null ? List.of() : g.coveredIndexes(), g == null ? List.of() : g.missedIndexes(),
                g == null ? List.of() : g.misconceptions().stream().map(Grading.MisconceptionHit::index).toList(),
                a.suggested() == null ? null : a.suggested().key(), grade.key(), a.timing().usedSeconds(),
                a.timing().allowedSeconds(), a.timing().overtime(), HistoryRecord.INTERVIEW);
    }

    private Turn requireTurn() {
        if (turn == null) {
            throw new IllegalStateException("no question is being answered");
        }
        return turn;
    }

    private Answered requirePending() {
        if (pending == null) {
            throw new IllegalStateException("no answer is waiting for a grade");
        }
        return pending;
    }

    private void requireIdle() {
        if (turn != null || pending != null) {
            throw new IllegalStateException("finish the current question first");
        }
    }
}
