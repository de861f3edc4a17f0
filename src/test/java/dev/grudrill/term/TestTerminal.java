package dev.grudrill.term;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A JLine terminal on byte streams: the test types into a pipe and reads what the screen received.
 * Waiting is by polling the output; every test using it carries a JUnit timeout.
 */
public final class TestTerminal implements TerminalSource {
    private final PipedOutputStream keys = new PipedOutputStream();
    private final PipedInputStream in;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final String type;
    private Terminal terminal;
    private int mark;

    public TestTerminal(String type) throws IOException {
        this.in = new PipedInputStream(keys, 1 << 16);
        this.type = type;
    }

    @Override
    public synchronized Terminal open() throws IOException {
        terminal = TerminalBuilder.builder().system(false).streams(in, screen).type(type)
                .encoding(StandardCharsets.UTF_8).size(new Size(80, 24)).build();
        return terminal;
    }

    Terminal terminal() {
        return terminal;
    }

    public void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    public void closeKeyboard() throws IOException {
        keys.close();
    }

    /** Everything written so far, escape sequences included. */
    String raw() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Everything written so far as text, without escape sequences. */
    String text() {
        return plain(raw());
    }

    static String plain(String s) {
        return s.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[78=>]", "");
    }

    /** Waits until text written after the last mark contains {@code expected}; moves the mark past it. */
    public String await(String expected) throws InterruptedException {
        // Generous: a loaded two-core machine can take seconds to schedule the screen thread.
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            if (System.nanoTime() > deadline) {
                String all = text();
                throw new AssertionError("the screen never showed '" + expected + "'; since the last step it showed:\n"
                        + all.substring(Math.min(mark, all.length())));
            }
            String all = text();
            int at = all.indexOf(expected, mark);
            if (at >= 0) {
                String seen = all.substring(mark, at + expected.length());
                mark = at + expected.length();
                return seen;
            }
            Thread.sleep(10);
        }
    }

    /** A clock the test moves by hand. */
    public static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-25T10:00:00Z");

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
