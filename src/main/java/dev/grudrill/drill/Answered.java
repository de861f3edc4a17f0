package dev.grudrill.drill;

/**
 * A submitted answer, graded where possible, waiting for the user to confirm a grade.
 *
 * @param grading   key points and misconceptions; null for a follow-up or a question with no model answer
 * @param suggested the suggested grade; null when there is nothing to suggest from (no model answer)
 */
public record Answered(Turn turn, String text, Grading grading, Timing timing, Grade suggested) {
}
