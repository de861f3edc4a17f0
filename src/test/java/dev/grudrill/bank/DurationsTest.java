package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void parsesCombinedUnits() {
        assertEquals(Duration.ofSeconds(90), Durations.parse("90s"));
        assertEquals(Duration.ofMinutes(2), Durations.parse("2m"));
        assertEquals(Duration.ofSeconds(90), Durations.parse("1m30s"));
        assertEquals(Duration.ofDays(3).plusMinutes(10), Durations.parse("3d10m"));
        assertEquals(Duration.ZERO, Durations.parse("0s"));
    }

    @Test
    void formatsWhatItParses() {
        for (String text : new String[] {"90s", "2m", "1m30s", "3d10m", "1h", "0s"}) {
            assertEquals(Durations.parse(text), Durations.parse(Durations.format(Durations.parse(text))));
        }
        assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
    }

    @Test
    void rejectsWhatIsNotADuration() {
        for (String text : new String[] {"", "2", "m", "2 m", "-1m", "2x", "1.5m", "99999999999s"}) {
            assertThrows(IllegalArgumentException.class, () -> Durations.parse(text), text);
        }
    }
}
