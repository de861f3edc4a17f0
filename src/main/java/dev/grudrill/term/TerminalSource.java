package dev.grudrill.term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Opens the terminal an interactive screen runs on: the real one, or one on byte streams in tests. */
@FunctionalInterface
public interface TerminalSource {
    Terminal open() throws IOException;

    /**
     * Starts opening the terminal now, on a background thread, and returns a source that hands it over.
     * Opening the system terminal runs stty in child processes (about half a second on a small
     * machine); started first, it overlaps with loading the bank, so the first question appears sooner.
     */
    static TerminalSource early(TerminalSource source) {
        CompletableFuture<Terminal> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return source.open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return () -> {
            try {
                return opening.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
        };
    }

    /** Whether {@code terminal} can show colour: not a dumb one (nor one that does not say what it is). */
    static boolean showsColour(Terminal terminal) {
        return terminal.getType() != null && !terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    /** The terminal this process is attached to. */
    static TerminalSource system() {
        return () -> TerminalBuilder.builder().system(true).build();
    }
}
