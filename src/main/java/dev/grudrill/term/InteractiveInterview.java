package dev.grudrill.term;

import dev.grudrill.drill.Answered;
import dev.grudrill.drill.Grade;
import dev.grudrill.drill.InterviewSession;
import dev.grudrill.drill.NextIntervals;
import dev.grudrill.drill.Turn;
import java.io.IOError;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Status;

/**
 * The interview on a terminal: a question screen, a line editor with a live countdown on a status line,
 * the grading screen, and the summary.
 *
 * <p>Time: one ticker thread ({@link Countdown}) refreshes the status line and, once the session's
 * clock says the time is up, interrupts the answering thread; the line editor then gives back the
 * unfinished line, and the answer is submitted as it stands. Because "time is up" is read from the
 * injected {@link Clock}, a test moves a fake clock instead of sleeping.
 *
 * <p>Ctrl-C asks whether to end; ending keeps every grade already confirmed (each is handed to the
 * {@link HistorySink} the moment it is confirmed) and drops only an answer not yet graded.
 */
public final class InteractiveInterview {
    static final String PROMPT = "> ";
    private static final int[] NOTICES = {60, 30, 10};

    private final InterviewSession session;
    private final Clock clock;
    private final HistorySink sink;
    private final NextIntervals intervals;
    private final boolean colourWanted;
    private final Duration tickPeriod;
    private final AtomicBoolean interruptRequested = new AtomicBoolean();

    private Terminal terminal;
    private AnswerReader reader;
    private Keys keys;
    private Countdown countdown;
    private Status status;
    private boolean colour;
    private volatile Runnable redraw = () -> { };
    private int noticesGiven;
    private boolean timeUpSignalled;

    /** {@code intervals}: the next review of each grade choice, shown after each answer. */
    public InteractiveInterview(InterviewSession session, Clock clock, HistorySink sink, NextIntervals intervals,
            boolean colour) {
        this(session, clock, sink, intervals, colour, Duration.ofSeconds(1));
    }

    /** {@code tickPeriod}: how often the countdown refreshes (a second; tests tick faster). */
    public InteractiveInterview(InterviewSession session, Clock clock, HistorySink sink, NextIntervals intervals,
            boolean colour, Duration tickPeriod) {
        this.session = session;
        this.clock = clock;
        this.sink = sink;
        this.intervals = intervals;
        this.colourWanted = colour;
        this.tickPeriod = tickPeriod;
    }

    public void run(TerminalSource source) throws IOException {
        try (Terminal t = source.open()) {
            terminal = t;
            colour = colourWanted && TerminalSource.showsColour(t);
            reader = new AnswerReader(t);
            keys = new Keys(t, interruptRequested);
            status = statusSupported(t) ? Status.getStatus(t) : null;
            Terminal.SignalHandler previousInt = t.handle(Terminal.Signal.INT, s -> interruptRequested.set(true));
            Terminal.SignalHandler previousWinch = t.handle(Terminal.Signal.WINCH, s -> redraw.run());
            countdown = new Countdown(tickPeriod);
            try {
                interview();
                showSummary();
            } finally {
                countdown.close();
                Thread.interrupted();
                hideStatus();
                t.handle(Terminal.Signal.INT, previousInt);
                t.handle(Terminal.Signal.WINCH, previousWinch);
                t.flush();
            }
        }
    }

    private void interview() {
        while (session.hasNext()) {
            Turn turn = session.start(clock.instant());
            if (!ask(turn)) {
                return;
            }
            if (session.availableFollowUp() != null && !offerFollowUp()) {
                return;
            }
        }
    }

    /** Asks one question through to a confirmed grade; false when the interview ended. */
    private boolean ask(Turn turn) {
        showQuestion(turn);
        Input input = readAnswer(turn);
        Instant now = clock.instant();
        switch (input.ending) {
            case END:
                session.end("ended by you during question " + turn.number());
                return false;
            case SKIP:
                session.skip(now);
                return true;
            default:
                return grade(session.submit(input.text, now), input.ending == Ending.TIME_UP);
        }
    }

    // ---- answering ----

    private enum Ending { SUBMIT, TIME_UP, SKIP, END }

