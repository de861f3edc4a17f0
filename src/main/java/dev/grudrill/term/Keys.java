package dev.grudrill.term;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Single keys in raw mode, for screens that wait for a choice. Ctrl-C arrives as a signal (its handler
 * sets {@code interrupted}), so it is polled between short timed reads, as is a time limit.
 */
final class Keys {
    enum Kind { CHAR, INTERRUPT, EOF, TIME_UP }

    record Key(Kind kind, int ch) {
        boolean isEnter() {
            return kind == Kind.CHAR && (ch == '\r' || ch == '\n');
        }

        boolean is(char c) {
            return kind == Kind.CHAR && ch == c;
        }

        /** An answer to "End …? [y/N]": y, a second Ctrl-C, or a closed terminal. */
        boolean ends() {
            return kind == Kind.INTERRUPT || kind == Kind.EOF || (kind == Kind.CHAR && (ch == 'y' || ch == 'Y'));
        }
    }

    private final Terminal terminal;
    private final AtomicBoolean interrupted;

    Keys(Terminal terminal, AtomicBoolean interrupted) {
        this.terminal = terminal;
        this.interrupted = interrupted;
    }

    Key read() {
        return read(() -> false);
    }

    Key read(BooleanSupplier timeUp) {
        Attributes saved = terminal.enterRawMode();
        try {
            while (true) {
                if (interrupted.getAndSet(false)) {
                    return new Key(Kind.INTERRUPT, 0);
                }
                if (timeUp.getAsBoolean()) {
                    return new Key(Kind.TIME_UP, 0);
                }
                int c;
                try {
                    c = terminal.reader().read(100);
                } catch (InterruptedIOException e) {
                    Thread.interrupted();
                    continue;
                } catch (IOException e) {
                    return new Key(Kind.EOF, 0);
                }
                if (c == NonBlockingReader.READ_EXPIRED) {
                    continue;
                }
                if (c == NonBlockingReader.EOF) {
                    return new Key(Kind.EOF, 0);
                }
                return c == 3 ? new Key(Kind.INTERRUPT, 0) : new Key(Kind.CHAR, c);
            }
        } finally {
            terminal.setAttributes(saved);
        }
    }
}
