package dev.grudrill.term;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Renders Markdown for a terminal with the CommonMark parser: headings, emphasis, lists, quotes,
 * code blocks and tables, word-wrapped to a width. Without colour the same layout comes out as
 * plain text. Control characters in the source are escaped (see {@link SafeText}).
 */
public final class MarkdownRenderer {
    private static final AttributedStyle HEADING = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle CODE = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    /** Code blocks are indented by this much: little, so that 78-column code still fits 80 columns. */
    static final String CODE_INDENT = "  ";

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final int width;
    private final boolean colour;

    public MarkdownRenderer(int width, boolean colour) {
        this.width = Math.max(20, width);
        this.colour = colour;
    }

    /** The rendered text, lines joined with '\n' and ending with one. */
    public String render(String markdown) {
        List<AttributedString> lines = new ArrayList<>();
        blocks(parser.parse(markdown), "", "", lines);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).length() == 0) {
            lines.remove(lines.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (AttributedString line : lines) {
            out.append(colour ? line.toAnsi() : line.toString()).append('\n');
        }
        return out.toString();
    }

    /** Renders the child blocks of {@code parent}, separated by blank lines. */
    private void blocks(Node parent, String firstIndent, String indent, List<AttributedString> lines) {
        boolean first = true;
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (!first && !(parent instanceof ListItem && isTight(parent))) {
                lines.add(AttributedString.EMPTY);
            }
            block(block, first ? firstIndent : indent, indent, lines);
            first = false;
        }
    }

    private static boolean isTight(Node item) {
        Node list = item.getParent();
        return list instanceof BulletList b ? b.isTight() : list instanceof OrderedList o && o.isTight();
    }

    private void block(Node block, String firstIndent, String indent, List<AttributedString> lines) {
        if (block instanceof Heading h) {
            AttributedString text = styled(inline(h), h.getLevel() <= 2 ? HEADING : AttributedStyle.BOLD);
            lines.addAll(wrap(text, firstIndent, indent));
            if (!colour && h.getLevel() <= 2) {
                lines.add(new AttributedString(indent + "─".repeat(Math.min(width - indent.length(),
                        text.columnLength()))));
            }
        } else if (block instanceof Paragraph p) {
            lines.addAll(wrap(inline(p), firstIndent, indent));
        } else if (block instanceof FencedCodeBlock code) {
            codeLines(code.getLiteral(), firstIndent, indent, lines);
        } else if (block instanceof IndentedCodeBlock code) {
            codeLines(code.getLiteral(), firstIndent, indent, lines);
        } else if (block instanceof BulletList || block instanceof OrderedList) {
            list(block, firstIndent, indent, lines);
        } else if (block instanceof BlockQuote) {
            blocks(block, firstIndent + "│ ", indent + "│ ", lines);
        } else if (block instanceof ThematicBreak) {
            lines.add(new AttributedString(firstIndent + "─".repeat(Math.min(40, width - firstIndent.length()))));
        } else if (block instanceof TableBlock) {
            table(block, firstIndent, indent, lines);
        } else if (block instanceof HtmlBlock html) {
            codeLines(html.getLiteral(), firstIndent, indent, lines);
        } else {
            blocks(block, firstIndent, indent, lines);
        }
    }

    private void codeLines(String literal, String firstIndent, String indent, List<AttributedString> lines) {
        String[] codeLines = SafeText.escape(literal.replaceAll("\n$", "")).split("\n", -1);
        for (int i = 0; i < codeLines.length; i++) {
            String prefix = (i == 0 ? firstIndent : indent) + CODE_INDENT;
            lines.add(new AttributedStringBuilder().append(prefix).style(CODE).append(codeLines[i]).toAttributedString());
        }
    }

    private void list(Node list, String firstIndent, String indent, List<AttributedString> lines) {
        int number = list instanceof OrderedList o ? o.getMarkerStartNumber() : 0;
        boolean first = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!first && !isTight(item)) {
                lines.add(AttributedString.EMPTY);
            }
            String marker = list instanceof OrderedList ? (number++) + ". " : "• ";
            String lead = (first ? firstIndent : indent) + marker;
            blocks(item, lead, indent + " ".repeat(marker.length()), lines);
            first = false;
        }
    }

    private void table(Node table, String firstIndent, String indent, List<AttributedString> lines) {
        List<List<AttributedString>> rows = new ArrayList<>();
        List<Boolean> headerRows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean header = section instanceof org.commonmark.ext.gfm.tables.TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<AttributedString> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        AttributedString text = inline(cell);
                        cells.add(header ? styled(text, AttributedStyle.BOLD) : text);
                    }
                    rows.add(cells);
                    headerRows.add(header);
                }
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        boolean[] right = new boolean[columns];
        Node firstRow = table.getFirstChild() == null ? null : table.getFirstChild().getFirstChild();
        int c = 0;
        for (Node cell = firstRow == null ? null : firstRow.getFirstChild(); cell != null; cell = cell.getNext()) {
            right[c++] = cell instanceof TableCell tc && tc.getAlignment() == TableCell.Alignment.RIGHT;
        }
        for (List<AttributedString> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).columnLength());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            AttributedStringBuilder line = new AttributedStringBuilder().append(r == 0 ? firstIndent : indent);
            for (int i = 0; i < columns; i++) {
                AttributedString cell = i < rows.get(r).size() ? rows.get(r).get(i) : AttributedString.EMPTY;
                String pad = " ".repeat(widths[i] - cell.columnLength());
                line.append(i == 0 ? "" : "  ");
                if (right[i]) {
                    line.append(pad).append(cell);
                } else {
                    line.append(cell).append(i == columns - 1 ? "" : pad);
                }
            }
            lines.add(line.toAttributedString());
            if (headerRows.get(r) && (r + 1 == rows.size() || !headerRows.get(r + 1))) {
                int total = 0;
                for (int w : widths) {
                    total += w;
                }
                lines.add(new AttributedString(indent + "─".repeat(total + 2 * Math.max(0, columns - 1))));
            }
        }
    }

    private AttributedString inline(Node parent) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        inlineInto(parent, sb, AttributedStyle.DEFAULT);
        return sb.toAttributedString();
    }

    private void inlineInto(Node parent, AttributedStringBuilder sb, AttributedStyle style) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text t) {
                sb.style(style).append(SafeText.escape(t.getLiteral()));
            } else if (node instanceof Code code) {
                sb.style(style.foreground(AttributedStyle.YELLOW)).append(SafeText.escape(code.getLiteral()));
            } else if (node instanceof Emphasis) {
                inlineInto(node, sb, style.italic());
            } else if (node instanceof StrongEmphasis) {
                inlineInto(node, sb, style.bold());
            } else if (node instanceof Link link) {
                int before = sb.length();
                inlineInto(node, sb, style.underline());
                String shown = sb.subSequence(before, sb.length()).toString();
                if (!shown.equals(link.getDestination())) {
                    sb.style(DIM).append(" <" + SafeText.escape(link.getDestination()) + ">");
                }
            } else if (node instanceof Image image) {
                sb.style(DIM).append("[image: " + SafeText.escape(image.getDestination()) + "]");
            } else if (node instanceof SoftLineBreak) {
                sb.style(style).append(" ");
            } else if (node instanceof HardLineBreak) {
                sb.style(style).append("\n");
            } else if (node instanceof HtmlInline html) {
                sb.style(style).append(SafeText.escape(html.getLiteral()));
            } else {
                inlineInto(node, sb, style);
            }
        }
        sb.style(AttributedStyle.DEFAULT);
    }

    private static AttributedString styled(AttributedString text, AttributedStyle extra) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        for (int i = 0; i < text.length(); i++) {
            AttributedStyle s = text.styleAt(i);
            sb.style(new AttributedStyle(s.getStyle() | extra.getStyle(), s.getMask() | extra.getMask()))
                    .append(text.charAt(i));
        }
        return sb.toAttributedString();
    }

    /** Greedy word wrap that keeps styles; hard line breaks in the text are kept. */
    private List<AttributedString> wrap(AttributedString text, String firstIndent, String indent) {
        List<AttributedString> out = new ArrayList<>();
        AttributedStringBuilder line = new AttributedStringBuilder().append(firstIndent);
        int column = firstIndent.length();
        int lineStart = column;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                out.add(line.toAttributedString());
                line = new AttributedStringBuilder().append(indent);
                column = lineStart = indent.length();
                i++;
                continue;
            }
            if (ch == ' ') {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end++;
            }
            AttributedString word = text.subSequence(i, end);
            int wordWidth = word.columnLength();
            boolean spaceBefore = i > 0 && text.charAt(i - 1) == ' ' && column > lineStart;
            if (column > lineStart && column + (spaceBefore ? 1 : 0) + wordWidth > width) {
                out.add(line.toAttributedString());
                line = new AttributedStringBuilder().append(indent);
                column = lineStart = indent.length();
                spaceBefore = false;
            }
            if (spaceBefore) {
                line.append(' ');
                column++;
            }
            line.append(word);
            column += wordWidth;
            i = end;
        }
        out.add(line.toAttributedString());
        return out;
    }
}
