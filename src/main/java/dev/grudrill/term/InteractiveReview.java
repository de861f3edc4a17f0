package dev.grudrill.term;

import dev.grudrill.drill.Grade;
import dev.grudrill.drill.Progress;
import dev.grudrill.drill.ReviewSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The flashcard review on a terminal: for each card the prompt, then (Enter) the model's short answer
 * and the grade choices with their next intervals; d pages the details. Every grade is handed to the
 * {@link HistorySink} the moment it is given, so q, Ctrl-C or a closed terminal lose nothing graded.
 */
public final class InteractiveReview {
    private final ReviewSession session;
    private final Progress progress;
    private final Clock clock;
    private final HistorySink sink;
    private final boolean colourWanted;
    private final AtomicBoolean interrupted = new AtomicBoolean();

    private Terminal terminal;
    private Keys keys;
    private boolean colour;
    private AttributedString note;
    private String endNote;
    private volatile Runnable redraw = () -> { };

    public InteractiveReview(ReviewSession session, Progress progress, Clock clock, HistorySink sink, boolean colour) {
        this.session = session;
        this.progress = progress;
        this.clock = clock;
        this.sink = sink;
        this.colourWanted = colour;
    }

    public void run(TerminalSource source) throws IOException {
        try (Terminal t = source.open()) {
            terminal = t;
            colour = colourWanted && TerminalSource.showsColour(t);
            keys = new Keys(t, interrupted);
            Terminal.SignalHandler previousInt = t.handle(Terminal.Signal.INT, s -> interrupted.set(true));
            Terminal.SignalHandler previousWinch = t.handle(Terminal.Signal.WINCH, s -> redraw.run());
            try {
                for (ReviewSession.Item item = session.next(clock.instant()); item != null;
                        item = session.next(clock.instant())) {
                    if (!review(item)) {
                        int left = session.remaining() + 1;
                        endNote = "Ended by you with " + left + " card" + (left == 1 ? "" : "s") + " left.";
                        break;
                    }
                }
                Instant end = clock.instant();
                show(() -> {
                    List<AttributedString> lines = new ArrayList<>();
                    if (note != null) {
                        lines.add(note);
                    }
                    lines.addAll(text().summary(session, end, clock.getZone(), endNote));
                    return lines;
                }, List.of(), 0);
            } finally {
                redraw = () -> { };
                t.handle(Terminal.Signal.INT, previousInt);
                t.handle(Terminal.Signal.WINCH, previousWinch);
                t.flush();
            }
        }
    }

    /** One card through to a grade (or a skip); false when the review ends. */
    private boolean review(ReviewSession.Item item) {
        Instant start = clock.instant();
        AttributedString shownNote = note;
        Supplier<List<AttributedString>> front = () -> {
            List<AttributedString> lines = new ArrayList<>();
            if (shownNote != null) {
                lines.add(shownNote);
            }
            lines.addAll(text().card(session, item, progress, start));
            lines.add(AttributedString.EMPTY);
            lines.add(text().think());
            return lines;
        };
        while (true) {
            show(front, List.of(text().keys("Enter: show the answer · s: skip · q: end the review")), 0);
            Keys.Key key = keys.read();
            if (ends(key)) {
                return false;
            }
            if (key.is('s')) {
                session.skip();
                note = styled("↷ " + item.card().id() + " skipped", InterviewText.DIM);
                return true;
            }
            if (key.isEnter() || key.is(' ')) {
                break;
            }
        }
        Instant shown = clock.instant();
        Map<Grade, Duration> next = session.preview(shown);
        Supplier<List<AttributedString>> back = () -> {
            List<AttributedString> lines = new ArrayList<>(text().card(session, item, progress, shown));
            lines.addAll(text().answer(item));
            return lines;
        };
        boolean details = item.card().answer().details() != null;
        List<AttributedString> footer = List.of(text().choices(next),
                text().keys((details ? "d: details · " : "") + "s: skip · q: end the review"));
        int top = 0;
        while (true) {
            show(back, footer, top);
            Keys.Key key = keys.read();
            if (ends(key)) {
                return false;
            }
            Grade grade = key.kind() == Keys.Kind.CHAR ? Grade.ofNumber(key.ch() - '0').orElse(null) : null;
            if (grade != null) {
                sink.save(session.grade(grade, clock.instant()));
                note = text().kept(session.graded().get(session.graded().size() - 1));
                return true;
            }
            if (key.is('s')) {
                session.skip();
                note = styled("↷ " + item.card().id() + " skipped", InterviewText.DIM);
                return true;
            }
            if (key.is(' ') && top + page(footer) < back.get().size()) {
                top += page(footer);
            } else if (key.is('b')) {
                top = Math.max(0, top - page(footer));
            } else if (key.is('d') && details) {
                new Pager(terminal, keys, colour).show(item.card().answer().details(),
                        "Details of the model answer · " + item.card().id(), "q: back to the card");
            }
        }
    }

    private static boolean ends(Keys.Key key) {
        return key.kind() == Keys.Kind.INTERRUPT || key.kind() == Keys.Kind.EOF || key.is('q') || key.is('Q');
    }

    private ReviewText text() {
        return new ReviewText(terminal.getWidth() > 0 ? terminal.getWidth() : 80, colour);
    }

    private int page(List<AttributedString> footer) {
        return PagedScreen.page(terminal, footer);
    }

    /** Clears the screen and shows {@code lines} from {@code top}, as many as fit, then the footer; a resize redraws. */
    private void show(Supplier<List<AttributedString>> content, List<AttributedString> footer, int top) {
        redraw = () -> PagedScreen.draw(terminal, colour, content.get(), footer, top);
        redraw.run();
    }

    private AttributedString styled(String s, AttributedStyle style) {
        return new AttributedString(s, colour ? style : AttributedStyle.DEFAULT);
    }
}
