package dev.grudrill.drill;

/**
 * How one asked question ended, for the summary.
 *
 * @param answered the answer; null when the question was skipped
 * @param grade    the confirmed grade; null when skipped or left ungraded
 */
public record Result(Turn turn, Answered answered, Grade grade) {

    public boolean skipped() {
        return answered == null;
    }
}
