package dev.grudrill.term;

import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/**
 * A full screen that may be longer than the terminal: it is cleared, then shows the lines from a top
 * line, as many as fit above the footer, a "lines a–b of n" bar when they do not all fit, and the footer.
 */
final class PagedScreen {
    private PagedScreen() {
    }

    /** How many lines fit above {@code footer} and the bar. */
    static int page(Terminal terminal, List<AttributedString> footer) {
        return Math.max(3, height(terminal) - footer.size() - 3);
    }

    static void draw(Terminal terminal, boolean colour, List<AttributedString> lines, List<AttributedString> footer,
            int top) {
        boolean fits = lines.size() + footer.size() + 2 <= height(terminal);
        int from = fits ? 0 : Math.min(top, Math.max(0, lines.size() - 1));
        int to = fits ? lines.size() : Math.min(lines.size(), from + page(terminal, footer));
        terminal.puts(Capability.clear_screen);
        for (AttributedString line : lines.subList(from, to)) {
            terminal.writer().println(Ansi.of(line, terminal, colour));
        }
        if (!fits) {
            String bar = "lines " + (from + 1) + "–" + to + " of " + lines.size()
                    + (to < lines.size() ? " · Space: more" : "") + (from > 0 ? " · b: back" : "");
            terminal.writer().println(Ansi.of(new AttributedString(bar,
                    colour ? AttributedStyle.DEFAULT.inverse() : AttributedStyle.DEFAULT), terminal, colour));
        }
        if (!footer.isEmpty()) {
            terminal.writer().println();
            footer.forEach(f -> terminal.writer().println(Ansi.of(f, terminal, colour)));
        }
        terminal.flush();
    }

    private static int height(Terminal terminal) {
        return terminal.getHeight() > 0 ? terminal.getHeight() : 24;
    }
}
