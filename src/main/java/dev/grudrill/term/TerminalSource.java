package dev.grudrill.term;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Opens the terminal an interactive screen runs on: the real one, or one on byte streams in tests. */
@FunctionalInterface
public interface TerminalSource {
    Terminal open() throws IOException;

    /** The terminal this process is attached to. */
    static TerminalSource system() {
        return () -> TerminalBuilder.builder().system(true).build();
    }
}
