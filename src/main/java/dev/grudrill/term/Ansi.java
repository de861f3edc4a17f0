package dev.grudrill.term;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Lines for a terminal: styled text as escape sequences, unstyled text as it is. */
final class Ansi {
    private Ansi() {
    }

    /** Unstyled lines go out as they are: JLine would draw box characters with the terminal's line set otherwise. */
    static String of(AttributedString line, Terminal terminal, boolean colour) {
        for (int i = 0; colour && i < line.length(); i++) {
            if (!line.styleAt(i).equals(AttributedStyle.DEFAULT)) {
                return line.toAnsi(terminal);
            }
        }
        return line.toString();
    }
}
