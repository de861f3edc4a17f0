package dev.grudrill.drill;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The interview the user prepares for: its date and the recall wanted on that day.
 *
 * @param interviewDate the day of the interview
 * @param target        predicted recall wanted on the day, strictly between 0 and 1
 */
public record PlanGoal(LocalDate interviewDate, double target) {

    public PlanGoal {
        Objects.requireNonNull(interviewDate, "interviewDate");
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("the target must be between 0 and 1, not " + target);
        }
    }
}
