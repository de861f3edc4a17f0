package dev.grudrill.cli;

import dev.grudrill.term.MarkdownRenderer;
import dev.grudrill.term.TerminalWidth;

/** How text output should look: width and colour, decided once per command. */
final class Screen {
    /** Width used when standard output is not a terminal. */
    static final int PLAIN_WIDTH = 80;

    final int width;
    final boolean colour;
    final boolean terminal;

    private Screen(int width, boolean colour, boolean terminal) {
        this.width = width;
        this.colour = colour;
        this.terminal = terminal;
    }

    /** Plain text at the width used off a terminal. */
    static Screen plain() {
        return new Screen(PLAIN_WIDTH, false, false);
    }

    static Screen of(Context context, ColorOptions color) {
        boolean terminal = context.stdoutTerminal();
        int width = terminal ? TerminalWidth.columns(PLAIN_WIDTH) : PLAIN_WIDTH;
        return new Screen(width, color.enabled(context), terminal);
    }

    String markdown(String markdown) {
        return new MarkdownRenderer(width, colour).render(markdown);
    }

    String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    String dim(String text) {
        return colour ? "\u001b[2m" + text + "\u001b[0m" : text;
    }

}
