package dev.grudrill.term;

import dev.grudrill.drill.Grade;
import dev.grudrill.drill.PracticeProblem;
import dev.grudrill.drill.PracticeSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Practice problems, verdicts and worked solutions as lines, for a terminal (styled) and plain mode. */
public final class PracticeText {
    private final InterviewText text;
    private final int width;

    public PracticeText(int width, boolean colour) {
        this.text = new InterviewText(width, colour);
        this.width = Math.max(40, width);
    }

    /** A line kept as it is (formulas and tables are laid out with spaces) when it fits, else wrapped. */
    private List<AttributedString> fit(String line, String indent, String continuation, AttributedStyle style) {
        return indent.length() + line.length() <= width ? List.of(text.styled(indent + line, style))
                : text.wrap(line, indent, continuation, style);
    }

    /** The header and the problem. */
    public List<AttributedString> problem(PracticeSession session, PracticeProblem p) {
        List<AttributedString> out = new ArrayList<>();
        out.add(title(session, p));
        out.add(text.rule());
        for (String line : p.statement()) {
            out.addAll(fit(line, "", "    ", line.equals(p.question()) ? InterviewText.BOLD : AttributedStyle.DEFAULT));
        }
        out.add(AttributedString.EMPTY);
        out.add(text.styled("Answer with " + p.type().hint() + ".", InterviewText.DIM));
        return out;
    }

    /** The header and the question alone, above a result. */
    public List<AttributedString> header(PracticeSession session, PracticeProblem p) {
        List<AttributedString> out = new ArrayList<>();
        out.add(title(session, p));
        out.addAll(fit(p.question(), "", "    ", AttributedStyle.DEFAULT));
        return out;
    }

    private AttributedString title(PracticeSession session, PracticeProblem p) {
        return text.styled("Problem " + session.number() + " of " + session.count() + " · " + p.kind().key() + " · "
                + p.kind().description(), InterviewText.BOLD);
    }

    /** The verdict, the worked solution and when the kind comes back. */
    public List<AttributedString> result(PracticeSession.Outcome o) {
        List<AttributedString> out = new ArrayList<>();
        if (o.check().correct()) {
            out.add(text.styled("✔ Correct: " + o.problem().answer(), InterviewText.GOOD.bold()));
        } else {
            out.addAll(text.wrap("✗ " + SafeText.escape(o.check().message()), "", "  ", InterviewText.BAD.bold()));
        }
        out.add(text.styled("Worked solution:", InterviewText.BOLD));
        for (String line : o.problem().solution()) {
            out.addAll(fit(line, "  ", "    ", AttributedStyle.DEFAULT));
        }
        out.add(text.styled(o.problem().kind().key() + " kept as " + o.grade().label() + " · next problem of this kind"
                + " in " + TimeText.interval(o.next()), InterviewText.DIM));
        return out;
    }

    /** One line per problem and the score. */
    public List<AttributedString> summary(PracticeSession session, String endNote) {
        List<AttributedString> out = new ArrayList<>();
        out.add(text.styled("Practice summary", InterviewText.BOLD));
        out.add(text.rule());
        List<PracticeSession.Outcome> outcomes = session.outcomes();
        int n = 0;
        for (PracticeSession.Outcome o : outcomes) {
            n++;
            String line = String.format(Locale.ROOT, "%-3d %-12s %s %s", n, o.problem().kind().key(),
                    o.check().correct() ? "✔" : "✗", o.problem().answer());
            if (!o.check().correct()) {
                line += "  (you: " + SafeText.escape(o.answer().isEmpty() ? "nothing" : o.answer()) + ")";
            }
            out.addAll(fit(line, "", "    ", o.grade() == Grade.GOOD ? InterviewText.GOOD : InterviewText.BAD));
        }
        long right = outcomes.stream().filter(o -> o.check().correct()).count();
        out.add(AttributedString.EMPTY);
        out.add(text.styled("Correct " + right + " of " + outcomes.size()
                + (session.skipped() > 0 ? " · " + session.skipped() + " skipped" : "") + " · seed " + session.seed()
                + " (--seed " + session.seed() + " asks the same problems again)", InterviewText.BOLD));
        if (endNote != null) {
            out.add(text.styled(endNote, InterviewText.DIM));
        }
        return out;
    }
}
