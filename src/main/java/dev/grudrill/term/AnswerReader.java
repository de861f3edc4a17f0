package dev.grudrill.term;

import java.io.IOException;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * JLine's line editor (editing keys, history, bracketed paste) with one addition: {@link #locked} runs
 * terminal output under the editor's own lock, so that the countdown thread never writes in the middle
 * of a redraw. The editor releases that lock while it waits for a key.
 */
final class AnswerReader extends LineReaderImpl {
    AnswerReader(Terminal terminal) throws IOException {
        super(terminal, "gru-drill");
        // Answers are prose: '!' and '\' are text, not history expansion or escapes.
        setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        unsetOpt(LineReader.Option.AUTO_FRESH_LINE);
    }

    void locked(Runnable output) {
        lock.lock();
        try {
            output.run();
        } finally {
            lock.unlock();
        }
    }
}
