package dev.grudrill.cli;

/** A failure the user can act on: one line on stderr and an exit code from {@link ExitCodes}. */
public class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    public static CliException badData(String message) {
        return new CliException(ExitCodes.BAD_DATA, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
