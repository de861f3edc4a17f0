package dev.grudrill.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    @Test
    void plainLayout() {
        String md = "## Title\n\nSome *emphasis* and `code`.\n\n- one\n- two\n\n```\nh_t = z ⊙ h\n```\n";
        assertEquals("Title\n─────\n\nSome emphasis and code.\n\n• one\n• two\n\n  h_t = z ⊙ h\n",
                new MarkdownRenderer(80, false).render(md));
    }

    @Test
    void wrapsToTheWidthWithHangingIndentInLists() {
        String md = "- " + "word ".repeat(30);
        String out = new MarkdownRenderer(30, false).render(md);
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 30, line);
        }
        assertTrue(out.split("\n")[1].startsWith("  word"), out);
    }

    @Test
    void codeBlocksAreNeverWrapped() {
        String longLine = "x".repeat(100);
        assertTrue(new MarkdownRenderer(40, false).render("```\n" + longLine + "\n```\n").contains(longLine));
    }

    @Test
    void colourUsesEscapesOnlyWhenAsked() {
        String md = "## Title\n\n**bold**\n";
        assertTrue(new MarkdownRenderer(80, true).render(md).contains("\u001b["));
        assertFalse(new MarkdownRenderer(80, false).render(md).contains("\u001b["));
    }

    @Test
    void tablesLineUp() {
        String md = "| Cell | Params |\n|---|---:|\n| GRU | 1,920 |\n| LSTM | 2,560 |\n";
        assertEquals("Cell  Params\n────────────\nGRU    1,920\nLSTM   2,560\n", new MarkdownRenderer(80, false).render(md));
    }

    @Test
    void controlCharactersFromTheSourceAreEscaped() {
        String out = new MarkdownRenderer(80, true).render("evil \u001b]8;;http://x\u0007link\u001b]8;;\u0007 and \u001b[2J\n");
        assertFalse(out.contains("\u001b]"), out);
        assertFalse(out.contains("\u001b[2J"), out);
        assertTrue(out.contains("\\u001b]8;;http://x\\u0007"), out);
    }
}
