package dev.grudrill.term;

import dev.grudrill.drill.PracticeProblem;
import dev.grudrill.drill.PracticeSession;
import java.io.IOError;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/**
 * Practice on a terminal: each problem on a clean screen, the answer typed on one line, then the
 * verdict and the worked solution. An empty line asks again, {@code skip} skips, Ctrl-C or Ctrl-D
 * ends the round; every checked answer is handed to the {@link HistorySink} at once.
 */
public final class InteractivePractice {
    private final PracticeSession session;
    private final Clock clock;
    private final HistorySink sink;
    private final boolean colourWanted;
    private final AtomicBoolean interrupted = new AtomicBoolean();

    private Terminal terminal;
    private boolean colour;

    public InteractivePractice(PracticeSession session, Clock clock, HistorySink sink, boolean colour) {
        this.session = session;
        this.clock = clock;
        this.sink = sink;
        this.colourWanted = colour;
    }

    public void run(TerminalSource source) throws IOException {
        try (Terminal t = source.open()) {
            terminal = t;
            colour = colourWanted && TerminalSource.showsColour(t);
            LineReaderImpl reader = new LineReaderImpl(t, "gru-drill");
            reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
            Keys keys = new Keys(t, interrupted);
            Terminal.SignalHandler previousInt = t.handle(Terminal.Signal.INT, s -> interrupted.set(true));
            try {
                practise(reader, keys);
            } finally {
                t.handle(Terminal.Signal.INT, previousInt);
                t.flush();
            }
        }
    }

    private void practise(LineReaderImpl reader, Keys keys) {
        String endNote = null;
        while (session.hasNext()) {
            PracticeProblem p = session.next(clock.instant());
            clear();
            print(text().problem(session, p));
            print(List.of(styled("skip: skip this problem · Ctrl-C: end", InterviewText.DIM)));
            String answer = read(reader);
            if (answer == null) {
                session.skip();
                endNote = "Ended by you at problem " + session.number() + ".";
                break;
            }
            // The result gets a screen of its own: the longest worked solution and the problem do not fit 24 rows.
            clear();
            List<AttributedString> lines = new ArrayList<>(text().header(session, p));
            lines.add(styled("Your answer: " + SafeText.escape(answer), InterviewText.BOLD));
            if (answer.equalsIgnoreCase("skip")) {
                session.skip();
                lines.add(styled("↷ Skipped; the answer is " + p.answer() + ".", InterviewText.DIM));
            } else {
                sink.save(session.answer(answer, clock.instant()));
                lines.addAll(text().result(session.outcomes().get(session.outcomes().size() - 1)));
            }
            lines.add(AttributedString.EMPTY);
            lines.add(styled("Enter: " + (session.hasNext() ? "next problem" : "summary") + " · Ctrl-C: end",
                    InterviewText.BOLD));
            print(lines);
            Keys.Key key = keys.read();
            while (key.kind() == Keys.Kind.CHAR && !key.isEnter()) {
                key = keys.read();
            }
            if (!key.isEnter()) {
                endNote = "Ended by you after problem " + session.number() + ".";
                break;
            }
        }
        clear();
        print(text().summary(session, endNote));
    }

    /** The answer line; null when the round ends (Ctrl-C, Ctrl-D, a closed terminal). An empty line asks again. */
    private String read(LineReaderImpl reader) {
        while (true) {
            try {
                String line = reader.readLine("answer> ").strip();
                if (!line.isEmpty()) {
                    return line;
                }
            } catch (UserInterruptException | EndOfFileException | IOError e) {
                return null;
            }
        }
    }

    private PracticeText text() {
        return new PracticeText(terminal.getWidth() > 0 ? terminal.getWidth() : 80, colour);
    }

    private void clear() {
        terminal.puts(Capability.clear_screen);
    }

    private void print(List<AttributedString> lines) {
        for (AttributedString line : lines) {
            terminal.writer().println(Ansi.of(line, terminal, colour));
        }
        terminal.flush();
    }

    private AttributedString styled(String s, AttributedStyle style) {
        return new AttributedString(s, colour ? style : AttributedStyle.DEFAULT);
    }
}
