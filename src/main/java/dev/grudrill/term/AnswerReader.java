package dev.grudrill.term;

import java.io.IOException;
import org.jline.keymap.KeyMap;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * JLine's line editor (editing keys, history, bracketed paste) with two additions: Ctrl-D submits the
 * whole answer even on a non-empty line ({@link #takeSubmit}), and {@link #locked} runs terminal output
 * under the editor's own lock, so that the countdown thread never writes in the middle of a redraw (the
 * editor releases that lock while it waits for a key).
 */
final class AnswerReader extends LineReaderImpl {
    private static final String SUBMIT = "gru-drill-submit";
    private boolean submit;

    AnswerReader(Terminal terminal) throws IOException {
        super(terminal, "gru-drill");
        // Answers are prose: '!' and '\' are text, not history expansion or escapes.
        setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        unsetOpt(LineReader.Option.AUTO_FRESH_LINE);
        getWidgets().put(SUBMIT, () -> {
            submit = true;
            return acceptLine();
        });
        for (String map : new String[] {LineReader.EMACS, LineReader.VIINS, LineReader.MAIN}) {
            if (getKeyMaps().get(map) != null) {
                getKeyMaps().get(map).bind(new Reference(SUBMIT), KeyMap.ctrl('D'));
            }
        }
    }

    /** Whether the line just read ended with Ctrl-D (submit the answer); clears the flag. */
    boolean takeSubmit() {
        boolean s = submit;
        submit = false;
        return s;
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
