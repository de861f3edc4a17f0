package dev.grudrill.term;

import dev.grudrill.drill.Grade;
import dev.grudrill.drill.Progress;
import dev.grudrill.drill.ReviewSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * The review when standard input is not a terminal, so that it can be scripted: for each card, one
 * line of input holding a grade ({@code again|hard|good|easy}, {@code 1-4}) or {@code skip}. The card
 * and its choices go to {@code err} as the prompt; one line per graded card and the summary go to
 * {@code out}. Input that ends early ends the review; anything else is an {@link InputError}.
 */
public final class PlainReview {
    private final ReviewSession session;
    private final Progress progress;
    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final HistorySink sink;
    private final ReviewText text;
    private int lineNumber;

    public PlainReview(ReviewSession session, Progress progress, BufferedReader in, PrintWriter out, PrintWriter err,
            Clock clock, HistorySink sink, int width) {
        this.session = session;
        this.progress = progress;
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.sink = sink;
        this.text = new ReviewText(width, false);
    }

    public void run() {
        String endNote = null;
        for (ReviewSession.Item item = session.next(clock.instant()); item != null; item = session.next(clock.instant())) {
            Instant now = clock.instant();
            if (session.position() > 1) {
                err.println();
            }
            text.card(session, item, progress, now).forEach(err::println);
            Map<Grade, Duration> next = session.preview(now);
            err.println(TimeText.choices(next));
            err.print("grade (again, hard, good, easy, 1-4 or skip): ");
            err.flush();
            String line = readLine();
            err.println();
            if (line == null) {
                int left = session.remaining() + 1;
                endNote = "The input ran out with " + left + " card" + (left == 1 ? "" : "s") + " left.";
                break;
            }
            if (line.strip().equalsIgnoreCase("skip")) {
                session.skip();
                out.println(item.card().id() + "  skipped");
                continue;
            }
            Optional<Grade> grade = Grade.parse(line);
            if (grade.isEmpty()) {
                throw new InputError("standard input line " + lineNumber + ": '" + SafeText.escape(line.strip())
                        + "' is not a grade (again, hard, good, easy, 1-4 or skip); the grades before it are kept");
            }
            sink.save(session.grade(grade.get(), clock.instant()));
            ReviewSession.Graded graded = session.graded().get(session.graded().size() - 1);
            out.println(item.card().id() + "  " + item.reason().label() + "  " + grade.get().label()
                    + "  next review in " + TimeText.interval(graded.next()));
            out.flush();
        }
        out.println();
        for (AttributedString line : text.summary(session, clock.instant(), clock.getZone(), endNote)) {
            out.println(line);
        }
        out.flush();
    }

    private String readLine() {
        try {
            String line = in.readLine();
            lineNumber++;
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
