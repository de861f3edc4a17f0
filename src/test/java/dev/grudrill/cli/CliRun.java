package dev.grudrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** Runs gru-drill in-process with captured writers, as a script would see it (no terminal). */
public record CliRun(int code, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    public static CliRun run(Map<String, String> env, String... args) {
        return run(Context.plain(env), args);
    }

    public static CliRun withInput(String stdin, String... args) {
        return run(new Context(Map.of(), false, false,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Clock.systemDefaultZone()), args);
    }

    public static CliRun run(Context context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GruDrill.run(context, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON: " + out, e);
        }
    }

    /** stderr has exactly one non-empty line. */
    public boolean oneErrorLine() {
        return err.strip().lines().count() == 1;
    }
}
