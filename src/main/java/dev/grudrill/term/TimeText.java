package dev.grudrill.term;

import dev.grudrill.drill.Grade;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Durations and times as the screens write them. */
public final class TimeText {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    private TimeText() {
    }

    /** A scheduling interval as Anki's grade buttons show it: 1m, 10m, 5h, 3d, 2.1mo, 1.3y. */
    public static String interval(Duration d) {
        long minutes = Math.max(1, Math.round(d.getSeconds() / 60.0));
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return Math.round(minutes / 60.0) + "h";
        }
        double days = minutes / 1440.0;
        if (days < 31) {
            return Math.round(days) + "d";
        }
        if (days < 365) {
            return String.format(Locale.ROOT, "%.1fmo", days / 30.44);
        }
        return String.format(Locale.ROOT, "%.1fy", days / 365.25);
    }

    /** A span in its two largest units, rounded down: 2d 3h, 23h 50m, 5m, or "less than a minute". */
    public static String span(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes == 0) {
            return "less than a minute";
        }
        long days = minutes / 1440;
        long hours = minutes % 1440 / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return days + "d" + (hours > 0 ? " " + hours + "h" : "");
        }
        return hours > 0 ? hours + "h" + (rest > 0 ? " " + rest + "m" : "") : rest + "m";
    }

    /** e.g. "Thu 2026-11-26 14:05 (in 23h 50m)", in {@code zone}. */
    public static String when(Instant at, Instant now, ZoneId zone) {
        String relative = at.isAfter(now) ? "in " + span(Duration.between(now, at)) : "now";
        return AT.format(at.atZone(zone)) + " (" + relative + ")";
    }

    /**
     * The grade choices: {@code 1 Again (10m) · 2 Hard (1d) · 3 Good (3d) · 4 Easy (8d)}, each with the
     * wait until the next review it leads to; without intervals, {@code 1 Again · 2 Hard · 3 Good · 4 Easy}.
     */
    public static String choices(Map<Grade, Duration> next) {
        List<String> parts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            Duration d = next.get(g);
            parts.add(g.number() + " " + g.label() + (d == null ? "" : " (" + interval(d) + ")"));
        }
        return String.join(" · ", parts);
    }
}
