package dev.grudrill.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a valid bank, deck or seed file into a hostile one: byte flips, truncation, control characters,
 * invalid UTF-8, huge lines, deep nesting, YAML anchors and aliases (billion laughs), duplicate keys,
 * unknown fields, wrong types, and line-level edits. Deterministic for a given {@link SplittableRandom}.
 * Each call returns the bytes and a short name of what was done, for the report of a failing case.
 */
public final class Mutator {
    /** Mutated bytes and what was done to them. */
    public record Mutant(byte[] bytes, String what) {
    }

    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE, (byte) 0xFF}};
    private static final String[] CONTROLS = {"\0", "\t", "\r", "\u0007", "\b", "\u001b[2J", "\u001b]0;x\u0007",
        "\u001b]8;;http://x/\u0007", "\u000b", "\f", "\u007f", "\u0085", "\u009b", "\u2028", "\u202e", "\uFEFF",
        "\r\n", "\n", "\t\t"};
    private static final String[] WRONG_VALUES = {"[1, 2]", "{a: b}", "{}", "[]", "12", "-1", "0", "1.5", "true",
        "null", "~", "\"\"", "99999999999999999999999", "-99999999999", ".nan", ".inf", "0x1F", "1e400", "!!binary aGk=",
        "!!java.lang.Object {}", "&x 1", "*x", "|\n  multi\n  line", ">-\n  folded", "'unclosed", "\"unclosed",
        "[unclosed", "{unclosed", "\"\\u001b[2J\"", "\"\\e]0;title\\a\"", "- item", ": colon", "? complex",
        "@reserved", "`backtick", "%directive", "\"" + "9".repeat(2000) + "\""};
    private static final String[] UNKNOWN_FIELDS = {"extra: 1", "Id: x", "schemaversion: 1", "questions2: []",
        "__proto__: {}", "<<: {a: 1}", "id:", "key points: []", "\"id\": \"x\""};

    private final SplittableRandom random;

    public Mutator(SplittableRandom random) {
        this.random = random;
    }

    /** One to three stacked mutations of {@code original}; {@code json} picks JSON-shaped structure edits. */
    public Mutant mutate(byte[] original, boolean json) {
        byte[] bytes = original;
        List<String> done = new ArrayList<>();
        int count = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(1, 3));
        for (int i = 0; i < count; i++) {
            Mutant m = once(bytes, json);
            bytes = m.bytes();
            done.add(m.what());
        }
        return new Mutant(bytes, String.join(" + ", done));
    }

    private Mutant once(byte[] b, boolean json) {
        int kind = random.nextInt(20);
        return switch (kind) {
            case 0, 1 -> flipBytes(b);
            case 2 -> truncate(b);
            case 3, 4 -> insertText(b, pick(CONTROLS), "control character");
            case 5 -> insertBytes(b, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
            case 6 -> hugeLine(b);
            case 7 -> new Mutant(nest(b, json), "deep nesting");
            case 8 -> new Mutant(aliases(b), "anchors and aliases");
            case 9, 10 -> duplicateLine(b);
            case 11 -> insertLine(b, pick(UNKNOWN_FIELDS), "unknown field");
            case 12, 13 -> wrongType(b);
            case 14 -> deleteLine(b);
            case 15 -> swapLines(b);
            case 16 -> reindent(b);
            case 17 -> insertText(b, "\t", "tab indentation at a line start");
            case 18 -> insertText(b, pick(new String[] {"---\n", "...\n", "```\n", "## Details\n", "## Question 7\n",
                "**Answer:** x\n", "# Title\n", "## Short answer\n", "\n---\n", "Not written yet.\n"}), "structure line");
            default -> new Mutant(randomBytes(), "random bytes");
        };
    }

    private Mutant flipBytes(byte[] b) {
        if (b.length == 0) {
            return new Mutant(b, "flip (empty)");
        }
        byte[] out = b.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return new Mutant(out, flips + " bit flips");
    }

    private Mutant truncate(byte[] b) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        return new Mutant(Arrays.copyOf(b, at), "truncated at " + at);
    }

    private Mutant insertText(byte[] b, String text, String what) {
        return insert(b, text.getBytes(StandardCharsets.UTF_8), what + " " + escape(text));
    }

    private Mutant insertBytes(byte[] b, byte[] bytes) {
        return insert(b, bytes, "invalid UTF-8 " + hex(bytes));
    }

    /** Inserts at a random position, half of the time at the start of a line. */
    private Mutant insert(byte[] b, byte[] what, String name) {
        int at = random.nextBoolean() ? lineStart(b) : (b.length == 0 ? 0 : random.nextInt(b.length + 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, at);
        out.writeBytes(what);
        out.write(b, at, b.length - at);
        return new Mutant(out.toByteArray(), name + " at " + at);
    }

    private Mutant hugeLine(byte[] b) {
        // Mostly under the 1 MB limit; now and then just over it.
        int size = random.nextInt(50) == 0 ? (1 << 20) + 1 : 1 + random.nextInt(random.nextBoolean() ? 2_000 : 100_000);
        byte[] line = new byte[size];
        Arrays.fill(line, (byte) (random.nextBoolean() ? 'x' : ' '));
        return insert(b, line, "huge line of " + size + " bytes");
    }

    private byte[] nest(byte[] b, boolean json) {
        int depth = random.nextBoolean() ? 60 + random.nextInt(200) : 1000 + random.nextInt(20_000);
        String nested;
        if (json || random.nextBoolean()) {
            nested = "[".repeat(depth) + "]".repeat(depth);
        } else {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < Math.min(depth, 1200); i++) {
                s.append(" ".repeat(i)).append("a:\n");
            }
            nested = "\n" + s;
        }
        return replaceValue(b, nested, json);
    }

    /**
     * The billion-laughs document (ten levels of nine aliases each, 9^10 strings if expanded) at the top of
     * the file or of its front matter, and the last level aliased from a field; or an anchor on one
     * field's value aliased from another's.
     */
    private byte[] aliases(byte[] b) {
        StringBuilder levels = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            levels.append('l').append(i).append(": &l").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                levels.append(k == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            levels.append("]\n");
        }
        String text = new String(b, StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
            String aliased = text.replaceFirst("(?m)^( *+(?:- *+)?(?:prompt|topics|terms|title|point):).*$", "$1 *l9");
            return (aliased.startsWith("---\n") ? "---\n" + levels + aliased.substring(4) : levels + aliased)
                    .getBytes(StandardCharsets.UTF_8);
        }
        return text.replaceFirst("(?m)^( *+(?:- *+)?(?:topics|terms):)", "$1 &t")
                .replaceFirst("(?m)^( *+(?:- *+)?(?:topics|terms):)(?! &t).*$", "$1 *t")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Mutant duplicateLine(byte[] b) {
        List<String> lines = lines(b);
        if (lines.isEmpty()) {
            return new Mutant(b, "duplicate line (empty)");
        }
        int i = random.nextInt(lines.size());
        lines.add(i, lines.get(i));
        return new Mutant(join(lines), "duplicate line " + (i + 1));
    }

    private Mutant insertLine(byte[] b, String line, String what) {
        List<String> lines = lines(b);
        int i = lines.isEmpty() ? 0 : random.nextInt(lines.size() + 1);
        String indent = i < lines.size() ? lines.get(i).replaceAll("^( *+(?:- )?).*$", "$1") : "";
        lines.add(i, indent.replace("-", " ") + line);
        return new Mutant(join(lines), what + " '" + line + "' at line " + (i + 1));
    }

    private Mutant wrongType(byte[] b) {
        String value = pick(WRONG_VALUES);
        return new Mutant(replaceValue(b, value, false), "value replaced by " + escape(value.length() > 30
                ? value.substring(0, 30) + "…" : value));
    }

    /** Replaces the value of a random "key: value" (or "key": value) line. */
    private byte[] replaceValue(byte[] b, String value, boolean json) {
        List<String> lines = lines(b);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(" *+(- )?\"?[A-Za-z]+\"? *:.*")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return (new String(b, StandardCharsets.UTF_8) + value).getBytes(StandardCharsets.UTF_8);
        }
        int i = candidates.get(random.nextInt(candidates.size()));
        String line = lines.get(i);
        int colon = line.indexOf(':');
        String rest = line.substring(colon + 1);
        String suffix = json && rest.strip().endsWith(",") ? "," : "";
        lines.set(i, line.substring(0, colon + 1) + " " + value + suffix);
        return join(lines);
    }

    private Mutant deleteLine(byte[] b) {
        List<String> lines = lines(b);
        if (lines.isEmpty()) {
            return new Mutant(b, "delete line (empty)");
        }
        int i = random.nextInt(lines.size());
        lines.remove(i);
        return new Mutant(join(lines), "deleted line " + (i + 1));
    }

    private Mutant swapLines(byte[] b) {
        List<String> lines = lines(b);
        if (lines.size() < 2) {
            return new Mutant(b, "swap (too short)");
        }
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
        return new Mutant(join(lines), "swapped lines " + (i + 1) + " and " + (j + 1));
    }

    private Mutant reindent(byte[] b) {
        List<String> lines = lines(b);
        if (lines.isEmpty()) {
            return new Mutant(b, "reindent (empty)");
        }
        int i = random.nextInt(lines.size());
        int spaces = random.nextInt(9);
        lines.set(i, " ".repeat(spaces) + lines.get(i).stripLeading());
        return new Mutant(join(lines), "line " + (i + 1) + " indented by " + spaces);
    }

    private byte[] randomBytes() {
        byte[] out = new byte[random.nextInt(2000)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        return out;
    }

    private int lineStart(byte[] b) {
        if (b.length == 0) {
            return 0;
        }
        int at = random.nextInt(b.length);
        while (at > 0 && b[at - 1] != '\n') {
            at--;
        }
        return at;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static List<String> lines(byte[] b) {
        return new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    /** Lines are split and joined as ISO-8859-1 so that invalid UTF-8 bytes survive untouched. */
    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return out.toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte x : bytes) {
            out.append(String.format("%02X", x & 0xFF));
        }
        return out.toString();
    }
}
