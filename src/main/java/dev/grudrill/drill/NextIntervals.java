package dev.grudrill.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The wait until the next review of a card for each grade, as the grade choices show it ({@link Progress#preview}). */
@FunctionalInterface
public interface NextIntervals {
    /** No scheduler: the choices show no intervals. */
    NextIntervals NONE = (id, now) -> Map.of();

    Map<Grade, Duration> of(String cardId, Instant now);
}
