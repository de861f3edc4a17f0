package dev.grudrill.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grudrill.drill.Grade;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeTextTest {
    @Test
    void intervalsAreWrittenAsAnkisButtonsWriteThem() {
        assertEquals("1m", TimeText.interval(Duration.ofSeconds(20)));
        assertEquals("10m", TimeText.interval(Duration.ofMinutes(10)));
        assertEquals("5h", TimeText.interval(Duration.ofMinutes(290)));
        assertEquals("1d", TimeText.interval(Duration.ofDays(1)));
        assertEquals("30d", TimeText.interval(Duration.ofDays(30)));
        assertEquals("2.1mo", TimeText.interval(Duration.ofDays(64)));
        assertEquals("1.3y", TimeText.interval(Duration.ofDays(475)));
    }

    @Test
    void spansAndTimesAreReadable() {
        assertEquals("less than a minute", TimeText.span(Duration.ofSeconds(59)));
        assertEquals("4h 5m", TimeText.span(Duration.ofMinutes(245)));
        assertEquals("2d", TimeText.span(Duration.ofDays(2).plusMinutes(30)));
        assertEquals("1d 13h", TimeText.span(Duration.ofHours(37)));
        Instant now = Instant.parse("2026-11-25T19:55:00Z");
        assertEquals("Thu 2026-11-26 00:00 (in 4h 5m)", TimeText.when(Instant.parse("2026-11-26T00:00:00Z"), now,
                ZoneId.of("UTC")));
        assertEquals("Thu 2026-11-26 01:00 (in 4h 5m)", TimeText.when(Instant.parse("2026-11-26T00:00:00Z"), now,
                ZoneId.of("Europe/Paris")), "in the local zone");
    }

    @Test
    void theChoicesFitEightyColumnsEvenWithTheLongestIntervals() {
        Map<Grade, Duration> next = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            next.put(g, Duration.ofDays(300));
        }
        String line = TimeText.choices(next);
        assertEquals("1 Again (9.9mo) · 2 Hard (9.9mo) · 3 Good (9.9mo) · 4 Easy (9.9mo)", line);
        assertEquals("1 Again · 2 Hard · 3 Good · 4 Easy", TimeText.choices(Map.of()));
    }
}
