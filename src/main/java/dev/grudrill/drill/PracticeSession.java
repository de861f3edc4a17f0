package dev.grudrill.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A round of generated practice problems. Each problem kind is one card of the scheduler
 * ({@link PracticeKind#cardId}): the next problem is of the kind due first (a kind never practised is
 * due now; ties go to the kind asked least this round, then in {@link PracticeKind} order), so a kind
 * answered wrong comes back sooner. A
 * correct answer is a Good review of its kind, a wrong one Again; a skipped problem is not a review.
 *
 * <p>Problem {@code i} of a round is generated from {@code seed} and {@code i} alone, so the same seed
 * on the same card state asks the same problems. As in {@link ReviewSession}, the {@link Progress}
 * given is expected to be updated with each record the caller stores.
 */
public final class PracticeSession {
    /** Problems per round unless asked otherwise. */
    public static final int DEFAULT_COUNT = 5;

    /** An answered problem, for the summary. */
    public record Outcome(PracticeProblem problem, String answer, PracticeProblem.Check check, Grade grade,
            Duration next) {
    }

    private final String id;
    private final Progress progress;
    private final long seed;
    private final int count;
    private final List<PracticeKind> kinds;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<PracticeKind> askedKinds = new ArrayList<>();
    private PracticeProblem current;
    private Instant shownAt;
    private int asked;
    private int skipped;

    public PracticeSession(String id, Progress progress, long seed, int count, List<PracticeKind> kinds) {
        if (count < 1 || kinds.isEmpty()) {
            throw new IllegalArgumentException("a practice round needs a problem and a kind");
        }
        this.id = Objects.requireNonNull(id);
        this.progress = progress;
        this.seed = seed;
        this.count = count;
        this.kinds = List.copyOf(kinds);
    }

    public int count() {
        return count;
    }

    /** 1-based number of the current problem. */
    public int number() {
        return asked;
    }

    public long seed() {
        return seed;
    }

    public boolean hasNext() {
        return current == null && asked < count;
    }

    /** The next problem, of the kind due first. */
    public PracticeProblem next(Instant now) {
        if (!hasNext()) {
            throw new IllegalStateException(current != null ? "answer the current problem first" : "no problem left");
        }
        PracticeKind kind = kinds.stream().min(Comparator.comparing((PracticeKind k) -> progress.state(k.cardId(),
                now).due()).thenComparing(k -> askedKinds.stream().filter(k::equals).count())
                .thenComparing(PracticeKind::ordinal)).orElseThrow();
        askedKinds.add(kind);
        current = PracticeGenerator.generate(kind, new SplittableRandom(seed ^ (asked * 0x9E3779B97F4A7C15L)));
        asked++;
        shownAt = now;
        return current;
    }

    public PracticeProblem current() {
        return current;
    }

    /** Checks {@code typed}; returns the history record of the review it makes. */
    public HistoryRecord answer(String typed, Instant now) {
        PracticeProblem p = requireCurrent();
        String text = typed == null ? "" : typed.strip();
        PracticeProblem.Check check = p.check(text);
        Grade grade = check.correct() ? Grade.GOOD : Grade.AGAIN;
        String card = p.kind().cardId();
        CardState after = progress.fsrs().review(progress.state(card, now), grade, now).card();
        outcomes.add(new Outcome(p, text, check, grade, Duration.between(now, after.due())));
        current = null;
        long seconds = Timing.seconds(Duration.between(shownAt, now));
        return new HistoryRecord(HistoryRecord.SCHEMA_VERSION, now.toString(), id, card, null,
                String.join("\n", p.statement()), text, check.correct() ? 1.0 : 0.0, 0, List.of(), List.of(), List.of(),
                grade.key(), grade.key(), seconds, 0, false, HistoryRecord.PRACTICE);
    }

    /** Leaves the current problem unanswered: not a review. */
    public void skip() {
        requireCurrent();
        current = null;
        skipped++;
    }

    /** Problems skipped (or left when the round ended). */
    public int skipped() {
        return skipped;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private PracticeProblem requireCurrent() {
        if (current == null) {
            throw new IllegalStateException("no problem is being asked");
        }
        return current;
    }
}
