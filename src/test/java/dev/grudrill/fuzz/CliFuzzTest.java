package dev.grudrill.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.Seeds;
import dev.grudrill.cli.Context;
import dev.grudrill.cli.GruDrill;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated banks through the command line, in this process: {@code bank check --bank DIR} and
 * {@code show 1 --bank DIR}. A bad bank is bad data (exit 3), never an internal error (4) or a usage
 * error (2); what is printed holds no stack trace and no raw control character. {@value #DEFAULT_CASES}
 * banks per run ({@code -Dfuzz.cliCases=N}), each of a three-question deck and its three real answers with
 * one of the four files mutated.
 */
class CliFuzzTest {
    static final int DEFAULT_CASES = 300;
    static final int CASE_SECONDS = 20;
    static final List<String> IDS = List.of("gru-01", "gru-02", "gru-03");

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void mutatedBanksAreBadDataNeverInternalErrors() throws Exception {
        int cases = Integer.getInteger("fuzz.cliCases", DEFAULT_CASES);
        long seed = Seeds.seed("CliFuzzTest");
        Corpus corpus = new Corpus();
        byte[] deck = threeQuestionDeck(corpus);
        SplittableRandom master = new SplittableRandom(seed);
        Map<String, Integer> codes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cli-fuzz-case");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        try {
            for (int i = 0; i < cases && failures.size() < 20; i++) {
                SplittableRandom random = master.split();
                Mutator mutator = new Mutator(random);
                int target = random.nextInt(4);
                Path bank = tmp.resolve("bank-" + i);
                Files.createDirectories(bank.resolve("questions"));
                Files.createDirectories(bank.resolve("answers"));
                Mutator.Mutant mutant = mutator.mutate(target == 0 ? deck : corpus.answers.get(IDS.get(target - 1)),
                        false);
                Files.write(bank.resolve("questions/gru.yaml"), target == 0 ? mutant.bytes() : deck);
                for (int k = 0; k < IDS.size(); k++) {
                    Files.write(bank.resolve("answers/" + IDS.get(k) + ".md"),
                            target == k + 1 ? mutant.bytes() : corpus.answers.get(IDS.get(k)));
                }
                String label = "case " + i + " (" + (target == 0 ? "deck" : IDS.get(target - 1)) + ": " + mutant.what()
                        + "), " + Seeds.rerun();
                for (String[] args : List.of(new String[] {"bank", "check", "--bank", bank.toString()},
                        new String[] {"show", "1", "--bank", bank.toString()},
                        new String[] {"show", "2", "--format", "json", "--bank", bank.toString()})) {
                    Future<Run> future = worker.submit(() -> run(args));
                    Run run;
                    try {
                        run = future.get(CASE_SECONDS, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        future.cancel(true);
                        failures.add(label + ": " + String.join(" ", args) + " still running after " + CASE_SECONDS
                                + " s");
                        break;
                    }
                    String command = args[0] + (args[0].equals("bank") ? " check" : " --format " + (args.length > 4
                            ? "json" : "text"));
                    codes.merge(command + " → " + run.code, 1, Integer::sum);
                    check(label + ": " + String.join(" ", args), args[0].equals("bank") ? List.of(0, 3)
                            : List.of(0, 1, 3), run, failures);
                }
                LoaderFuzzTest.clear(bank);
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf(java.util.Locale.ROOT, "cli fuzz: %d banks, 3 commands each, in %.1f s, seed %d (run seed %d;"
                + " rerun with %s); exit codes %s; %d failures%n", cases, (System.nanoTime() - started) / 1e9, seed,
                Seeds.seed(), Seeds.rerun(), codes, failures.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GruDrill.run(Context.plain(Map.of()), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static void check(String label, List<Integer> allowed, Run run, List<String> failures) {
        if (!allowed.contains(run.code())) {
            failures.add(label + ": exit " + run.code() + ", expected one of " + allowed + "; stderr: "
                    + Mutator.escape(run.err()));
        }
        if (run.err().contains("\tat ") || run.err().matches("(?s).*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*")) {
            failures.add(label + ": stack trace or exception class on stderr: " + Mutator.escape(run.err()));
        }
        for (String line : run.err().split("\n")) {
            if (!line.isEmpty() && !line.startsWith("gru-drill ")) {
                failures.add(label + ": stderr line without the command's name: " + Mutator.escape(line));
            }
        }
        String printed = run.out() + run.err();
        if (printed.chars().anyMatch(c -> c != '\n' && (Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF))) {
            failures.add(label + ": raw control character printed: " + Mutator.escape(printed.length() > 300
                    ? printed.substring(0, 300) : printed));
        }
    }

    /** The real deck cut to its first three questions. */
    private static byte[] threeQuestionDeck(Corpus corpus) {
        String text = new String(corpus.deckYaml, java.nio.charset.StandardCharsets.UTF_8);
        int fourth = text.indexOf("  - id: gru-04");
        return text.substring(0, fourth).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
