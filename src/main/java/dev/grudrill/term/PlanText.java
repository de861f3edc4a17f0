package dev.grudrill.term;

import dev.grudrill.drill.InterviewPlan;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** An interview plan as text (a daily table and the forecast) and as the document {@code --format json} prints. */
public final class PlanText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);

    private final int width;
    private final boolean colour;

    public PlanText(int width, boolean colour) {
        this.width = Math.max(60, width);
        this.colour = colour;
    }

    public List<String> lines(InterviewPlan plan) {
        List<String> out = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(plan.today(), plan.interview());
        out.add(bold("Interview on " + DAY.format(plan.interview()) + ", in " + days + " day" + (days == 1 ? "" : "s")
                + " · target recall on the day: " + percent(plan.target())));
        SortedMap<LocalDate, List<String>> byDay = plan.reviewsByDay();
        int reviews = byDay.values().stream().mapToInt(List::size).sum();
        out.add(plan.cards().size() + " questions · " + reviews + " review" + (reviews == 1 ? "" : "s")
                + " planned on " + byDay.size() + " day" + (byDay.size() == 1 ? "" : "s")
                + " · each review assumed graded Good");
        out.add("Days are UTC dates, as FSRS counts them.");
        out.add("");
        out.add(bold(String.format(Locale.ROOT, "%-14s  %7s  %s", "date", "reviews", "questions")));
        String indent = " ".repeat(14 + 2 + 7 + 2);
        byDay.forEach((day, ids) -> {
            List<String> rows = wrapIds(ids, width - indent.length());
            out.add(String.format(Locale.ROOT, "%-14s  %7d  %s", DAY.format(day), ids.size(), rows.get(0)));
            rows.subList(1, rows.size()).forEach(row -> out.add(indent + row));
        });
        if (byDay.isEmpty()) {
            out.add("(no review needed before the interview)");
        }
        out.add("");
        out.add(bold("Forecast for " + plan.interview() + " (predicted recall, mean / minimum)"));
        out.add(String.format(Locale.ROOT, "  %-22s %5s / %s", "without more reviews", percent(mean(plan, false)),
                percent(min(plan, false))));
        out.add(String.format(Locale.ROOT, "  %-22s %5s / %s", "with the plan", percent(mean(plan, true)),
                percent(min(plan, true))));
        List<InterviewPlan.CardPlan> unreachable = plan.unreachable();
        if (unreachable.isEmpty()) {
            out.add("Every question reaches " + percent(plan.target()) + " with the plan.");
        } else {
            out.add(unreachable.size() + " question" + (unreachable.size() == 1 ? " cannot" : "s cannot") + " reach "
                    + percent(plan.target()) + ":");
            unreachable.forEach(c -> out.addAll(wrapWords("  " + c.id() + "  ", reason(c, plan), "      ")));
        }
        return out;
    }

    /** Why a card cannot reach the target: even after its last possible review, its memory fades below it. */
    static String reason(InterviewPlan.CardPlan card, InterviewPlan plan) {
        return String.format(Locale.ROOT, "at most %s: after its last possible review, on %s, its stability"
                + " (%.1f days) is too short to hold %s until the interview", percent(card.recallWithPlan()),
                card.reviewDays().isEmpty() ? plan.today() : card.reviewDays().get(card.reviewDays().size() - 1),
                card.stability(), percent(plan.target()));
    }

    /** {@code first} then the words of {@code text}, wrapped at the width; later lines start with {@code indent}. */
    private List<String> wrapWords(String first, String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent).append(word);
            } else {
                line.append(line.length() == first.length() && first.endsWith(" ") ? "" : " ").append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The plan as the JSON document of {@code plan --format json}. */
    public static Map<String, Object> json(InterviewPlan plan) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("interviewDate", plan.interview().toString());
        doc.put("target", plan.target());
        doc.put("today", plan.today().toString());
        List<Object> days = new ArrayList<>();
        plan.reviewsByDay().forEach((day, ids) -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("date", day.toString());
            d.put("reviews", ids.size());
            d.put("questions", ids);
            days.add(d);
        });
        doc.put("days", days);
        Map<String, Object> forecast = new LinkedHashMap<>();
        forecast.put("withoutReviews", meanMin(plan, false));
        forecast.put("withPlan", meanMin(plan, true));
        forecast.put("reachesTarget", plan.unreachable().isEmpty());
        doc.put("forecast", forecast);
        doc.put("questions", plan.cards().stream().map(c -> {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("id", c.id());
            q.put("recallWithout", c.recallWithout());
            q.put("recallWithPlan", c.recallWithPlan());
            q.put("reachesTarget", c.reachesTarget());
            q.put("reviewDays", c.reviewDays().stream().map(LocalDate::toString).toList());
            if (!c.reachesTarget()) {
                q.put("reason", reason(c, plan));
            }
            return q;
        }).toList());
        return doc;
    }

    private static Map<String, Object> meanMin(InterviewPlan plan, boolean withPlan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", mean(plan, withPlan));
        m.put("min", min(plan, withPlan));
        return m;
    }

    static double mean(InterviewPlan plan, boolean withPlan) {
        return plan.cards().stream().mapToDouble(c -> withPlan ? c.recallWithPlan() : c.recallWithout()).average()
                .orElse(0);
    }

    static double min(InterviewPlan plan, boolean withPlan) {
        return plan.cards().stream().mapToDouble(c -> withPlan ? c.recallWithPlan() : c.recallWithout()).min()
                .orElse(0);
    }

    /** A recall as a percentage, floored at one decimal where it matters: 89.96% is not shown as 90%. */
    static String percent(double p) {
        double floored = Math.floor(p * 1000) / 10;
        return floored == Math.floor(floored) ? (long) floored + "%" : String.format(Locale.ROOT, "%.1f%%", floored);
    }

    private static List<String> wrapIds(List<String> ids, int room) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String id : ids) {
            String safe = SafeText.escape(id);
            if (row.length() > 0 && row.length() + 1 + safe.length() > room) {
                rows.add(row.toString());
                row.setLength(0);
            }
            row.append(row.length() > 0 ? " " : "").append(safe);
        }
        rows.add(row.toString());
        return rows;
    }

    private String bold(String text) {
        return colour ? new AttributedString(text, AttributedStyle.BOLD).toAnsi() : text;
    }
}
