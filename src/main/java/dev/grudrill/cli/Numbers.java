package dev.grudrill.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading number lists from options and printing numbers for people. */
final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    /** A comma-separated list of decimal numbers, e.g. {@code 0.5,-1,2e-3}; anything else is a usage error. */
    static double[] parseList(String option, String text) {
        String[] parts = text.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!DECIMAL.matcher(part).matches()) {
                throw CliException.usage(option + ": '" + part + "' is not a decimal number (value " + (i + 1)
                        + " of " + parts.length + ")");
            }
            out[i] = Double.parseDouble(part);
            if (!Double.isFinite(out[i])) {
                throw CliException.usage(option + ": '" + part + "' is too large for a double");
            }
        }
        return out;
    }

    /** Ten decimals, as the text output prints every computed value. */
    static String fixed(double v) {
        return decimals(v, 10);
    }

    /**
     * {@code v} rounded half up to {@code places} decimals, as {@code %.Nf} prints it but without a
     * Formatter, whose locale data costs a lookup command a tenth of its start-up.
     */
    static String decimals(double v, int places) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return java.math.BigDecimal.valueOf(v).setScale(places, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Three significant digits in scientific notation: 1.23e-05. */
    static String scientific(double v) {
        return String.format(Locale.ROOT, "%.3e", v);
    }

    /**
     * {@code label} then the vector in brackets, wrapped so that no line is wider than {@code width};
     * continuation lines are indented under the first value.
     */
    static List<String> vector(String label, double[] values, int width) {
        List<String> lines = new ArrayList<>();
        String indent = " ".repeat(label.length() + 1);
        StringBuilder line = new StringBuilder(label).append('[');
        for (int i = 0; i < values.length; i++) {
            String item = fixed(values[i]) + (i == values.length - 1 ? "]" : ",");
            if (line.length() + 1 + item.length() > width && line.length() > indent.length()) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            } else if (i > 0) {
                line.append(' ');
            }
            line.append(item);
        }
        lines.add(line.toString());
        return lines;
    }
}
