package dev.grudrill.term;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The width of the terminal standard output is attached to. */
public final class TerminalWidth {
    private TerminalWidth() {
    }

    /** Columns of the system terminal, or {@code fallback} when it cannot be known. */
    public static int columns(int fallback) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int width = terminal.getWidth();
            return width > 0 ? width : fallback;
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }
}