    private record Input(Ending ending, String text) {
    }

    private Input readAnswer(Turn turn) {
        List<String> lines = new ArrayList<>();
        String buffer = null;
        Thread answerer = Thread.currentThread();
        timeUpSignalled = false;
        noticesGiven = 0;
        countdown.start(() -> tick(turn, answerer));
        try {
            while (true) {
                if (timeUp()) {
                    return new Input(Ending.TIME_UP, String.join("\n", lines));
                }
                // A Ctrl-C between two line reads reaches our handler, not the line reader's.
                if (interruptRequested.getAndSet(false)) {
                    Input ended = onInterrupt(lines, buffer == null ? "" : buffer);
                    if (ended != null) {
                        return ended;
                    }
                    continue;
                }
                String line;
                try {
                    line = reader.readLine(PROMPT, null, buffer);
                    buffer = null;
                    if (reader.takeSubmit()) {
                        if (!line.isBlank()) {
                            lines.add(line);
                        }
                        return new Input(Ending.SUBMIT, String.join("\n", lines));
                    }
                } catch (UserInterruptException e) {
                    Input ended = onInterrupt(lines, e.getPartialLine());
                    if (ended != null) {
                        return ended;
                    }
                    buffer = e.getPartialLine();
                    continue;
                } catch (EndOfFileException e) {
                    return new Input(Ending.SUBMIT, String.join("\n", lines));
                } catch (IOError e) {
                    // The terminal went away: nothing more can be typed or confirmed.
                    return new Input(Ending.END, "");
                }
                if (line.strip().equals("/skip")) {
                    return new Input(Ending.SKIP, "");
                }
                if (line.isBlank()) {
                    if (lines.stream().anyMatch(l -> !l.isBlank())) {
                        return new Input(Ending.SUBMIT, String.join("\n", lines));
                    }
                    continue;
                }
                lines.add(line);
            }
        } finally {
            countdown.stop();
            Thread.interrupted();
            hideStatus();
        }
    }

    /** Ctrl-C while answering: asks whether to end; null when the answer goes on. */
    private Input onInterrupt(List<String> lines, String partial) {
        if (timeUp()) {
            lines.add(partial);
            return new Input(Ending.TIME_UP, String.join("\n", lines));
        }
        Keys.Key key = confirmEnd("End the interview? Answers graded so far are kept. [y/N] ", this::timeUp);
        if (key.kind() == Keys.Kind.TIME_UP) {
            lines.add(partial);
            return new Input(Ending.TIME_UP, String.join("\n", lines));
        }
        return key.ends() ? new Input(Ending.END, "") : null;
    }

    private boolean timeUp() {
        return session.enforced() && session.timeUp(clock.instant());
    }

    /** Runs on the ticker thread: refresh the countdown; interrupt the answerer once time is up. */
    private void tick(Turn turn, Thread answerer) {
        Instant now = clock.instant();
        reader.locked(() -> {
            if (status != null) {
                status.update(List.of(statusLine(session, turn, now, colour)));
            } else if (session.enforced()) {
                notice(session.remaining(now));
            }
            terminal.flush();
        });
        if (session.enforced() && session.timeUp(now) && !timeUpSignalled) {
            timeUpSignalled = true;
            answerer.interrupt();
        }
    }

    /** Without a status line (a dumb terminal), a line above the prompt at 1:00, 0:30 and 0:10 left. */
    private void notice(Duration left) {
        while (noticesGiven < NOTICES.length && left.getSeconds() < NOTICES[noticesGiven]) {
            if (left.getSeconds() >= NOTICES[noticesGiven] - 5) {
                reader.printAbove(InterviewText.clock(left.plusMillis(999)) + " left");
            }
            noticesGiven++;
        }
    }

