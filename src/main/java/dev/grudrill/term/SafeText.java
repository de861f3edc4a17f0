package dev.grudrill.term;

/**
 * Text from a bank or a user must never drive the terminal: control characters (escape sequences,
 * carriage returns, bells, OSC links) are shown as visible escapes such as {@code \u001b}.
 */
public final class SafeText {
    private SafeText() {
    }

    /**
     * Escapes every control character except newline (and tab, which becomes spaces), plus the line and
     * paragraph separators, the bidirectional overrides and isolates, and the byte-order mark.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (Character.isISOControl(c) && c != '\n') || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (c == '\t') {
                    out.append("    ");
                } else if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
