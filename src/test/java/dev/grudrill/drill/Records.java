package dev.grudrill.drill;

import java.time.Instant;
import java.util.List;

/** History records for tests. */
public final class Records {
    private Records() {
    }

    /** A card review of {@code id} at {@code time} with {@code grade} (again|hard|good|easy). */
    public static HistoryRecord review(String id, Instant time, String grade) {
        return review(id, time, grade, "Prompt of " + id + "?");
    }

    public static HistoryRecord review(String id, Instant time, String grade, String prompt) {
        return new HistoryRecord(HistoryRecord.SCHEMA_VERSION, time.toString(), "session", id, null, prompt,
                "an answer", null, 0, List.of(), List.of(), List.of(), null, grade, 10, 60, false,
                HistoryRecord.REVIEW);
    }

    /** A bonus follow-up to {@code id}: not a card review. */
    public static HistoryRecord followUp(String id, Instant time, String grade) {
        return new HistoryRecord(HistoryRecord.SCHEMA_VERSION, time.toString(), "session", id, 0, "Why?",
                "because", null, 0, List.of(), List.of(), List.of(), "good", grade, 10, 60, false,
                HistoryRecord.INTERVIEW);
    }
}
