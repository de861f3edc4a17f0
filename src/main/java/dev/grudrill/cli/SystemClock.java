package dev.grudrill.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock, whose time zone is looked up only when a command asks for it: reading the zone
 * rules costs several milliseconds of start-up, and most commands never need them.
 */
final class SystemClock extends Clock {
    private ZoneId zone;

    @Override
    public ZoneId getZone() {
        if (zone == null) {
            zone = ZoneId.systemDefault();
        }
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
