package dev.grudrill.cli;

import dev.grudrill.bank.Answer;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.Doctest;
import dev.grudrill.bank.Problem;
import dev.grudrill.gru.GradientCheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the numbers in answers equal to what the calculators print. Runs, for a written answer, every
 * doctest ({@code $ gru-drill calc …} in a fenced block, followed by its output) and every entry of its
 * {@code calc:} front-matter list, in this process through {@link GruDrill#run} with a plain
 * (non-terminal, colourless) context. Only {@code calc} commands may run, as plain argument lists: no
 * shell, no quotes, and no files, so that an answer's output depends on nothing but the answer. A
 * command whose estimated work is above {@value #MAX_WORK} multiply-adds is refused too, so that a
 * bank from elsewhere cannot keep {@code bank check} busy for hours.
 */
final class Doctests {
    private static final Set<String> FILE_OPTIONS = Set.of("--weights", "--xs", "--h0", "--target");
    private static final Pattern SHELL = Pattern.compile("[\"'`$;|&<>\\\\(){}*?~!#]");
    /** About a second of the calculators' work. */
    static final double MAX_WORK = 2e9;

    private record Result(int code, List<String> out, String err) {
    }

    private Doctests() {
    }

    /** Every problem with the doctests and calc entries of {@code card}; nothing for an answer not written yet. */
    static List<Problem> check(Card card, String display) {
        Answer answer = card.answer();
        List<Problem> problems = new ArrayList<>();
        if (!answer.written()) {
            return problems;
        }
        problems.addAll(checkMarkdown(answer.markdown(), answer.markdownLine(), display));
        for (String entry : answer.calc()) {
            String refused = refusal(entry);
            if (refused != null) {
                problems.add(new Problem(display, 0, "calc entry `" + entry + "` " + refused));
                continue;
            }
            Result result = run(entry);
            if (result.code != ExitCodes.OK) {
                problems.add(new Problem(display, 0, "calc entry `" + entry + "` exited " + result.code + ": "
                        + result.err));
            }
        }
        return problems;
    }

    /** Every problem with the doctests of a Markdown text that starts at line {@code firstLine} of {@code display}. */
    static List<Problem> checkMarkdown(String markdown, int firstLine, String display) {
        List<Problem> problems = new ArrayList<>();
        for (Doctest test : Doctest.in(markdown, firstLine)) {
            String refused = refusal(test.command());
            if (refused != null) {
                problems.add(new Problem(display, test.line(), "doctest `" + test.command() + "` " + refused));
                continue;
            }
            Result result = run(test.command());
            if (result.code != ExitCodes.OK) {
                problems.add(new Problem(display, test.line(), "doctest `" + test.command() + "` exited " + result.code
                        + ": " + result.err));
                continue;
            }
            Problem difference = difference(test, result.out, display);
            if (difference != null) {
                problems.add(difference);
            }
        }
        return problems;
    }

    /** Why a command may not run, or null when it may. */
    static String refusal(String command) {
        List<String> words = words(command);
        if (words.size() < 2 || !words.get(0).equals("gru-drill") || !words.get(1).equals("calc")) {
            return "is not a gru-drill calc command; answers may only run 'gru-drill calc …'";
        }
        if (SHELL.matcher(command).find()) {
            return "must be plain arguments: no quotes or shell syntax";
        }
        for (String word : words) {
            for (String option : FILE_OPTIONS) {
                if (word.equals(option) || word.startsWith(option + "=")) {
                    return "reads a file (" + option + "); answers must be self-contained, use --seed or inline values";
                }
            }
        }
        double work = estimatedWork(words);
        if (work > MAX_WORK) {
            return String.format(Locale.ROOT, "is too large for a doctest (about %.1e multiply-adds; "
                    + "the limit is %.0e)", work, MAX_WORK);
        }
        return null;
    }

    /** Multiply-adds a calculator will do, roughly; sizes left out count at their defaults or more. */
    static double estimatedWork(List<String> words) {
        String calculator = words.size() > 2 ? words.get(2) : "";
        double input = value(words, "--input", 64);
        double hidden = value(words, "--hidden", 64);
        double layers = value(words, "--layers", 1);
        double directions = words.contains("--bidirectional") ? 2 : 1;
        double steps = value(words, "--steps", 100);
        double perStep = directions * 3 * hidden * (input + hidden)
                + (layers - 1) * directions * 3 * hidden * (directions * hidden + hidden);
        return switch (calculator) {
            case "sequence", "gates" -> steps * perStep;
            case "backward" -> 3 * steps * perStep * (1 + (words.contains("--check")
                    ? 4.0 * layers * directions * 4 * GradientCheck.MAX_PER_TENSOR : 0));
            case "gradient-flow" -> value(words, "--max-steps", 64) * hidden * hidden * (hidden + input);
            case "forward" -> perStep;
            default -> 0;
        };
    }

    /** The number after {@code option} (as {@code --x N} or {@code --x=N}); {@code fallback} if absent or not a number. */
    private static double value(List<String> words, String option, double fallback) {
        for (int i = 0; i < words.size(); i++) {
            String text = words.get(i).equals(option) && i + 1 < words.size() ? words.get(i + 1)
                    : words.get(i).startsWith(option + "=") ? words.get(i).substring(option.length() + 1) : null;
            if (text != null) {
                try {
                    return Math.max(1, Double.parseDouble(text));
                } catch (NumberFormatException notANumber) {
                    return fallback;
                }
            }
        }
        return fallback;
    }

    private static Result run(String command) {
        List<String> words = words(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GruDrill.run(Context.plain(Map.of()), new PrintWriter(out), new PrintWriter(err),
                words.subList(1, words.size()).toArray(String[]::new));
        String firstError = err.toString().lines().findFirst().orElse("(no message)");
        return new Result(code, lines(out.toString()), firstError);
    }

    /** The first line where the output differs from what the answer shows, or null. */
    private static Problem difference(Doctest test, List<String> actual, String display) {
        List<String> expected = trimmed(test.expected());
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : null;
            String got = i < actual.size() ? actual.get(i) : null;
            if (want == null || got == null || !want.equals(got)) {
                int line = want == null ? test.line() : test.line() + 1 + i;
                String message = want == null ? "prints more than the answer shows, from: '" + got + "'"
                        : got == null ? "prints less than the answer shows; missing: '" + want + "'"
                        : "expected '" + want + "', got '" + got + "'";
                return new Problem(display, line, "doctest `" + test.command() + "` output differs at line " + (i + 1)
                        + ": " + message);
            }
        }
        return null;
    }

    private static List<String> lines(String text) {
        return trimmed(Arrays.asList(text.split("\n", -1)));
    }

    /** Trailing whitespace of every line and trailing empty lines removed. */
    private static List<String> trimmed(List<String> lines) {
        List<String> out = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static List<String> words(String command) {
        return Arrays.stream(command.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
