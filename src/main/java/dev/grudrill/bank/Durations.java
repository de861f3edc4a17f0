package dev.grudrill.bank;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written the way people type them: {@code 90s}, {@code 2m}, {@code 1m30s}, {@code 3d10m}. */
public final class Durations {
    private static final Pattern WHOLE = Pattern.compile("(?:\\d{1,9}[dhms])+");
    private static final Pattern PART = Pattern.compile("(\\d{1,9})([dhms])");

    private Durations() {
    }

    /** Parses a duration; throws IllegalArgumentException naming the text when it is not one. */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!WHOLE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (examples: 90s, 2m, 1m30s, 3d10m)");
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(trimmed);
        while (m.find()) {
            long amount = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            });
        }
        return total;
    }

    /** Formats the way {@link #parse} reads: {@code 2m}, {@code 1m30s}, {@code 3d10m}, {@code 0s}. */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder(seconds < 0 ? "-" : "");
        seconds = Math.abs(seconds);
        long[] sizes = {86_400, 3_600, 60, 1};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (seconds >= sizes[i]) {
                out.append(seconds / sizes[i]).append(units[i]);
                seconds %= sizes[i];
            }
        }
        return out.toString();
    }
}
