package dev.grudrill.bank;

/**
 * Something wrong in a bank file, reported as one line: {@code file:line: message}.
 *
 * @param file a display name of the file, relative to the bank folder
 * @param line 1-based line, or 0 when the parser does not know it
 */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
