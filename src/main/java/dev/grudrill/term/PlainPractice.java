package dev.grudrill.term;

import dev.grudrill.drill.PracticeProblem;
import dev.grudrill.drill.PracticeSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Practice when standard input is not a terminal, so that it can be scripted and tested: one answer per
 * line ({@code skip} skips a problem). Each problem, its verdict and its worked solution go to
 * {@code out}; the prompt goes to {@code err}. Input that ends early ends the round.
 */
public final class PlainPractice {
    private final PracticeSession session;
    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final HistorySink sink;
    private final PracticeText text;

    public PlainPractice(PracticeSession session, BufferedReader in, PrintWriter out, PrintWriter err, Clock clock,
            HistorySink sink, int width) {
        this.session = session;
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.sink = sink;
        this.text = new PracticeText(width, false);
    }

    public void run() {
        String endNote = null;
        while (session.hasNext()) {
            PracticeProblem p = session.next(clock.instant());
            print(text.problem(session, p));
            err.print("answer (" + p.type().hint() + "; skip skips): ");
            err.flush();
            String line = readLine();
            err.println();
            if (line == null) {
                endNote = "The input ran out at problem " + session.number() + ".";
                session.skip();
                break;
            }
            out.println("Your answer: " + SafeText.escape(line.strip()));
            if (line.strip().equalsIgnoreCase("skip")) {
                session.skip();
                out.println("Skipped; the answer is " + p.answer() + ".");
                out.println();
                continue;
            }
            sink.save(session.answer(line, clock.instant()));
            print(text.result(session.outcomes().get(session.outcomes().size() - 1)));
            out.println();
            out.flush();
        }
        print(text.summary(session, endNote));
        out.flush();
    }

    private void print(List<AttributedString> lines) {
        lines.forEach(out::println);
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
