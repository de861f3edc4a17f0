package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every row of the README's "Bad input" table: builds the files the rows name, runs the command as
 * written, and checks its exit code, its one line on stderr, and that no file of a data folder is lost.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BadInputTableTest {
    /** Options whose value is a file or folder the test builds (or expects not to exist) in its own folder. */
    private static final Set<String> PATH_OPTIONS = Set.of("--weights", "--xs", "--h0", "--out", "--bank", "--data-dir",
            "--report");
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\|(.*)\\|\\s*$");
    private static final Pattern ULIMIT = Pattern.compile("^ulimit -f (\\d+); (.*)$");
    private static final Pattern PRINTF = Pattern.compile("^printf '([^']*)' \\| (.*)$");

    record Row(int number, String what, String command, int exit, String message) {
    }

    @TempDir
    static Path dir;

    @BeforeAll
    static void buildTheFilesTheRowsName() throws IOException {
        byte[] history = Files.readAllBytes(Path.of("src/test/resources/history/v1.jsonl"));
        String deck = Files.readString(Path.of("questions/gru.yaml"));

        bank("bank-tab", deck.replaceFirst("\n    prompt: \"Explain the GRU", "\n\tprompt: \"Explain the GRU"));
        bank("bank-dup", deck.replaceFirst("\n    number: 1\n", "\n    number: 1\n    number: 2\n"));
        bank("bank-unknown", deck.replaceFirst("\n    number: 1\n", "\n    number: 1\n    colour: red\n"));
        Path big = bank("bank-big", deck).resolve("answers/gru-01.md");
        byte[] fiftyTwoMegabytes = new byte[52_000_000];
        Arrays.fill(fiftyTwoMegabytes, (byte) 'a');
        Files.write(big, fiftyTwoMegabytes, java.nio.file.StandardOpenOption.APPEND);
        Path escape = bank("bank-escape", deck);
        Files.createDirectories(dir.resolve("outside"));
        Files.move(escape.resolve("questions/gru.yaml"), dir.resolve("outside/gru.yaml"));
        Files.createSymbolicLink(escape.resolve("questions/gru.yaml"), Path.of("../../outside/gru.yaml"));
        Files.createSymbolicLink(dir.resolve("bank-loop"), Path.of("bank-loop"));

        write("weights-inf.json", "{\"weight_ih\": [[1e999],[0],[0]], \"weight_hh\": [[0],[0],[0]], "
                + "\"bias_ih\": [0,0,0], \"bias_hh\": [0,0,0]}");
        write("weights-text.json", "{\"weight_ih\": [[1],[0],[0]], \"weight_hh\": [[0],[\"x\"],[0]], "
                + "\"bias_ih\": [0,0,0], \"bias_hh\": [0,0,0]}");
        write("weights-wrong-shape.json", "{\"weight_ih\": [[1],[0],[0]], \"weight_hh\": [[0,0],[0,0],[0,0]], "
                + "\"bias_ih\": [0,0,0], \"bias_hh\": [0,0,0]}");
        write("weights-no-bias.json", "{\"weight_ih\": [[1],[0],[0]], \"weight_hh\": [[0],[0],[0]]}");
        write("weights-extra.json", "{\"weight_ih_l0\": [[1],[0],[0]], \"weight_hh_l0\": [[0],[0],[0]], "
                + "\"bias_ih_l0\": [0,0,0], \"bias_hh_l0\": [0,0,0], \"weight_ih_l1\": [[1],[0],[0]]}");
        write("xs-inf.json", "[[1], [1e999]]");
        write("xs-cut.json", "[[1], [2\n");
        String seed = "## Question 1\n\n**What is a GRU?**\n\n**Answer:** _[To be filled]_\n";
        write("seed.md", seed);
        Files.write(dir.resolve("latin1.md"), seed.replace("What is a GRU?", "Café au lait?")
                .getBytes(StandardCharsets.ISO_8859_1));
        write("empty.md", "");
        write("taken/notes.txt", "keep");
        write("a-file", "x");

        Files.write(file("data-newer/history.jsonl"), new String(history, StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":99").getBytes(StandardCharsets.UTF_8));
        Files.write(file("data-newer-cards/history.jsonl"), history);
        write("data-newer-cards/cards.json", "{\"schemaVersion\":99,\"cards\":{}}");
        Files.write(file("data-corrupt-cards/history.jsonl"), history);
        write("data-corrupt-cards/cards.json", "{\"schemaVersion\":1,\"cards\":");
        Files.write(file("data-torn/history.jsonl"), history);
        Files.writeString(dir.resolve("data-torn/history.jsonl"), "{\"schemaVersion\":1,\"time\":\"2026-11",
                java.nio.file.StandardOpenOption.APPEND);
        Files.createSymbolicLink(file("data-device/history.jsonl"), Path.of("/dev/zero"));
        // Two records, 871 bytes: the next one crosses the 1 KB that ulimit -f 1 allows.
        String firstTwo = new String(history, StandardCharsets.UTF_8).lines().limit(2)
                .collect(Collectors.joining("\n", "", "\n"));
        write("data-full/history.jsonl", firstTwo);
        Files.createDirectories(dir.resolve("home"));
    }

    @Test
    void theTableHasAtLeastFortyRowsNumberedInOrder() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 40, "rows: " + rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, rows.get(i).number(), "row numbers");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRowGivesItsExitCodeAndOneLine() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest("#" + row.number() + " " + row.what(), () -> check(row)));
    }

    private static void check(Row row) throws Exception {
        Map<Path, byte[]> saved = dataFiles();
        Matcher ulimit = ULIMIT.matcher(row.command());
        String command = ulimit.matches() ? ulimit.group(2) : row.command();
        Matcher printf = PRINTF.matcher(command);
        String stdin = printf.matches() ? printf.group(1).replace("\\n", "\n") : "";
        command = printf.matches() ? printf.group(2) : command;
        List<String> words = words(command);
        assertEquals("gru-drill", words.get(0), row.command());
        String[] args = withFiles(words.subList(1, words.size()));

        Outcome outcome = ulimit.matches() ? runLimited(Integer.parseInt(ulimit.group(1)), stdin, args)
                : runHere(stdin, args);

        String err = outcome.err().replace(dir + "/", "").replace(dir.toString(), "");
        String what = "#" + row.number() + " " + row.command() + "\nstderr:\n" + err;
        assertEquals(row.exit(), outcome.code(), what);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "a stack trace or exception name: " + what);
        List<String> messages = err.lines().filter(line -> line.startsWith("gru-drill")).toList();
        assertEquals(1, messages.size(), "one message line: " + what);
        assertTrue(pattern(row.message()).matcher(messages.get(0)).matches(),
                "expected: " + row.message() + "\n   got: " + messages.get(0));
        assertNothingLost(saved, what);
    }

    private record Outcome(int code, String err) {
    }

    private static Outcome runHere(String stdin, String[] args) {
        Context context = new Context(environment(), false, false,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Clock.systemDefaultZone());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GruDrill.run(context, new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(code, err.toString());
    }

    /** The real program in a child process whose files may not grow past {@code kilobytes} (ulimit -f). */
    private static Outcome runLimited(int kilobytes, String stdin, String[] args) throws Exception {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        java.addAll(List.of(args));
        String exec = java.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "ulimit -f " + kilobytes + "; exec " + exec);
        builder.environment().putAll(environment());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the child process did not end");
        return new Outcome(process.exitValue(), err);
    }

    private static Map<String, String> environment() {
        return Map.of(DataOptions.HOME_ENV, dir.resolve("home").toString(), "NO_COLOR", "1");
    }

    /** Values of path options, and the seed file of bank import, point into the test's folder. */
    private static String[] withFiles(List<String> words) {
        String[] args = words.toArray(String[]::new);
        for (int i = 0; i < args.length; i++) {
            boolean pathValue = i > 0 && PATH_OPTIONS.contains(args[i - 1]);
            boolean seedFile = args[i].endsWith(".md") && !args[i].startsWith("-");
            if ((pathValue || seedFile) && !args[i].startsWith("/")) {
                args[i] = dir.resolve(args[i]).toString();
            }
        }
        return args;
    }

    /** Shell words: spaces separate, quotes group ("" is an empty word). */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return words;
    }

    /**
     * The README's line, where … stands for any text (a time stamp, today's date) and "…/" for any
     * folder, the test's own included: its name is taken out of what the command prints.
     */
    static Pattern pattern(String message) {
        return Pattern.compile(Arrays.stream(message.split("…", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")).replace(".*\\Q/", "(?:.*/)?\\Q"));
    }

    /** Every regular file of every data folder, with its bytes. */
    private static Map<Path, byte[]> dataFiles() throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(dir, 2)) {
            for (Path file : all.filter(p -> p.getParent().getFileName().toString().startsWith("data"))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(file, Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** Each saved file is still there, or its bytes are, whole, in a file beside it (moved aside). */
    private static void assertNothingLost(Map<Path, byte[]> saved, String what) throws IOException {
        for (Map.Entry<Path, byte[]> entry : saved.entrySet()) {
            Path file = entry.getKey();
            if (file.getFileName().toString().endsWith(".lock")) {
                continue;
            }
            if (Files.exists(file) && Arrays.equals(entry.getValue(), Files.readAllBytes(file))) {
                continue;
            }
            try (Stream<Path> beside = Files.list(file.getParent())) {
                List<byte[]> contents = new ArrayList<>();
                for (Path other : beside.filter(p -> p.getFileName().toString()
                        .startsWith(file.getFileName() + ".corrupt-")).toList()) {
                    contents.add(Files.readAllBytes(other));
                }
                assertTrue(contents.stream().anyMatch(c -> Arrays.equals(c, entry.getValue())),
                        file + " changed and its bytes are nowhere beside it: " + what);
            }
        }
    }

    static List<Row> rows() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n### Bad input\n");
        assertTrue(start >= 0, "README has a '### Bad input' section");
        int end = readme.indexOf("\n#", start + 1);
        List<Row> rows = new ArrayList<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                String[] cells = (m.group(1) + " |" + m.group(2)).split("(?<!\\\\)\\|");
                rows.add(new Row(Integer.parseInt(cells[0].strip()), cells[1].strip(), code(cells[2]),
                        Integer.parseInt(cells[3].strip()), code(cells[4])));
            }
        }
        return rows;
    }

    private static String code(String cell) {
        String text = cell.strip();
        assertTrue(text.startsWith("`") && text.endsWith("`"), "a code cell: " + cell);
        return text.substring(1, text.length() - 1).replace("\\|", "|");
    }

    private static Path bank(String name, String deck) throws IOException {
        Path bank = dir.resolve(name);
        Files.createDirectories(bank.resolve("questions"));
        Files.createDirectories(bank.resolve("answers"));
        Files.writeString(bank.resolve("questions/gru.yaml"), deck);
        try (Stream<Path> answers = Files.list(Path.of("answers"))) {
            for (Path answer : answers.toList()) {
                Files.copy(answer, bank.resolve("answers").resolve(answer.getFileName()));
            }
        }
        return bank;
    }

    private static Path file(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return file;
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(file(name), text);
    }

    @Test
    void theWordsAndPatternsReadTheTableAsAShellWould() {
        assertEquals(List.of("gru-drill", "search", ""), words("gru-drill search \"\""));
        assertTrue(pattern("a …/b (…)").matcher("a /tmp/x/b (2026-11-25)").matches());
        assertTrue(pattern("a …/b").matcher("a b").matches());
        assertFalse(pattern("a …/b").matcher("a /tmp/x/b and more").matches());
        assertArrayEquals(new String[] {"list", "--bank", dir.resolve("x").toString()},
                withFiles(List.of("list", "--bank", "x")));
    }
}