    /**
     * The countdown: time left (or, without a timer, time used) and the keys. Yellow in the last 20% or
     * the last 30 seconds, whichever is longer; red in the last 10 seconds; a ⚠ marks both without colour.
     */
    static AttributedString statusLine(InterviewSession session, Turn turn, Instant now, boolean colour) {
        String keys = " · Q" + turn.number() + "/" + turn.of() + " · empty line or Ctrl-D: submit · /skip · Ctrl-C: end";
        AttributedStyle style;
        String text;
        if (session.enforced()) {
            long seconds = Math.max(0, (session.remaining(now).toMillis() + 999) / 1000);
            boolean red = seconds <= 10;
            boolean yellow = seconds <= Math.max(30, turn.allowed().getSeconds() / 5);
            style = red ? AttributedStyle.DEFAULT.background(AttributedStyle.RED).foreground(AttributedStyle.WHITE).bold()
                    : yellow ? AttributedStyle.DEFAULT.background(AttributedStyle.YELLOW).foreground(AttributedStyle.BLACK)
                    : AttributedStyle.DEFAULT.inverse();
            text = (yellow ? "⚠ " : "⏱ ") + InterviewText.clock(Duration.ofSeconds(seconds)) + " left of "
                    + InterviewText.clock(turn.allowed());
        } else {
            style = AttributedStyle.DEFAULT.inverse();
            text = "⏱ " + InterviewText.clock(Duration.between(turn.startedAt(), now)) + " used of "
                    + InterviewText.clock(turn.allowed());
        }
        return new AttributedStringBuilder().append(text + keys, colour ? style : AttributedStyle.DEFAULT)
                .toAttributedString();
    }

    // ---- grading ----

    /** Shows the grading screen and asks for a grade; false when the interview ended instead. */
    private boolean grade(Answered answered, boolean timeRanOut) {
        Supplier<List<AttributedString>> lines = () -> {
            List<AttributedString> out = new ArrayList<>();
            if (timeRanOut) {
                out.add(styled("Time is up: your answer was submitted as it stood.", InterviewText.WARN.bold()));
            }
            out.addAll(text().grading(answered, true));
            return out;
        };
        Map<Grade, Duration> next = answered.turn().isFollowUp() ? Map.of()
                : intervals.of(answered.turn().card().id(), clock.instant());
        List<AttributedString> footer = gradeKeys(answered, next);
        int top = 0;
        while (true) {
            show(lines, footer, top);
            Keys.Key key = keys.read();
            if (key.kind() == Keys.Kind.EOF) {
                session.end("ended when the terminal closed during question " + answered.turn().number());
                return false;
            }
            if (key.kind() == Keys.Kind.INTERRUPT) {
                Keys.Key sure = confirmEnd("End the interview? This answer has no grade yet and is not kept; earlier ones are."
                        + " [y/N] ", () -> false);
                if (sure.ends()) {
                    session.end("ended by you at the grade of question " + answered.turn().number());
                    return false;
                }
                continue;
            }
            Grade chosen = key.isEnter() ? answered.suggested() : Grade.ofNumber(key.ch() - '0').orElse(null);
            if (chosen != null) {
                sink.save(session.confirm(chosen, clock.instant()));
                print(List.of(styled("✔ Kept in your history as " + chosen.label() + (next.containsKey(chosen)
                        ? " · next review in " + TimeText.interval(next.get(chosen)) : "") + ".", InterviewText.GOOD)));
                return true;
            }
            if (key.ch() == ' ' && top + page(footer) < lines.get().size()) {
                top += page(footer);
            } else if (key.ch() == 'b') {
                top = Math.max(0, top - page(footer));
            } else if (key.ch() == 'd' && answered.turn().card().answer().details() != null) {
                new Pager(terminal, keys, colour).show(answered.turn().card().answer().details(),
                        "Details of the model answer · " + answered.turn().card().id(), "q: back to the grade");
            }
        }
    }

    /** The suggestion, the grade choices with their next intervals, and the other keys: three lines within 80 columns. */
    private List<AttributedString> gradeKeys(Answered a, Map<Grade, Duration> next) {
        String accept = a.suggested() == null ? "" : "Enter: " + a.suggested().label() + " · ";
        String details = a.turn().card().answer().details() == null ? "" : "d: details · ";
        return List.of(text().suggestion(a), styled(TimeText.choices(next), InterviewText.BOLD),
                styled(accept + details + "Ctrl-C: end", InterviewText.BOLD));
    }

