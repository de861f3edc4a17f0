package dev.grudrill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs gru-drill in this process, as a script would (no terminal, no colour), and keeps what it printed. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        return run(Context.plain(Map.of()), args);
    }

    static Cli run(Context context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GruDrill.run(context, new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    List<String> lines() {
        return out.lines().toList();
    }

    /** A user error: one line on stderr, no stack trace, nothing on stdout. */
    boolean oneLineError(int expectedCode) {
        return code == expectedCode && err.lines().count() == 1 && !err.contains("\tat ") && out.isEmpty();
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
