package dev.grudrill.bank;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed's Markdown format: a {@code # Title} line, then for each question a {@code ## Question N}
 * heading, the prompt in bold, an {@code **Answer:**} paragraph ({@value #PLACEHOLDER} while it is not
 * written) and a {@code ---} line.
 */
public final class SeedMarkdown {
    public static final String PLACEHOLDER = "_[To be filled]_";
    static final Duration DEFAULT_TIME = Duration.ofMinutes(3);
    static final int DEFAULT_DIFFICULTY = 2;

    private static final Pattern HEADING = Pattern.compile("## Question (\\d{1,9})\\s*");
    private static final Pattern PROMPT = Pattern.compile("\\*\\*(.+)\\*\\*\\s*");
    private static final Pattern ANSWER = Pattern.compile("\\*\\*Answer:\\*\\*\\s?(.*)");

    /** One question of a seed file; {@code answer} is null when it is not written. */
    public record Entry(int number, String prompt, String answer) {
    }

    /** A parsed seed file. */
    public record Seed(String title, List<Entry> entries) {
    }

    private SeedMarkdown() {
    }

    /** Reads and parses a seed file (strict UTF-8, at most 1 MB); problems name {@code display}. */
    public static Seed read(java.nio.file.Path file, String display, List<Problem> problems) {
        return BankFiles.readText(file, display, problems).map(text -> parse(text, display, problems))
                .orElse(new Seed(null, List.of()));
    }

    /** Parses a seed file; problems name {@code display} and the line. */
    public static Seed parse(String text, String display, List<Problem> problems) {
        String[] lines = text.split("\n", -1);
        String title = null;
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i < lines.length && lines[i].startsWith("# ")) {
            title = lines[i].substring(2).strip();
            i++;
        }
        while (i < lines.length) {
            if (lines[i].isBlank() || lines[i].strip().equals("---")) {
                i++;
                continue;
            }
            Matcher heading = HEADING.matcher(lines[i]);
            if (!heading.matches()) {
                problems.add(new Problem(display, i + 1, "expected '## Question N', found '" + abbreviate(lines[i]) + "'"));
                return new Seed(title, entries);
            }
            int headingLine = i + 1;
            int number = Integer.parseInt(heading.group(1));
            if (number < 1) {
                problems.add(new Problem(display, headingLine, "question numbers start at 1, not " + number));
            }
            i = skipBlank(lines, i + 1);
            Matcher prompt = i < lines.length ? PROMPT.matcher(lines[i]) : null;
            if (prompt == null || !prompt.matches() || lines[i].startsWith("**Answer:**")) {
                problems.add(new Problem(display, Math.min(i + 1, lines.length), "question " + number
                        + ": expected the prompt in bold (**...**)"));
                return new Seed(title, entries);
            }
            String promptText = prompt.group(1).strip();
            if (promptText.isEmpty()) {
                problems.add(new Problem(display, i + 1, "question " + number + ": the prompt is empty"));
            }
            i = skipBlank(lines, i + 1);
            Matcher answer = i < lines.length ? ANSWER.matcher(lines[i]) : null;
            if (answer == null || !answer.matches()) {
                problems.add(new Problem(display, Math.min(i + 1, lines.length), "question " + number
                        + ": expected a line starting with **Answer:**"));
                return new Seed(title, entries);
            }
            StringBuilder body = new StringBuilder(answer.group(1));
            int answerLine = i + 1;
            i++;
            while (i < lines.length && !lines[i].strip().equals("---") && !HEADING.matcher(lines[i]).matches()) {
                body.append('\n').append(lines[i]);
                i++;
            }
            String answerText = body.toString().strip();
            boolean placeholder = answerText.isEmpty() || answerText.equals(PLACEHOLDER)
                    || answerText.equals("[To be filled]");
            if (!placeholder) {
                checkSections(body.toString(), answerLine, number, display, problems);
            }
            if (entries.stream().anyMatch(e -> e.number() == number)) {
                problems.add(new Problem(display, headingLine, "question " + number + " appears twice"));
            }
            entries.add(new Entry(number, promptText, placeholder ? null : answerText));
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(display, 0, "no '## Question N' sections found"));
        }
        return new Seed(title, entries);
    }

    /**
     * Writes a deck in the seed's format, answers filled in where they are written. Control characters
     * other than newline and tab, line separators and bidi controls (which a bank may hold, and which
     * would act on a terminal showing the export) are written as visible backslash-u escapes.
     */
    public static String write(Deck deck, Bank bank) {
        return inert(document(deck, bank));
    }

    private static String inert(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean active = c != '\n' && c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'));
            out.append(active ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static String document(Deck deck, Bank bank) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(deck.title()).append("\n\n");
        for (int k = 0; k < deck.questions().size(); k++) {
            Question q = deck.questions().get(k);
            Answer a = bank.find(q.id()).map(Card::answer).orElse(Answer.notWritten(q.id()));
            out.append("## Question ").append(q.number()).append("\n\n");
            out.append("**").append(q.prompt()).append("**\n\n");
            if (a.written()) {
                out.append("**Answer:**\n\n").append(a.shortAnswer()).append("\n\n");
                if (a.details() != null) {
                    out.append(a.details()).append("\n\n");
                }
            } else {
                out.append("**Answer:** ").append(PLACEHOLDER).append("\n\n");
            }
            out.append("---\n");
            if (k + 1 < deck.questions().size()) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * An imported answer becomes {@code ## Short answer} followed by its text, so the text may hold one
     * {@code ## Details} heading with text on both sides and no other level-2 heading outside code
     * blocks: the rules of an answer file, checked here so that an import never writes a bank that
     * does not load.
     */
    private static void checkSections(String answer, int firstLine, int number, String display,
            List<Problem> problems) {
        String[] lines = answer.split("\n", -1);
        boolean inFence = false;
        int details = -1;
        boolean textBefore = false;
        boolean textAfter = false;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence && line.startsWith("## ")) {
                if (details < 0 && line.strip().equals(AnswerFile.DETAILS_HEADING)) {
                    details = k;
                    continue;
                }
                problems.add(new Problem(display, firstLine + k, "question " + number + ": the answer has the heading '"
                        + abbreviate(line) + "'; an answer may only have '" + AnswerFile.DETAILS_HEADING
                        + "' (once) at that level: use '###' for the others"));
                return;
            }
            if (!line.isBlank()) {
                if (details < 0) {
                    textBefore = true;
                } else {
                    textAfter = true;
                }
            }
        }
        if (details >= 0 && !textBefore) {
            problems.add(new Problem(display, firstLine + details, "question " + number
                    + ": the answer has no text before '" + AnswerFile.DETAILS_HEADING + "'"));
        } else if (details >= 0 && !textAfter) {
            problems.add(new Problem(display, firstLine + details, "question " + number
                    + ": the answer has nothing after '" + AnswerFile.DETAILS_HEADING + "'"));
        }
    }

    private static int skipBlank(String[] lines, int i) {
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
