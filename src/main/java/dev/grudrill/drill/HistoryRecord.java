package dev.grudrill.drill;

import java.util.List;

/**
 * One graded answer as kept in the user's history, one JSON object per line. Self-contained, so that
 * statistics or a scheduler can be replayed from the history alone.
 *
 * @param schemaVersion  {@link #SCHEMA_VERSION}; readers refuse newer versions
 * @param time           when the grade was confirmed, ISO-8601 UTC
 * @param interviewId    the same for every answer of one interview
 * @param questionId     e.g. {@code gru-06}
 * @param followUp       index into the answer's follow-ups for a bonus question, else null
 * @param prompt         the question (or follow-up) as asked
 * @param answer         the text the user typed
 * @param coverage       covered / key points, 0 to 1; null when there was nothing to grade against
 * @param keyPoints      how many key points the model answer had (0 when none)
 * @param covered        0-based indexes of the covered key points
 * @param missed         0-based indexes of the missed key points
 * @param misconceptions 0-based indexes of the misconceptions the answer stated
 * @param suggestedGrade again|hard|good|easy, or null when no grade was suggested
 * @param grade          the grade the user confirmed: again|hard|good|easy
 * @param secondsUsed    time from the question appearing to the answer being submitted
 * @param allowedSeconds the time allowed
 * @param overtime       the allowed time ran out
 * @param source         what asked it: {@link #INTERVIEW}, {@link #REVIEW} or {@link #PRACTICE}; null in records
 *                       written before the field existed, which all came from interviews
 */
public record HistoryRecord(int schemaVersion, String time, String interviewId, String questionId, Integer followUp,
        String prompt, String answer, Double coverage, int keyPoints, List<Integer> covered, List<Integer> missed,
        List<Integer> misconceptions, String suggestedGrade, String grade, long secondsUsed, long allowedSeconds,
        boolean overtime, String source) {

    /**
     * The history format this version writes and the newest it reads. It changes only on incompatible
     * changes: a field added later ({@code source}) is optional, so records with and without it read alike.
     */
    public static final int SCHEMA_VERSION = 1;

    public static final String INTERVIEW = "interview";
    public static final String REVIEW = "review";
    public static final String PRACTICE = "practice";

    public HistoryRecord {
        covered = covered == null ? List.of() : List.copyOf(covered);
        missed = missed == null ? List.of() : List.copyOf(missed);
        misconceptions = misconceptions == null ? List.of() : List.copyOf(misconceptions);
        source = source == null ? INTERVIEW : source;
    }

    /**
     * Whether this answer is a review of its card for the scheduler. A bonus follow-up is not: it is
     * asked right after its question was graded, so it would count twice as a same-day review.
     */
    public boolean countsAsReview() {
        return followUp == null;
    }
}
