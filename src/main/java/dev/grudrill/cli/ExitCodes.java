package dev.grudrill.cli;

/** The exit codes of every command, listed in --help and in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int NOT_FOUND = 1;
    public static final int USAGE = 2;
    public static final int BAD_DATA = 3;
    public static final int INTERNAL = 4;

    /** For picocli's exitCodeList: "code:description". */

    private ExitCodes() {
    }
}
