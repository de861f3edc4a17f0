package dev.grudrill.term;

import dev.grudrill.drill.Answered;
import dev.grudrill.drill.Grading;
import dev.grudrill.drill.InterviewSession;
import dev.grudrill.drill.Result;
import dev.grudrill.drill.Turn;
import java.util.stream.Collectors;

/** The interview's results as a Markdown document: summary table, then each answer with its grading. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /** {@code seed} is shown so the same questions can be asked again; null when --ids chose them. */
    public static String render(InterviewSession session, Long seed) {
        StringBuilder md = new StringBuilder("# Mock interview\n\n");
        md.append(InterviewText.overall(session)).append(".");
        if (session.endNote() != null) {
            md.append(" The interview ").append(session.endNote().startsWith("the") ? "ended: " : "was ")
                    .append(session.endNote()).append('.');
        }
        md.append(seed == null ? "" : " Seed " + seed + ".").append("\n\n");
        md.append("| # | Question | Time | Coverage | Grade |\n|--:|----------|-----:|---------:|-------|\n");
        for (Result r : session.results()) {
            Turn t = r.turn();
            md.append("| ").append(t.number()).append(t.isFollowUp() ? "+" : "").append(" | ")
                    .append(cell((t.isFollowUp() ? "follow-up: " : t.card().id() + " ") + t.prompt())).append(" | ")
                    .append(r.skipped() ? "skipped" : InterviewText.clock(r.answered().timing().used()) + " of "
                            + InterviewText.clock(r.answered().timing().allowed())
                            + (r.answered().timing().overtime() ? " (time ran out)" : ""))
                    .append(" | ").append(r.skipped() || r.answered().grading() == null ? "–"
                            : InterviewText.percent(r.answered().grading().coverage()))
                    .append(" | ").append(r.grade() == null ? "–" : r.grade().label()).append(" |\n");
        }
        for (Result r : session.results()) {
            if (!r.skipped()) {
                answer(md, r);
            }
        }
        return md.toString();
    }

    private static void answer(StringBuilder md, Result r) {
        Answered a = r.answered();
        Turn t = r.turn();
        md.append("\n## ").append(t.number()).append(t.isFollowUp() ? "+ (follow-up)" : "").append(". ")
                .append(t.card().id()).append(": ").append(text(t.prompt())).append("\n\n");
        md.append(a.text().isBlank() ? "*(no answer typed)*\n" : a.text().lines().map(l -> "> " + text(l))
                .collect(Collectors.joining("\n", "", "\n")));
        md.append('\n');
        Grading g = a.grading();
        if (g != null) {
            md.append("Covered ").append(g.covered()).append(" of ").append(g.total()).append(" key points (")
                    .append(InterviewText.percent(g.coverage())).append("):\n\n");
            for (Grading.PointResult p : g.points()) {
                md.append("- ").append(p.covered() ? "✓ " : "✗ ").append(text(p.point().point()));
                if (p.covered()) {
                    md.append(" — matched `").append(text(p.term())).append("`: ").append(p.evidence().stream()
                            .map(e -> "\"" + text(e) + "\"").collect(Collectors.joining(" + ")));
                }
                md.append('\n');
            }
            for (Grading.MisconceptionHit m : g.misconceptions()) {
                md.append("- ⚠ You said \"").append(text(m.evidence())).append("\": ")
                        .append(text(m.misconception().claim())).append(" **Correction:** ")
                        .append(text(m.misconception().correction())).append('\n');
            }
            md.append('\n');
        }
        md.append("Suggested grade: ").append(a.suggested() == null ? "none" : a.suggested().label())
                .append("; grade kept: ").append(r.grade() == null ? "none (not kept)" : r.grade().label()).append(".\n");
    }

    private static String text(String s) {
        return SafeText.escape(s).replace("\n", " ");
    }

    private static String cell(String s) {
        return text(s).replace("|", "\\|");
    }
}