    /** After a graded question: Enter goes on, f asks the bonus follow-up; false when the interview ended. */
    private boolean offerFollowUp() {
        String next = session.hasNext() ? "the next question" : "the summary";
        print(List.of(styled("Enter: " + next + " · f: a bonus follow-up question (timed; you grade it)",
                InterviewText.BOLD)));
        while (true) {
            Keys.Key key = keys.read();
            if (key.kind() == Keys.Kind.EOF) {
                session.end("ended when the terminal closed");
                return false;
            }
            if (key.kind() == Keys.Kind.INTERRUPT) {
                if (confirmEnd("End the interview? Answers graded so far are kept. [y/N] ", () -> false).ends()) {
                    session.end("ended by you after question " + session.results().size());
                    return false;
                }
                continue;
            }
            if (key.isEnter()) {
                return true;
            }
            if (key.ch() == 'f' || key.ch() == 'F') {
                return ask(session.startFollowUp(clock.instant()));
            }
        }
    }

    private void showSummary() {
        show(() -> text().summary(session), List.of(), 0);
    }

    // ---- keys ----

    private Keys.Key confirmEnd(String question, BooleanSupplier timeUp) {
        reader.locked(() -> {
            terminal.writer().println();
            terminal.writer().print(ansi(styled(question, InterviewText.WARN.bold())));
            terminal.flush();
        });
        Keys.Key key = keys.read(timeUp);
        reader.locked(() -> {
            terminal.writer().println();
            terminal.flush();
        });
        return key;
    }

    // ---- output ----

    private InterviewText text() {
        return new InterviewText(Math.max(40, terminal.getWidth() > 0 ? terminal.getWidth() : 80), colour);
    }

    /**
     * Clears the screen, draws the countdown first and then the question. Status grows the status area by
     * moving the cursor down and back up, which is only harmless with the cursor at the top.
     */
    private void showQuestion(Turn turn) {
        List<AttributedString> lines = new ArrayList<>(text().question(turn, session.enforced()));
        lines.addAll(text().answerKeys());
        reader.locked(() -> {
            terminal.puts(Capability.clear_screen);
            if (status != null) {
                status.update(List.of(statusLine(session, turn, clock.instant(), colour)));
            }
            lines.forEach(line -> terminal.writer().println(ansi(line)));
            terminal.flush();
        });
        // While answering, the line editor redraws itself on a resize; only the status needs the new size.
        redraw = () -> reader.locked(() -> {
            if (status != null) {
                status.resize(terminal.getSize());
                status.redraw();
            }
        });
    }

    /** How many lines of a screen fit above its footer, a blank line, a "more" line and the cursor's line. */
    private int page(List<AttributedString> footer) {
        return PagedScreen.page(terminal, footer);
    }

    /**
     * Clears the screen and shows {@code lines} from {@code top}, as many as fit, then the footer; a
     * resize shows them again at the new size.
     */
    private void show(Supplier<List<AttributedString>> content, List<AttributedString> footer, int top) {
        redraw = () -> reader.locked(() -> PagedScreen.draw(terminal, colour, content.get(), footer, top));
        redraw.run();
    }

    private String ansi(AttributedString line) {
        return Ansi.of(line, terminal, colour);
    }

    private void print(List<AttributedString> lines) {
        reader.locked(() -> {
            lines.forEach(line -> terminal.writer().println(ansi(line)));
            terminal.flush();
        });
    }

    private void hideStatus() {
        if (status != null) {
            reader.locked(() -> {
                status.update(List.of());
                terminal.flush();
            });
        }
    }

    private AttributedString styled(String text, AttributedStyle style) {
        return new AttributedStringBuilder().append(text, colour ? style : AttributedStyle.DEFAULT).toAttributedString();
    }

    /** Status needs a scroll region and cursor save/restore; dumb terminals have neither. */
    private static boolean statusSupported(Terminal t) {
        return t.getStringCapability(Capability.change_scroll_region) != null
                && t.getStringCapability(Capability.save_cursor) != null
                && t.getStringCapability(Capability.restore_cursor) != null
                && t.getStringCapability(Capability.cursor_address) != null;
    }
}
