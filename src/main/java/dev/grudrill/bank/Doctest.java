package dev.grudrill.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * A command shown in an answer together with its output, so that a check can run it and compare.
 * In the Markdown, a fenced code block holds one or more lines {@code $ gru-drill …}, each followed by
 * the lines it prints (up to the next {@code $ } line or the end of the block). A long command may
 * continue over lines ending in a backslash.
 *
 * @param line         the line of the answer file holding the command
 * @param command      the command as written after {@code $ }, e.g. {@code gru-drill calc params --input 10 --hidden 20}
 * @param expected     the output lines shown under it
 */
public record Doctest(int line, String command, List<String> expected) {
    /** What starts a doctest line. */
    public static final String PROMPT = "$ gru-drill ";

    public Doctest {
        expected = List.copyOf(expected);
    }

    /** The doctests of an answer whose Markdown starts at line {@code firstLine} of its file. */
    public static List<Doctest> in(String markdown, int firstLine) {
        List<Doctest> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        boolean fence = false;
        int commandLine = -1;
        String command = null;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean fenceLine = line.strip().startsWith("```") || line.strip().startsWith("~~~");
            boolean ends = fenceLine && fence || line.startsWith("$ ") && fence;
            if (ends && command != null) {
                out.add(new Doctest(firstLine + commandLine, command, expected));
                command = null;
                expected = new ArrayList<>();
            }
            if (fenceLine) {
                fence = !fence;
            } else if (fence && line.startsWith(PROMPT)) {
                command = line.substring(2).strip();
                commandLine = i;
                // A command may go on over several lines ending in a backslash, as in a shell.
                while (command.endsWith("\\") && i + 1 < lines.length) {
                    command = command.substring(0, command.length() - 1).strip() + " " + lines[++i].strip();
                }
            } else if (fence && command != null) {
                expected.add(line);
            }
        }
        return out;
    }
}
