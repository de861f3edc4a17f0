package dev.grudrill.term;

import dev.grudrill.drill.Answered;
import dev.grudrill.drill.Grade;
import dev.grudrill.drill.InterviewSession;
import dev.grudrill.drill.NextIntervals;
import dev.grudrill.drill.Turn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jline.utils.AttributedString;

/**
 * The interview when standard input is not a terminal, so that it can be scripted: each answer is a
 * block of lines ended by a line holding only {@code .} (a block holding only {@code /skip} skips).
 * Prompts go to {@code err}, the report to {@code out}. There is no countdown: time is measured with
 * the clock. The grade is the suggested one unless {@code fixedGrade} is given; an answer with nothing
 * to grade against and no {@code fixedGrade} is reported but not kept.
 */
public final class PlainInterview {
    private final InterviewSession session;
    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final HistorySink sink;
    private final NextIntervals intervals;
    private final Grade fixedGrade;
    private final InterviewText text;

    public PlainInterview(InterviewSession session, BufferedReader in, PrintWriter out, PrintWriter err, Clock clock,
            HistorySink sink, NextIntervals intervals, Grade fixedGrade, int width) {
        this.session = session;
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.sink = sink;
        this.intervals = intervals;
        this.fixedGrade = fixedGrade;
        this.text = new InterviewText(width, false);
    }

    public void run() {
        while (session.hasNext()) {
            Turn turn = session.start(clock.instant());
            print(err, text.question(turn, false));
            err.println("(end the answer with a line holding only '.'; '/skip' skips)");
            err.flush();
            String answer = readBlock();
            if (answer == null) {
                session.end("ended when the input ran out during question " + turn.number());
                break;
            }
            if (answer.strip().equals("/skip")) {
                session.skip(clock.instant());
                out.println("Question " + turn.number() + " (" + turn.card().id() + "): skipped.");
                out.println();
                continue;
            }
            grade(session.submit(answer, clock.instant()));
        }
        print(out, text.summary(session));
        out.flush();
    }

    private void grade(Answered a) {
        print(out, text.grading(a, false));
        out.println(text.suggestion(a));
        Map<Grade, Duration> next = a.turn().isFollowUp() ? Map.of() : intervals.of(a.turn().card().id(), clock.instant());
        out.println(TimeText.choices(next));
        Grade grade = fixedGrade != null ? fixedGrade : a.suggested();
        if (grade == null) {
            session.leaveUngraded();
            out.println("Not kept in the history: nothing to grade against; --grade again|hard|good|easy keeps it.");
        } else {
            sink.save(session.confirm(grade, clock.instant()));
            out.println("Grade: " + grade.label() + (fixedGrade != null ? " (from --grade)" : " (suggested)")
                    + "; kept in the history" + (next.containsKey(grade) ? ", next review in "
                    + TimeText.interval(next.get(grade)) : "") + ".");
        }
        out.println();
        out.flush();
    }

    /** The next answer block; null at end of input with nothing typed. A last block may omit the '.'. */
    private String readBlock() {
        StringBuilder block = new StringBuilder();
        boolean any = false;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals(".")) {
                    return block.toString();
                }
                block.append(any ? "\n" : "").append(line);
                any = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return any ? block.toString() : null;
    }

    private static void print(PrintWriter w, java.util.List<AttributedString> lines) {
        for (AttributedString line : lines) {
            w.println(line);
        }
    }
}
