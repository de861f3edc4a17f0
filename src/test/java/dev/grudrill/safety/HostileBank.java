package dev.grudrill.safety;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import dev.grudrill.cli.Context;
import dev.grudrill.cli.GruDrill;

/**
 * A bank from a stranger: every text field of the deck and of the answers carries terminal escape
 * sequences (clear screen, window title, OSC 8 hyperlink, cursor moves), BEL, CR, backspace, DEL, a C1
 * CSI, a line separator and a bidi override. In YAML they are written as escapes ({@code \e}, {@code
 * \x9B}); in the Markdown bodies as the raw characters.
 */
public final class HostileBank {
    /** Every trick at once. */
    public static final String TRICKS = "\u001b[2J\u001b[H\u001b]0;pwned\u0007\u001b]8;;http://evil.example/\u0007click"
            + "\u001b]8;;\u0007\u001b[5A\u001b[31m\u0007\r\b\u007f\u009b2J\u2028\u202eRTL";
    /** The same in a YAML double-quoted scalar. */
    static final String YAML_TRICKS = "\\e[2J\\e[H\\e]0;pwned\\a\\e]8;;http://evil.example/\\aclick\\e]8;;\\a\\e[5A"
            + "\\e[31m\\a\\r\\b\\x7F\\x9B2J\\L\\u202ERTL";

    private HostileBank() {
    }

    /** Writes the bank to {@code dir}: deck "evil" with two questions, both answered. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("questions"));
        Files.createDirectories(dir.resolve("answers"));
        Files.writeString(dir.resolve("questions/evil.yaml"), """
                schemaVersion: 1
                deck: evil
                title: "Evil deck TRICKS"
                questions:
                  - id: evil-01
                    number: 1
                    prompt: "What does the reset gate do? TRICKS"
                    topics: [gates]
                    difficulty: 1
                    time: 2m
                  - id: evil-02
                    number: 2
                    prompt: "Why the update gate? TRICKS"
                    topics: [gates]
                    difficulty: 2
                    time: 2m
                """.replace("TRICKS", YAML_TRICKS), StandardCharsets.UTF_8);
        for (String id : new String[] {"evil-01", "evil-02"}) {
            Files.writeString(dir.resolve("answers/" + id + ".md"), """
                    ---
                    id: ID
                    keyPoints:
                      - point: "The reset gate scales the previous state. TRICKS"
                        terms: ["reset gate", "TRICKS"]
                      - point: "The update gate mixes old and new. TRICKS"
                        terms: ["update gate"]
                    misconceptions:
                      - claim: "It has an output gate. TRICKS"
                        terms: ["output gate"]
                        correction: "It has two gates. TRICKS"
                    followUps:
                      - "And the LSTM? TRICKS"
                    references:
                      - "Cho et al. 2014 TRICKS"
                    calc:
                      - "gru-drill calc params --input 2 --hidden 3"
                    ---
                    ## Short answer

                    The reset gate RAW decides how much of the previous state the candidate sees.

                    ## Details

                    More RAW here, with `code RAW` and a [link RAW](http://evil.example/ "RAW").

                    ```
                    code block RAW
                    ```
                    """.replace("ID", id).replace("TRICKS", YAML_TRICKS).replace("RAW", TRICKS),
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** What a run printed. */
    record Run(int code, String out, String err) {
        String printed() {
            return out + err;
        }
    }

    static Run run(String... args) {
        return run(Context.plain(Map.of()), args);
    }

    static Run withInput(String stdin, String... args) {
        return run(new Context(Map.of(), false, false, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Clock.systemUTC()), args);
    }

    static Run run(Context context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GruDrill.run(context, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The first character that would act on a terminal, as U+XXXX at its offset, or null when there is none. */
    static String firstActive(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\n') || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                int from = Math.max(0, i - 30);
                return String.format("U+%04X at %d after \"%s\"", (int) c, i, text.substring(from, i)
                        .replaceAll("\\p{Cntrl}", "?"));
            }
        }
        return null;
    }
}
