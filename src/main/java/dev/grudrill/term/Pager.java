package dev.grudrill.term;

import java.util.Arrays;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/** A minimal pager for Markdown: one screen at a time; Space or Enter next, b back, q done. */
final class Pager {
    private final Terminal terminal;
    private final Keys keys;
    private final boolean colour;

    Pager(Terminal terminal, Keys keys, boolean colour) {
        this.terminal = terminal;
        this.keys = keys;
        this.colour = colour;
    }

    /** Shows {@code markdown} under {@code title}; the footer names the way out as {@code closing}. */
    void show(String markdown, String title, String closing) {
        int top = 0;
        while (true) {
            int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
            int height = Math.max(5, terminal.getHeight() > 0 ? terminal.getHeight() : 24);
            List<String> lines = Arrays.asList(new MarkdownRenderer(width, colour).render(markdown).split("\n"));
            int page = height - 2;
            top = Math.max(0, Math.min(top, Math.max(0, lines.size() - page)));
            terminal.puts(Capability.clear_screen);
            terminal.writer().println(styled(title, AttributedStyle.BOLD));
            for (int i = top; i < Math.min(lines.size(), top + page); i++) {
                terminal.writer().println(lines.get(i));
            }
            int last = Math.min(lines.size(), top + page);
            boolean more = last < lines.size();
            terminal.writer().print(styled("lines " + (top + 1) + "–" + last + " of " + lines.size() + " · "
                    + (more ? "Space: next · " : "") + (top > 0 ? "b: back · " : "") + closing,
                    AttributedStyle.DEFAULT.inverse()));
            terminal.flush();
            Keys.Key key = keys.read();
            if (key.kind() != Keys.Kind.CHAR) {
                return;
            }
            int c = key.ch();
            if (c == 'b' || c == 'k') {
                top -= page;
            } else if ((c == ' ' || c == 'j' || key.isEnter()) && more) {
                top += page;
            } else if (c == 'q' || c == 27 || ((c == ' ' || key.isEnter()) && !more)) {
                return;
            }
        }
    }

    private String styled(String text, AttributedStyle style) {
        return colour ? new AttributedString(text, style).toAnsi() : text;
    }
}
