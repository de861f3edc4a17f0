package dev.grudrill.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A character chart of series against steps 1 … T, with a log10 y axis labelled in whole decades.
 * Each series has a one-letter mark; where marks meet, '*' is drawn. Values of 0 (underflow) are left
 * out. Colour, when on, only tints the marks.
 */
final class LogChart {
    /** One line of the chart: its mark, its ANSI colour and its value at each step (index 0 = step 1). */
    record Series(char mark, String colour, String label, double[] values) {
    }

    static final int MAX_ROWS = 16;
    private static final String LABEL_FORMAT = "%6s ";

    private LogChart() {
    }

    /** The chart lines, at most {@code width} columns wide. */
    static List<String> draw(List<Series> series, int width, boolean colour) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        int steps = series.get(0).values().length;
        for (Series s : series) {
            for (double v : s.values()) {
                if (v > 0) {
                    max = Math.max(max, Math.log10(v));
                    min = Math.min(min, Math.log10(v));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        if (max == Double.NEGATIVE_INFINITY) {
            lines.add("(every value is 0: nothing to draw)");
            return lines;
        }
        int top = (int) Math.ceil(max);
        int bottom = (int) Math.floor(min);
        if (bottom == top) {
            bottom = top - 1;
        }
        int decadesPerRow = (int) Math.ceil((top - bottom) / (double) (MAX_ROWS - 1));
        int rows = (int) Math.ceil((top - bottom) / (double) decadesPerRow) + 1;
        int columns = Math.max(10, Math.min(steps, width - String.format(LABEL_FORMAT, "").length() - 2));
        char[][] grid = new char[rows][columns];
        for (char[] row : grid) {
            java.util.Arrays.fill(row, ' ');
        }
        String[][] tint = new String[rows][columns];
        for (Series s : series) {
            for (int col = 0; col < columns; col++) {
                double v = s.values()[step(col, columns, steps) - 1];
                if (v <= 0) {
                    continue;
                }
                int row = (int) Math.round((top - Math.log10(v)) / decadesPerRow);
                if (row < 0 || row >= rows) {
                    continue;
                }
                grid[row][col] = grid[row][col] == ' ' ? s.mark() : '*';
                tint[row][col] = grid[row][col] == '*' ? null : s.colour();
            }
        }
        for (int row = 0; row < rows; row++) {
            String label = "1e" + (top - row * decadesPerRow);
            StringBuilder line = new StringBuilder(String.format(LABEL_FORMAT, label)).append('┤');
            for (int col = 0; col < columns; col++) {
                char c = grid[row][col];
                line.append(colour && tint[row][col] != null && c != ' ' ? tint[row][col] + c + "\u001b[0m" : c);
            }
            lines.add(line.toString().stripTrailing());
        }
        lines.add(String.format(LABEL_FORMAT, "") + "└" + "─".repeat(columns));
        String first = "T = 1";
        String last = String.valueOf(steps);
        String middle = String.valueOf(step(columns / 2, columns, steps));
        StringBuilder axis = new StringBuilder(" ".repeat(String.format(LABEL_FORMAT, "").length() + 1));
        axis.append(first);
        int middleAt = columns / 2 - middle.length() / 2;
        axis.append(" ".repeat(Math.max(1, middleAt - first.length()))).append(middle);
        int lastAt = columns - last.length();
        axis.append(" ".repeat(Math.max(1, lastAt - middleAt - middle.length()))).append(last);
        lines.add(axis.toString());
        return lines;
    }

    /** The step shown in a column: columns spread evenly over 1 … steps. */
    static int step(int column, int columns, int steps) {
        return columns <= 1 ? 1 : 1 + (int) Math.round((double) column * (steps - 1) / (columns - 1));
    }
}
