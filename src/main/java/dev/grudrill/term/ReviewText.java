package dev.grudrill.term;

import dev.grudrill.bank.Question;
import dev.grudrill.bank.Topic;
import dev.grudrill.drill.CardState;
import dev.grudrill.drill.Grade;
import dev.grudrill.drill.Progress;
import dev.grudrill.drill.ReviewSession;
import dev.grudrill.drill.TrackedCard;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** The review's screens as lines, for a terminal (styled) and for plain mode (the same lines unstyled). */
public final class ReviewText {
    private final InterviewText text;
    private final int width;
    private final boolean colour;

    public ReviewText(int width, boolean colour) {
        this.text = new InterviewText(width, colour);
        this.width = Math.max(40, width);
        this.colour = colour;
    }

    /** Header, prompt, and what is known about the card: when last seen, recall now, an edited prompt. */
    public List<AttributedString> card(ReviewSession session, ReviewSession.Item item, Progress progress, Instant now) {
        List<AttributedString> out = new ArrayList<>();
        Question q = item.card().question();
        out.add(text.styled("Review " + session.position() + " of " + (session.position() + session.remaining())
                + " · " + item.reason().label() + " · " + q.id() + " · "
                + q.topics().stream().map(Topic::label).collect(Collectors.joining(", ")), InterviewText.BOLD));
        out.add(text.rule());
        out.addAll(text.wrap(SafeText.escape(q.prompt()), "", "", InterviewText.BOLD));
        TrackedCard tracked = progress.cards().get(item.card().id());
        if (tracked != null) {
            CardState s = tracked.state();
            out.add(AttributedString.EMPTY);
            out.add(text.styled("Last reviewed " + TimeText.span(Duration.between(s.lastReview(), now)) + " ago · "
                    + s.reps() + " review" + (s.reps() == 1 ? "" : "s") + ", " + s.lapses() + " lapse"
                    + (s.lapses() == 1 ? "" : "s") + " · predicted recall now "
                    + InterviewText.percent(progress.recall(item.card().id(), now)), InterviewText.DIM));
            if (tracked.promptChanged(q.prompt())) {
                out.addAll(text.wrap("⚠ The question was edited since you last reviewed it; your progress is kept.",
                        "", "  ", InterviewText.WARN));
            }
        }
        return out;
    }

    /** The model's short answer, indented, after a blank line. */
    public List<AttributedString> answer(ReviewSession.Item item) {
        List<AttributedString> out = new ArrayList<>();
        out.add(AttributedString.EMPTY);
        out.add(text.styled("Model answer, short:", InterviewText.BOLD));
        for (String line : new MarkdownRenderer(width - 2, colour).render(item.card().answer().shortAnswer()).split("\n")) {
            out.add(new AttributedStringBuilder().append("  ").append(AttributedString.fromAnsi(line))
                    .toAttributedString());
        }
        return out;
    }

    public AttributedString think() {
        return text.styled("Think of your answer, then show the model answer.", InterviewText.DIM);
    }

    /** The grade choices with their next intervals. */
    public AttributedString choices(java.util.Map<Grade, Duration> next) {
        return text.styled(TimeText.choices(next), InterviewText.BOLD);
    }

    public AttributedString keys(String keys) {
        return text.styled(keys, InterviewText.BOLD);
    }

    /** The line confirming a grade: "✔ gru-06: Good · next review in 3d". */
    public AttributedString kept(ReviewSession.Graded graded) {
        return text.styled("✔ " + graded.item().card().id() + ": " + graded.grade().label() + " · next review in "
                + TimeText.interval(graded.next()), InterviewText.GOOD);
    }

    /** The end of a review: what was graded, then {@link #closing}. */
    public List<AttributedString> summary(ReviewSession session, Instant now, ZoneId zone, String endNote) {
        List<AttributedString> out = new ArrayList<>();
        out.add(text.styled("Review summary", InterviewText.BOLD));
        out.add(text.rule());
        List<ReviewSession.Graded> graded = session.graded();
        StringBuilder counts = new StringBuilder();
        for (Grade g : Grade.values()) {
            long n = graded.stream().filter(r -> r.grade() == g).count();
            if (n > 0) {
                counts.append(" · ").append(g.label()).append(' ').append(n);
            }
        }
        out.add(text.styled("Graded " + graded.size() + " card" + (graded.size() == 1 ? "" : "s") + counts,
                InterviewText.BOLD));
        if (endNote != null) {
            out.add(text.styled(endNote, InterviewText.DIM));
        }
        closing(session, now, zone).forEach(line -> out.add(new AttributedString(line)));
        return out;
    }

    /** "Nothing due; next at …" (or what is still due), and how many new cards are left. */
    public static List<String> closing(ReviewSession session, Instant now, ZoneId zone) {
        List<String> out = new ArrayList<>();
        long due = session.dueCount(now);
        if (due > 0) {
            out.add(due + " card" + (due == 1 ? " is" : "s are") + " still due: run review again to go on.");
        } else {
            out.add(session.nextDue().map(at -> "Nothing due; next at " + TimeText.when(at, now, zone) + ".")
                    .orElse("Nothing due."));
        }
        long fresh = session.newLeft();
        if (fresh > 0) {
            out.add(fresh + " question" + (fresh == 1 ? "" : "s") + " never reviewed (up to " + session.newCards()
                    + " new a session; --new N changes it).");
        }
        return out;
    }
}
