package dev.grudrill.cli;

import dev.grudrill.term.TerminalSource;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may know about the world it runs in. Tests build their own; {@link #system()}
 * reads the real process environment.
 *
 * @param env             environment variables
 * @param stdoutTerminal  whether standard output is a terminal (colour and tables then apply)
 * @param stdinTerminal   whether standard input is a terminal (interactive screens then apply)
 * @param stdin           standard input, for commands that read answers from it
 * @param clock           the time source
 * @param terminals       opens the terminal for interactive screens
 */
public record Context(Map<String, String> env, boolean stdoutTerminal, boolean stdinTerminal, InputStream stdin,
        Clock clock, TerminalSource terminals) {

    public Context {
        env = Map.copyOf(env);
    }

    /** A context whose interactive screens use the system terminal. */
    public Context(Map<String, String> env, boolean stdoutTerminal, boolean stdinTerminal, InputStream stdin,
            Clock clock) {
        this(env, stdoutTerminal, stdinTerminal, stdin, clock, TerminalSource.system());
    }

    public static Context system() {
        boolean console = System.console() != null;
        return new Context(System.getenv(), console, console, System.in, new SystemClock());
    }

    /** A non-terminal context with the given environment, for tests and scripts. */
    public static Context plain(Map<String, String> env) {
        return new Context(env, false, false, InputStream.nullInputStream(), new SystemClock());
    }

    public String getenv(String name) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
