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
 */
public record HistoryRecord(int schemaVersion, String time, String interviewId, String questionId, Integer followUp,
        String prompt, String answer, Double coverage, int keyPoints, List<Integer> covered, List<Integer> missed,
        List<Integer> misconceptions, String suggestedGrade, String grade, long secondsUsed, long allowedSeconds,
        boolean overtime) {

    /** The history format this version writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    public HistoryRecord {
        covered = covered == null ? List.of() : List.copyOf(covered);
        missed = missed == null ? List.of() : List.copyOf(missed);
        misconceptions = misconceptions == null ? List.of() : List.copyOf(misconceptions);
    }
}
