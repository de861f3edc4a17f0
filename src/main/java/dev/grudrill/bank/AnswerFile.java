package dev.grudrill.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses one answer file: YAML front matter between {@code ---} lines, then a Markdown body with
 * a {@code ## Short answer} section and, usually, a {@code ## Details} section. A file whose body is the
 * single line {@value #NOT_WRITTEN} (and whose front matter holds only the id) is an answer not
 * written yet.
 */
final class AnswerFile {
    static final String NOT_WRITTEN = "Not written yet.";
    static final String SHORT_HEADING = "## Short answer";
    static final String DETAILS_HEADING = "## Details";

    /** The front matter as written in the file; lists may be missing (null). */
    record FrontMatter(String id, List<KeyPointEntry> keyPoints, List<MisconceptionEntry> misconceptions,
            List<String> followUps, List<String> references, List<String> calc) {
    }

    record KeyPointEntry(String point, List<String> terms) {
    }

    record MisconceptionEntry(String claim, List<String> terms, String correction) {
    }

    private final ObjectMapper yaml;

    AnswerFile(ObjectMapper yaml) {
        this.yaml = yaml;
    }

    Optional<Answer> parse(String text, String display, List<Problem> problems) {
        if (!text.startsWith("---\n")) {
            problems.add(new Problem(display, 1, "must start with a '---' line opening the YAML front matter"));
            return Optional.empty();
        }
        int close = text.indexOf("\n---\n", 3);
        if (close < 0 && text.endsWith("\n---")) {
            close = text.length() - 4;
        }
        if (close < 0) {
            problems.add(new Problem(display, 1, "front matter is not closed by a '---' line"));
            return Optional.empty();
        }
        String yamlText = text.substring(4, close + 1);
        int bodyLine = (int) yamlText.chars().filter(c -> c == '\n').count() + 3;
        String body = close + 5 <= text.length() ? text.substring(close + 5) : "";
        FrontMatter front;
        try {
            front = yamlText.isBlank() ? null : yaml.readValue(yamlText, FrontMatter.class);
        } catch (JsonProcessingException e) {
            int line = JacksonErrors.line(e, yamlText);
            problems.add(new Problem(display, line > 0 ? line + 1 : 0, JacksonErrors.describe(e)));
            return Optional.empty();
        }
        if (front == null || front.id() == null) {
            problems.add(new Problem(display, 2, "missing required field 'id' in the front matter"));
            return Optional.empty();
        }
        int before = problems.size();
        List<KeyPoint> keyPoints = keyPoints(front, display, problems);
        List<Misconception> misconceptions = misconceptions(front, display, problems);
        List<String> followUps = texts(front.followUps(), "followUps", display, problems);
        List<String> references = texts(front.references(), "references", display, problems);
        List<String> calc = texts(front.calc(), "calc", display, problems);

        String trimmedBody = body.strip();
        if (trimmedBody.equals(NOT_WRITTEN)) {
            boolean hasContent = !keyPoints.isEmpty() || !misconceptions.isEmpty() || !followUps.isEmpty()
                    || !references.isEmpty() || !calc.isEmpty();
            if (hasContent) {
                problems.add(new Problem(display, bodyLine,
                        "says '" + NOT_WRITTEN + "' but its front matter has content: write the body or remove it"));
            }
            return problems.size() > before ? Optional.empty() : Optional.of(Answer.notWritten(front.id()));
        }
        Sections sections = sections(body, bodyLine, display, problems);
        if (sections == null || problems.size() > before) {
            return Optional.empty();
        }
        String leading = body.substring(0, body.length() - body.stripLeading().length());
        int markdownLine = bodyLine + (int) leading.chars().filter(c -> c == '\n').count();
        return Optional.of(new Answer(front.id(), true, body.strip() + "\n", sections.shortAnswer, sections.details,
                keyPoints, misconceptions, followUps, references, calc, markdownLine));
    }

    private record Sections(String shortAnswer, String details) {
    }

    /** Splits the body at its level-2 headings, ignoring lines inside fenced code blocks. */
    private static Sections sections(String body, int firstLine, String display, List<Problem> problems) {
        String[] lines = body.split("\n", -1);
        List<Integer> headings = new ArrayList<>();
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence && line.startsWith("## ")) {
                headings.add(i);
            } else if (!inFence && headings.isEmpty() && !line.isBlank()) {
                problems.add(new Problem(display, firstLine + i,
                        "the body must start with '" + SHORT_HEADING + "' (or be '" + NOT_WRITTEN + "')"));
                return null;
            }
        }
        boolean shortFirst = !headings.isEmpty() && lines[headings.get(0)].strip().equals(SHORT_HEADING);
        boolean detailsSecond = headings.size() < 2 || lines[headings.get(1)].strip().equals(DETAILS_HEADING);
        if (!shortFirst || !detailsSecond || headings.size() > 2) {
            int line = firstLine + (headings.size() > 2 ? headings.get(2) : headings.isEmpty() ? 0 : headings.get(0));
            problems.add(new Problem(display, line, "the body must have the sections '" + SHORT_HEADING
                    + "' and then (optionally) '" + DETAILS_HEADING + "', and no other level-2 heading"));
            return null;
        }
        int detailsStart = headings.size() == 2 ? headings.get(1) : lines.length;
        String shortAnswer = join(lines, headings.get(0) + 1, detailsStart);
        String details = detailsStart < lines.length ? join(lines, detailsStart + 1, lines.length) : null;
        if (shortAnswer.isEmpty()) {
            problems.add(new Problem(display, firstLine + headings.get(0), "the short answer is empty"));
        }
        if (details != null && details.isEmpty()) {
            problems.add(new Problem(display, firstLine + detailsStart, "the details section is empty"));
        }
        return new Sections(shortAnswer, details);
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, to)).strip();
    }

    private static List<KeyPoint> keyPoints(FrontMatter front, String display, List<Problem> problems) {
        List<KeyPoint> out = new ArrayList<>();
        List<KeyPointEntry> entries = front.keyPoints() == null ? List.of() : front.keyPoints();
        for (int i = 0; i < entries.size(); i++) {
            KeyPointEntry e = entries.get(i);
            String where = "keyPoints[" + i + "]";
            if (e == null || isBlank(e.point())) {
                problems.add(new Problem(display, 0, where + ": missing required field 'point'"));
            } else if (e.terms() == null || e.terms().isEmpty() || e.terms().stream().anyMatch(AnswerFile::isBlank)) {
                problems.add(new Problem(display, 0, where + ": 'terms' must list at least one non-empty term"));
            } else {
                out.add(new KeyPoint(e.point().strip(), e.terms()));
            }
        }
        return out;
    }

    private static List<Misconception> misconceptions(FrontMatter front, String display, List<Problem> problems) {
        List<Misconception> out = new ArrayList<>();
        List<MisconceptionEntry> entries = front.misconceptions() == null ? List.of() : front.misconceptions();
        for (int i = 0; i < entries.size(); i++) {
            MisconceptionEntry e = entries.get(i);
            String where = "misconceptions[" + i + "]";
            if (e == null || isBlank(e.claim())) {
                problems.add(new Problem(display, 0, where + ": missing required field 'claim'"));
            } else if (e.terms() == null || e.terms().isEmpty() || e.terms().stream().anyMatch(AnswerFile::isBlank)) {
                problems.add(new Problem(display, 0, where + ": 'terms' must list at least one non-empty term"));
            } else if (isBlank(e.correction())) {
                problems.add(new Problem(display, 0, where + ": missing required field 'correction'"));
            } else {
                out.add(new Misconception(e.claim().strip(), e.terms(), e.correction().strip()));
            }
        }
        return out;
    }

    private static List<String> texts(List<String> values, String field, String display, List<Problem> problems) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (isBlank(values.get(i))) {
                problems.add(new Problem(display, 0, field + "[" + i + "] is empty"));
            }
        }
        return values.stream().filter(v -> !isBlank(v)).map(String::strip).toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
