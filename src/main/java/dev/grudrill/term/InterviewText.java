package dev.grudrill.term;

import dev.grudrill.bank.Question;
import dev.grudrill.bank.Topic;
import dev.grudrill.drill.Answered;
import dev.grudrill.drill.Grade;
import dev.grudrill.drill.Grading;
import dev.grudrill.drill.InterviewSession;
import dev.grudrill.drill.Result;
import dev.grudrill.drill.Turn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The interview's screens as lines of text, for a terminal (styled) and for plain mode (the same
 * lines without style). Text from the bank or the user is escaped with {@link SafeText}.
 */
public final class InterviewText {
    static final AttributedStyle BOLD = AttributedStyle.BOLD;
    static final AttributedStyle GOOD = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle BAD = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    static final AttributedStyle WARN = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();

    private final int width;
    private final boolean colour;

    public InterviewText(int width, boolean colour) {
        this.width = Math.max(40, width);
        this.colour = colour;
    }

    /** m:ss, e.g. 1:05; whole seconds rounded down, so a countdown shows 0:00 only at zero. */
    public static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
    }

    /** The question header and prompt. */
    public List<AttributedString> question(Turn turn, boolean timed) {
        List<AttributedString> out = new ArrayList<>();
        Question q = turn.card().question();
        if (turn.isFollowUp()) {
            out.add(styled("Bonus follow-up to question " + turn.number() + " · " + q.id(), BOLD));
            out.addAll(wrap("Follow-ups have no key points: the grade is suggested from time alone, and you"
                    + " confirm or change it.", "", "", DIM));
        } else {
            out.add(styled("Question " + turn.number() + " of " + turn.of() + " · " + q.id() + " · "
                    + q.topics().stream().map(Topic::label).collect(Collectors.joining(", "))
                    + " · difficulty " + q.difficulty() + "/3", BOLD));
            if (!turn.card().answer().written()) {
                out.addAll(wrap("No model answer is written for " + q.id() + " yet: your time is measured and"
                        + " you grade the answer yourself.", "", "", WARN));
            }
        }
        out.add(rule());
        out.addAll(wrap(SafeText.escape(turn.prompt()), "", "", BOLD));
        out.add(AttributedString.EMPTY);
        out.add(styled((timed ? "You have " + clock(turn.allowed()) + "; at 0:00 your answer is submitted as it"
                + " stands." : "No time limit; the suggested time is " + clock(turn.allowed()) + "."), DIM));
        return out;
    }

    /** Keys while answering, as shown on the question screen. */
    public List<AttributedString> answerKeys() {
        return wrap("Enter: new line · empty line or Ctrl-D: submit · /skip: skip · Ctrl-C: end",
                "", "", DIM);
    }

    /**
     * What the answer covered and missed, misconceptions, the model short answer and the time. Compact
     * (for a screen) puts each covered point on one line, led by the answer's matched words; otherwise
     * the matched term and words get a line of their own.
     */
    public List<AttributedString> grading(Answered a, boolean compact) {
        List<AttributedString> out = new ArrayList<>();
        Turn t = a.turn();
        out.add(styled((t.isFollowUp() ? "Bonus follow-up to question " + t.number() : "Question " + t.number()
                + " of " + t.of()) + " · " + t.card().id() + " · your answer", BOLD));
        out.add(rule());
        Grading g = a.grading();
        String time = "time " + clock(a.timing().used()) + " of " + clock(a.timing().allowed())
                + (a.timing().overtime() ? " (time ran out)" : "");
        if (a.text().isBlank()) {
            out.add(styled("(no answer typed)", DIM));
        }
        if (g != null) {
            out.add(new AttributedStringBuilder().append("Covered " + g.covered() + " of " + g.total()
                    + " key points (" + percent(g.coverage()) + ") · " + time, BOLD).toAttributedString());
            for (Grading.PointResult p : g.points()) {
                out.addAll(point(p, compact));
            }
            for (Grading.MisconceptionHit m : g.misconceptions()) {
                out.addAll(wrap("⚠ You said \"" + SafeText.escape(m.evidence()) + "\": "
                        + SafeText.escape(m.misconception().claim()), "", "  ", WARN));
                out.addAll(wrap("Correction: " + SafeText.escape(m.misconception().correction()), "  ", "  ",
                        AttributedStyle.DEFAULT));
            }
        } else {
            out.add(styled(time, BOLD));
            List<AttributedString> typed = wrap(SafeText.escape(a.text()), "│ ", "│ ", AttributedStyle.DEFAULT);
            out.addAll(typed.size() <= 8 ? typed : typed.subList(0, 8));
            out.addAll(wrap(t.isFollowUp() ? "Follow-ups have no key points to check against."
                    : "No model answer is written for " + t.card().id() + " yet, so there is nothing to grade"
                            + " against: grade yourself.", "", "", DIM));
        }
        String shortAnswer = t.card().answer().shortAnswer();
        if (shortAnswer != null && !t.isFollowUp()) {
            out.add(AttributedString.EMPTY);
            out.add(styled("Model answer, short:", BOLD));
            for (String line : new MarkdownRenderer(width - 2, colour).render(shortAnswer).split("\n")) {
                out.add(new AttributedStringBuilder().append("  ").append(AttributedString.fromAnsi(line))
                        .toAttributedString());
            }
        }
        return out;
    }

    /** The suggested grade line. */
    public AttributedString suggestion(Answered a) {
        return a.suggested() == null ? styled("No suggested grade: pick one.", BOLD)
                : new AttributedStringBuilder().append("Suggested grade: ").append(a.suggested().label(),
                        gradeStyle(a.suggested())).append(" (" + why(a) + ")").toAttributedString();
    }

    private static String why(Answered a) {
        if (a.grading() == null) {
            return a.text().isBlank() ? "no answer" : a.timing().overtime() ? "time ran out" : "answered in time";
        }
        Grading g = a.grading();
        List<String> reasons = new ArrayList<>();
        reasons.add(percent(g.coverage()) + " covered");
        if (!g.misconceptions().isEmpty()) {
            reasons.add("a misconception");
        }
        if (a.timing().overtime()) {
            reasons.add("time ran out");
        } else if (a.suggested() == Grade.EASY) {
            reasons.add("in half the time or less");
        }
        return String.join(", ", reasons);
    }

    private List<AttributedString> point(Grading.PointResult p, boolean compact) {
        String text = SafeText.escape(p.point().point());
        if (!p.covered()) {
            return wrap("✗ " + text, "", "  ", BAD);
        }
        String evidence = p.evidence().stream().map(e -> "\"" + SafeText.escape(e) + "\"")
                .collect(Collectors.joining(" + "));
        if (compact) {
            String rest = " · " + text;
            int room = width - 2 - evidence.length();
            rest = rest.length() <= room ? rest : room > 1 ? rest.substring(0, room - 1) + "…" : "";
            return List.of(new AttributedStringBuilder().append("✓ ", colour ? GOOD : AttributedStyle.DEFAULT)
                    .append(evidence, colour ? GOOD.bold() : AttributedStyle.DEFAULT).append(rest).toAttributedString());
        }
        List<AttributedString> out = new ArrayList<>(wrap("✓ " + text, "", "  ", GOOD));
        out.addAll(wrap("matched " + SafeText.escape(p.term()) + ": " + evidence, "    ", "    ", DIM));
        return out;
    }


    /** The end-of-interview table and overall score. */
    public List<AttributedString> summary(InterviewSession session) {
        List<AttributedString> out = new ArrayList<>();
        out.add(styled("Interview summary", BOLD));
        out.add(rule());
        int questionWidth = Math.max(12, width - 38);
        out.add(styled(String.format(Locale.ROOT, "%-3s  %-" + questionWidth + "s  %-12s  %8s  %-6s", "#",
                "Question", "Time", "Coverage", "Grade"), BOLD));
        for (Result r : session.results()) {
            out.add(row(r, questionWidth));
        }
        if (session.results().isEmpty()) {
            out.add(styled("No question was answered.", DIM));
        }
        out.add(AttributedString.EMPTY);
        out.add(styled(overall(session), BOLD));
        if (session.endNote() != null) {
            out.add(styled("The interview " + (session.endNote().startsWith("the") ? "ended: " : "was ")
                    + session.endNote() + ".", DIM));
        }
        return out;
    }

    /** e.g. "Overall: mean coverage 57% over 2 questions · Again 1 · Good 2". */
    public static String overall(InterviewSession session) {
        String score = session.score().isPresent()
                ? "mean coverage " + percent(session.score().getAsDouble()) + " over " + gradedCount(session)
                : "no question with a model answer was asked";
        StringBuilder grades = new StringBuilder();
        for (Grade g : Grade.values()) {
            long n = session.results().stream().filter(r -> r.grade() == g).count();
            if (n > 0) {
                grades.append(" · ").append(g.label()).append(' ').append(n);
            }
        }
        return "Overall: " + score + grades;
    }

    private static String gradedCount(InterviewSession session) {
        long n = session.results().stream().filter(r -> !r.turn().isFollowUp() && r.turn().gradable()).count();
        return n + (n == 1 ? " question" : " questions");
    }

    private AttributedString row(Result r, int questionWidth) {
        Turn t = r.turn();
        String number = t.number() + (t.isFollowUp() ? "+" : "");
        String label = SafeText.escape((t.isFollowUp() ? "follow-up: " : t.card().id() + " ") + t.prompt());
        if (label.length() > questionWidth) {
            label = label.substring(0, questionWidth - 1) + "…";
        }
        String time = r.skipped() ? "skipped" : clock(r.answered().timing().used()) + "/"
                + clock(r.answered().timing().allowed()) + (r.answered().timing().overtime() ? "!" : "");
        String coverage = r.skipped() || r.answered().grading() == null ? "–" : percent(r.answered().grading().coverage());
        String grade = r.grade() == null ? (r.skipped() ? "–" : "none") : r.grade().label();
        AttributedStringBuilder b = new AttributedStringBuilder().append(String.format(Locale.ROOT,
                "%-3s  %-" + questionWidth + "s  %-12s  %8s  ", number, label, time, coverage));
        b.append(grade, r.grade() == null ? DIM : gradeStyle(r.grade()));
        return b.toAttributedString();
    }

    static AttributedStyle gradeStyle(Grade g) {
        return switch (g) {
            case AGAIN -> BAD.bold();
            case HARD -> WARN.bold();
            case GOOD, EASY -> GOOD.bold();
        };
    }

    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /** Unstyled on purpose: JLine draws styled box-drawing characters with the terminal's line set. */
    AttributedString rule() {
        return new AttributedString("─".repeat(Math.min(width, 80)));
    }

    AttributedString styled(String text, AttributedStyle style) {
        return new AttributedStringBuilder().append(text, colour ? style : AttributedStyle.DEFAULT).toAttributedString();
    }

    /** Greedy word wrap with indents; a word longer than a line is cut. */
    List<AttributedString> wrap(String text, String firstIndent, String indent, AttributedStyle style) {
        List<AttributedString> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder(out.isEmpty() ? firstIndent : indent);
            int start = line.length();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                while (word.length() > width - indent.length()) {
                    if (line.length() > start) {
                        out.add(styled(line.toString(), style));
                        line = new StringBuilder(indent);
                    }
                    int room = width - line.length();
                    out.add(styled(line + word.substring(0, room), style));
                    word = word.substring(room);
                    line = new StringBuilder(indent);
                    start = indent.length();
                }
                if (line.length() > start && line.length() + 1 + word.length() > width) {
                    out.add(styled(line.toString(), style));
                    line = new StringBuilder(indent);
                    start = line.length();
                }
                line.append(line.length() > start ? " " : "").append(word);
            }
            out.add(styled(line.toString(), style));
        }
        return out;
    }
}
