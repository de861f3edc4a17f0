package dev.grudrill.bank;

/**
 * Something wrong in a bank file, reported as one line: {@code file:line: message}.
 *
 * <p>Messages often quote the file ("found '…'", "unknown topic '…'"), and a file name comes from the
 * user or the bank; both may hold line breaks, escape sequences or bidi overrides. They are kept one
 * line and inert: such characters are written as visible escapes (a carriage return as backslash-u000d).
 *
 * @param file a display name of the file, relative to the bank folder
 * @param line 1-based line, or 0 when the parser does not know it
 */
public record Problem(String file, int line, String message) {
    public Problem {
        file = visible(file);
        message = visible(message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    /** Control characters, line and paragraph separators, bidi controls and the BOM as a backslash, u and four hex digits. */
    static String visible(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(hidden ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
