package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.bank.Doctest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's examples are real output: every {@code $ gru-drill …} line in a fenced block runs
 * in-process and must print (stdout, then stderr) exactly the lines shown under it. Examples piped into
 * other programs are skipped, and so are interactive commands, whose screens the README shows without
 * a {@code $} prompt.
 */
class ReadmeTest {
    @Test
    void everyExampleInTheReadmePrintsWhatItShows() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<Doctest> examples = Doctest.in(readme, 1).stream().filter(d -> !d.command().contains(" | ")).toList();
        assertTrue(examples.size() >= 15, "the README shows its commands with their output");
        List<String> differences = new ArrayList<>();
        for (Doctest example : examples) {
            List<String> args = words(example.command());
            CliRun run = CliRun.run(args.subList(1, args.size()).toArray(String[]::new));
            List<String> actual = trimmed((run.out() + run.err()).split("\n", -1));
            List<String> expected = trimmed(example.expected().toArray(String[]::new));
            if (!expected.equals(actual)) {
                differences.add("README.md:" + example.line() + ": `" + example.command() + "` prints:\n"
                        + String.join("\n", actual));
            }
        }
        assertEquals(List.of(), differences);
    }

    /** Splits a command line on spaces, keeping "double-quoted" words together. */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static List<String> trimmed(String[] lines) {
        List<String> out = new ArrayList<>(List.of(lines).stream().map(String::stripTrailing).toList());
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
