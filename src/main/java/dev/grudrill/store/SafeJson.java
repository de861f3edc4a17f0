package dev.grudrill.store;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Character escapes for the JSON gru-drill writes. JSON itself escapes only the C0 controls, quote and
 * backslash; a bank or a typed answer can also hold DEL, C1 controls (U+009B is a one-character CSI
 * to many terminals), line and paragraph separators, bidi embeddings, overrides and isolates, and the
 * byte-order mark. Written raw, they act on a terminal that shows the file or the output ({@code cat
 * history.jsonl}, {@code show --format json}). These escapes write them as backslash-u sequences; a
 * JSON reader gets the same strings back.
 */
public final class SafeJson extends CharacterEscapes {
    /** The escapes; use with {@code new JsonFactoryBuilder().characterEscapes(SafeJson.ESCAPES)}. */
    public static final SafeJson ESCAPES = new SafeJson();

    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    private SafeJson() {
        int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
        codes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        ascii = codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
        return hidden(c) ? new SerializedString(String.format("\\u%04X", c)) : null;
    }

    /** Whether {@code c} (above ASCII) is written escaped. */
    static boolean hidden(int c) {
        return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
