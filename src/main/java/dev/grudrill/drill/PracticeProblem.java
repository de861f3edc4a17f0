package dev.grudrill.drill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generated practice problem: what is asked, the exact answer, and the worked solution.
 *
 * <p>Checking ({@link #check}): a count must be the exact integer ({@code 1920}, {@code 1,920} and
 * {@code 1 920} all read as 1920); a shape must have exactly the right dimensions ({@code (384, 128)},
 * {@code 384x128}, {@code [384, 128]}); a vector must have the right number of values, each within
 * 0.0005 of the exact value (answers are asked to 3 decimals, with a decimal point).
 *
 * @param kind      which kind of problem
 * @param statement the problem, one line per entry
 * @param question  the line that asks, e.g. "What is r?"
 * @param type      how the answer is written and checked
 * @param integers  the exact count (one value) or shape; empty for a vector
 * @param decimals  the exact vector; empty for a count or shape
 * @param solution  the worked solution, one line per entry
 */
public record PracticeProblem(PracticeKind kind, List<String> statement, String question, AnswerType type,
        long[] integers, double[] decimals, List<String> solution) {

    /** Half a unit in the third decimal: the tolerance of a vector component. */
    public static final double TOLERANCE = 0.0005;
    private static final Pattern INTEGER = Pattern.compile("\\d+");

    /** How an answer is written. */
    public enum AnswerType {
        COUNT("a whole number, e.g. 1920 or 1,920"),
        SHAPE("a shape, e.g. (384, 128)"),
        VECTOR("values to 3 decimals, e.g. 0.512, -0.118");

        private final String hint;

        AnswerType(String hint) {
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /** The verdict on an answer: correct or not, and a line saying why. */
    public record Check(boolean correct, String message) {
    }

    public PracticeProblem {
        statement = List.copyOf(statement);
        solution = List.copyOf(solution);
        integers = integers.clone();
        decimals = decimals.clone();
    }

    /** The exact answer as written in the solution: 1,920 · (384, 128) · [0.731, 0.321]. */
    public String answer() {
        return switch (type) {
            case COUNT -> String.format(Locale.ROOT, "%,d", integers[0]);
            case SHAPE -> shape(integers);
            case VECTOR -> vector(decimals, 3);
        };
    }

    public Check check(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Check(false, "no answer; the answer is " + answer());
        }
        return switch (type) {
            case COUNT -> checkCount(text);
            case SHAPE -> checkShape(text);
            case VECTOR -> checkVector(text);
        };
    }

    private Check checkCount(String text) {
        String digits = text.replaceAll("[,_\\s\\u00a0\\u202f']", "");
        if (!digits.matches("\\d{1,18}")) {
            return new Check(false, "'" + text + "' is not a whole number; the answer is " + answer());
        }
        long value = Long.parseLong(digits);
        return value == integers[0] ? new Check(true, "correct: " + answer())
                : new Check(false, String.format(Locale.ROOT, "%,d is wrong; the answer is %s", value, answer()));
    }

    private Check checkShape(String text) {
        if (!text.matches("[\\d\\s,x×*()\\[\\]]+")) {
            return new Check(false, "'" + text + "' is not a shape; the answer is " + answer());
        }
        List<Long> dims = new ArrayList<>();
        Matcher m = INTEGER.matcher(text);
        while (m.find()) {
            if (m.group().length() > 12) {
                return new Check(false, "'" + text + "' is not a shape; the answer is " + answer());
            }
            dims.add(Long.parseLong(m.group()));
        }
        long[] given = dims.stream().mapToLong(Long::longValue).toArray();
        return Arrays.equals(given, integers) ? new Check(true, "correct: " + answer())
                : new Check(false, shape(given) + " is wrong; the answer is " + answer());
    }

    private Check checkVector(String text) {
        String[] parts = text.replaceAll("[\\[\\]()]", " ").replace('−', '-').strip().split("[,;\\s]+");
        if (parts.length != decimals.length) {
            return new Check(false, "expected " + decimals.length + " values, not " + parts.length + "; the answer is "
                    + answer());
        }
        double[] given = new double[parts.length];
        List<String> off = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            try {
                given[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                return new Check(false, "'" + parts[i] + "' is not a number; the answer is " + answer());
            }
            if (!(Math.abs(given[i] - decimals[i]) <= TOLERANCE + 1e-12)) {
                off.add("value " + (i + 1) + " (" + parts[i] + ")");
            }
        }
        return off.isEmpty() ? new Check(true, "correct: " + answer())
                : new Check(false, String.join(" and ", off) + (off.size() == 1 ? " is" : " are")
                        + " off by more than 0.0005; the answer is " + answer());
    }

    static String shape(long[] dims) {
        return "(" + String.join(", ", Arrays.stream(dims).mapToObj(String::valueOf).toList()) + ")";
    }

    /** [0.731, 0.321], each value rounded to {@code places} decimals. */
    static String vector(double[] values, int places) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            String s = String.format(Locale.ROOT, "%." + places + "f", v);
            parts.add(s.equals("-0." + "0".repeat(places)) ? s.substring(1) : s);
        }
        return "[" + String.join(", ", parts) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PracticeProblem p && kind == p.kind && statement.equals(p.statement)
                && question.equals(p.question) && type == p.type && Arrays.equals(integers, p.integers)
                && Arrays.equals(decimals, p.decimals) && solution.equals(p.solution);
    }

    @Override
    public int hashCode() {
        return statement.hashCode() * 31 + Arrays.hashCode(integers) + Arrays.hashCode(decimals);
    }

    @Override
    public long[] integers() {
        return integers.clone();
    }

    @Override
    public double[] decimals() {
        return decimals.clone();
    }
}
