package dev.grudrill.cli;

import java.util.ArrayList;
import java.util.List;

/** A small table printed as aligned text, a Markdown table or CSV. */
final class Table {
    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /** Headers; a header starting with '>' is right-aligned (the '>' is not printed). */
    Table(String... headers) {
        this.headers = new ArrayList<>();
        this.right = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            right[i] = headers[i].startsWith(">");
            this.headers.add(right[i] ? headers[i].substring(1) : headers[i]);
        }
    }

    Table add(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row needs " + headers.size() + " cells, not " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** Columns padded and separated by two spaces, every line indented; the header through {@code header}. */
    List<String> text(String indent, java.util.function.UnaryOperator<String> header) {
        int[] widths = new int[headers.size()];
        for (List<String> row : all()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
            }
        }
        List<String> lines = new ArrayList<>();
        boolean first = true;
        for (List<String> row : all()) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.codePointCount(0, cell.length()));
                line.append(i == 0 ? "" : "  ").append(right[i] ? pad + cell : cell + (i == widths.length - 1 ? "" : pad));
            }
            String text = line.toString().stripTrailing();
            lines.add(first ? header.apply(text) : text);
            first = false;
        }
        return lines;
    }

    List<String> markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("| " + String.join(" | ", headers) + " |");
        StringBuilder rule = new StringBuilder("|");
        for (boolean r : right) {
            rule.append(r ? "---:|" : "---|");
        }
        lines.add(rule.toString());
        for (List<String> row : rows) {
            lines.add("| " + String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()) + " |");
        }
        return lines;
    }

    List<String> csv() {
        List<String> lines = new ArrayList<>();
        for (List<String> row : all()) {
            lines.add(String.join(",", row.stream().map(Table::csvCell).toList()));
        }
        return lines;
    }

    private List<List<String>> all() {
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        return all;
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
