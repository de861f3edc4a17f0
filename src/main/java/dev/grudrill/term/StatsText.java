package dev.grudrill.term;

import dev.grudrill.drill.Stats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** {@link Stats} as text for a terminal (bars and a chart in Unicode blocks, within 80 columns) and as JSON. */
public final class StatsText {
    private static final String EIGHTHS = " ▁▂▃▄▅▆▇█";
    private static final String HORIZONTAL = " ▏▎▍▌▋▊▉█";
    private static final int CHART_ROWS = 6;
    private static final int TOPIC_BAR = 25;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);

    private final int width;
    private final boolean colour;

    public StatsText(int width, boolean colour) {
        this.width = Math.max(60, Math.min(width, 100));
        this.colour = colour;
    }

    public List<String> lines(Stats s, ZoneId zone) {
        List<String> out = new ArrayList<>();
        Stats.Counts c = s.counts();
        out.add(bold("Questions: " + c.total() + " · " + c.fresh() + " new · " + (c.learning() + c.relearning())
                + " learning" + (c.relearning() > 0 ? " (" + c.relearning() + " relearning)" : "") + " · " + c.review()
                + " in review"));
        Stats.Due d = s.due();
        out.add("Due: " + d.now() + " now · " + d.today() + " by the end of today · " + d.week() + " within 7 days");
        d.next().ifPresent(next -> out.add("Next due: " + TimeText.when(next, s.now(), zone)));
        if (s.intervals().median().isPresent()) {
            out.add("Intervals in review: median " + days(s.intervals().median().getAsDouble()) + " · longest "
                    + days(s.intervals().longest().getAsDouble()));
        }
        out.add("");
        out.add(bold("Recall now by topic (mean predicted recall of the reviewed questions)"));
        for (Stats.TopicRecall t : s.topics()) {
            String bar = t.meanRecall().isPresent() ? hbar(t.meanRecall().getAsDouble(), TOPIC_BAR)
                    + String.format(Locale.ROOT, " %4s", percent(t.meanRecall().getAsDouble()))
                    : String.format(Locale.ROOT, "%-" + (TOPIC_BAR + 5) + "s", "(none reviewed)");
            out.add(String.format(Locale.ROOT, "  %-12s  %s  %d of %d reviewed", t.topic().label(), bar, t.reviewed(),
                    t.questions()));
        }
        out.add("");
        out.add(bold("Weakest questions (lowest recall now, then most lapses)"));
        if (s.weakest().isEmpty()) {
            out.add("  (no question reviewed yet)");
        }
        for (Stats.Weak w : s.weakest()) {
            String head = String.format(Locale.ROOT, "  %-7s %4s  %d lapse%s  %s %s  ", w.id(), percent(w.recall()),
                    w.lapses(), w.lapses() == 1 ? " " : "s", w.state().label(),
                    w.intervalDays() > 0 ? w.intervalDays() + "d" : "");
            out.add(head + cut(SafeText.escape(w.prompt()), width - head.length()));
        }
        out.add("");
        out.addAll(chart(s.reviewsPerDay()));
        s.forecast().ifPresent(f -> {
            out.add("");
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(s.now(), zone), f.goal().interviewDate());
            out.add(bold("Interview on " + DAY.format(f.goal().interviewDate()) + ", in " + days + " day"
                    + (days == 1 ? "" : "s") + " · target " + PlanText.percent(f.goal().target())));
            out.add(String.format(Locale.ROOT, "  %-28s %6s  %7s", "predicted recall on the day", "mean", "minimum"));
            out.add(String.format(Locale.ROOT, "  %-28s %6s  %7s", "without more reviews",
                    PlanText.percent(f.meanWithout()), PlanText.percent(f.minWithout())));
            out.add(String.format(Locale.ROOT, "  %-28s %6s  %7s", "with the plan", PlanText.percent(f.meanWithPlan()),
                    PlanText.percent(f.minWithPlan())));
            if (f.unreachable() > 0) {
                out.add("  " + f.unreachable() + " question" + (f.unreachable() == 1 ? " cannot" : "s cannot")
                        + " reach the target: see plan");
            }
        });
        if (!s.changed().isEmpty()) {
            out.add("");
            out.add(bold("Edited since last reviewed (progress kept)"));
            s.changed().forEach(ch -> out.add("  " + ch.id() + "  last reviewed "
                    + LocalDate.ofInstant(ch.lastReview(), zone)));
        }
        if (!s.practice().isEmpty()) {
            out.add("");
            out.add(bold("Practice by kind (recall now · reviews · lapses)"));
            s.practice().forEach(p -> out.add(String.format(Locale.ROOT, "  %-12s %4s · %d · %d", p.kind().key(),
                    percent(p.recall()), p.reps(), p.lapses())));
        }
        return out;
    }

    /** Vertical bars, one column (and a space) per day, in eighths of a row; each day with reviews shows. */
    List<String> chart(List<Stats.DayCount> days) {
        int total = days.stream().mapToInt(Stats.DayCount::reviews).sum();
        int max = Math.max(1, days.stream().mapToInt(Stats.DayCount::reviews).max().orElse(0));
        List<String> out = new ArrayList<>();
        out.add(bold("Reviews per day, last " + days.size() + " days (" + total + " in all)"));
        int label = String.valueOf(max).length();
        for (int row = CHART_ROWS - 1; row >= 0; row--) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %" + label + "s ",
                    row == CHART_ROWS - 1 ? String.valueOf(max) : "")).append(row == CHART_ROWS - 1 ? "┤" : "│");
            for (Stats.DayCount d : days) {
                int eighths = (int) Math.round(d.reviews() * CHART_ROWS * 8.0 / max);
                if (d.reviews() > 0) {
                    eighths = Math.max(1, eighths);
                }
                int here = Math.max(0, Math.min(8, eighths - row * 8));
                line.append(EIGHTHS.charAt(here)).append(' ');
            }
            out.add(line.toString().stripTrailing());
        }
        out.add(String.format(Locale.ROOT, "  %" + label + "s └", "0") + "─".repeat(2 * days.size()));
        StringBuilder dates = new StringBuilder(" ".repeat(label + 4));
        for (int i = 0; i < days.size(); i += 7) {
            String text = MONTH_DAY.format(days.get(i).date());
            dates.append(text).append(" ".repeat(Math.max(1, 14 - text.length())));
        }
        out.add(dates.toString().stripTrailing());
        return out;
    }

    /** The statistics as the JSON document of {@code stats --format json} (without its schemaVersion). */
    public static Map<String, Object> json(Stats s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("now", s.now().toString());
        Stats.Counts c = s.counts();
        doc.put("questions", map("total", c.total(), "new", c.fresh(), "learning", c.learning(), "relearning",
                c.relearning(), "review", c.review()));
        Stats.Due d = s.due();
        doc.put("due", map("now", d.now(), "today", d.today(), "week", d.week(), "next",
                d.next().map(Instant::toString).orElse(null)));
        doc.put("intervalDays", map("median", value(s.intervals().median()), "longest", value(s.intervals().longest())));
        doc.put("topics", s.topics().stream().map(t -> map("topic", t.topic().label(), "questions", t.questions(),
                "reviewed", t.reviewed(), "meanRecall", value(t.meanRecall()))).toList());
        doc.put("weakest", s.weakest().stream().map(w -> map("id", w.id(), "recall", w.recall(), "lapses", w.lapses(),
                "state", w.state().label(), "intervalDays", w.intervalDays())).toList());
        doc.put("reviewsPerDay", s.reviewsPerDay().stream().map(day -> map("date", day.date().toString(), "reviews",
                day.reviews())).toList());
        doc.put("forecast", s.forecast().map(f -> map("interviewDate", f.goal().interviewDate().toString(), "target",
                f.goal().target(), "withoutReviews", map("mean", f.meanWithout(), "min", f.minWithout()), "withPlan",
                map("mean", f.meanWithPlan(), "min", f.minWithPlan()), "unreachable", f.unreachable())).orElse(null));
        doc.put("editedSinceReviewed", s.changed().stream().map(ch -> map("id", ch.id(), "lastReview",
                ch.lastReview().toString())).toList());
        doc.put("practice", s.practice().stream().map(p -> map("kind", p.kind().key(), "recall", p.recall(), "reviews",
                p.reps(), "lapses", p.lapses(), "due", p.due().toString())).toList());
        return doc;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private static String hbar(double fraction, int cells) {
        int eighths = (int) Math.round(Math.max(0, Math.min(1, fraction)) * cells * 8);
        StringBuilder bar = new StringBuilder("█".repeat(eighths / 8));
        if (eighths % 8 > 0) {
            bar.append(HORIZONTAL.charAt(eighths % 8));
        }
        return String.format(Locale.ROOT, "%-" + cells + "s", bar);
    }

    private static String days(double d) {
        return (d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d)) + "d";
    }

    private static String percent(double p) {
        return Math.round(p * 100) + "%";
    }

    private static String cut(String text, int room) {
        return text.length() <= room ? text : room > 1 ? text.substring(0, room - 1) + "…" : "";
    }

    private String bold(String text) {
        return colour ? new AttributedString(text, AttributedStyle.BOLD).toAnsi() : text;
    }
}
