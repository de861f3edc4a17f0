package dev.grudrill.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.Seeds;
import dev.grudrill.bank.BankLoader;
import dev.grudrill.bank.BankWriter;
import dev.grudrill.bank.LoadResult;
import dev.grudrill.bank.Problem;
import dev.grudrill.bank.SeedMarkdown;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated deck files (YAML and JSON), answer files and seed lists, {@value #DEFAULT_CASES} per run by
 * default ({@code -Dfuzz.cases=N}), seeded by {@link Seeds}. For each case: no exception escapes the
 * loader or the importer, every problem is one line naming a file of the bank, each case ends within
 * {@value #CASE_SECONDS} s and allocates at most {@value #MAX_MB_PER_CASE} MB. A seed list the importer
 * accepts must give a bank that loads without a problem.
 */
class LoaderFuzzTest {
    static final int DEFAULT_CASES = 10_000;
    static final int CASE_SECONDS = 10;
    static final int MAX_MB_PER_CASE = 400;

    enum Kind { DECK_YAML, DECK_JSON, ANSWER, SEED }

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void mutatedBankFilesAndSeedListsGiveProblemsNeverExceptions() throws Exception {
        int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        int from = Integer.getInteger("fuzz.from", 0);
        long seed = Seeds.seed("LoaderFuzzTest");
        Corpus corpus = new Corpus();
        List<String> ids = corpus.ids();
        SplittableRandom master = new SplittableRandom(seed);
        BankLoader loader = new BankLoader();
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        Map<Kind, Long> nanosByKind = new EnumMap<>(Kind.class);
        List<String> failures = new ArrayList<>();
        long[] maxAllocated = {0};
        int clean = 0;
        int roundTrips = 0;
        long problems = 0;
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        try {
            for (int i = 0; i < cases; i++) {
                SplittableRandom random = master.split();
                if (i < from) {
                    continue;
                }
                long caseStart = System.nanoTime();
                Kind kind = pickKind(random);
                byKind.merge(kind, 1, Integer::sum);
                Mutator mutator = new Mutator(random);
                String id = ids.get(random.nextInt(ids.size()));
                Mutator.Mutant mutant = switch (kind) {
                    case DECK_YAML -> mutator.mutate(corpus.deckYaml, false);
                    case DECK_JSON -> mutator.mutate(corpus.deckJson, true);
                    case ANSWER -> mutator.mutate(corpus.answers.get(id), false);
                    case SEED -> mutator.mutate(random.nextInt(4) == 0 ? corpus.seed : corpus.shortSeed, false);
                };
                String label = "case " + i + " (" + kind + (kind == Kind.ANSWER ? " " + id : "") + ": "
                        + mutant.what() + "), " + Seeds.rerun();
                int index = i;
                Future<Outcome> future = worker.submit(() -> runCase(kind, id, mutant.bytes(), corpus, loader, index));
                Outcome outcome;
                try {
                    outcome = future.get(CASE_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    future.cancel(true);
                    failures.add(label + ": still running after " + CASE_SECONDS + " s");
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(label + ": " + e.getCause());
                    continue;
                }
                nanosByKind.merge(kind, System.nanoTime() - caseStart, Long::sum);
                double caseSeconds = (System.nanoTime() - caseStart) / 1e9;
                if (caseSeconds > 1) {
                    System.out.printf(java.util.Locale.ROOT, "loader fuzz: slow %s: %.1f s%n", label, caseSeconds);
                }
                if ((i + 1) % 1000 == 0) {
                    System.out.printf(java.util.Locale.ROOT, "loader fuzz: %d cases, %.1f s%n", i + 1,
                            (System.nanoTime() - started) / 1e9);
                }
                maxAllocated[0] = Math.max(maxAllocated[0], outcome.allocated);
                problems += outcome.problems;
                clean += outcome.problems == 0 ? 1 : 0;
                roundTrips += outcome.roundTrip ? 1 : 0;
                for (String f : outcome.failures) {
                    if (failures.size() < 20) {
                        failures.add(label + ": " + f);
                    }
                }
                if (outcome.allocated > (long) MAX_MB_PER_CASE << 20) {
                    failures.add(label + ": allocated " + (outcome.allocated >> 20) + " MB");
                }
            }
        } finally {
            worker.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "loader fuzz: %d cases (%s) in %.1f s, seed %d (run seed %d; rerun with"
                + " %s); %d loaded without a problem, %d problems reported, %d seed lists imported and reloaded;"
                + " largest allocation in one case %d MB; seconds by kind %s; %d failures%n", cases, byKind, seconds,
                seed, Seeds.seed(), Seeds.rerun(), clean, problems, roundTrips, maxAllocated[0] >> 20,
                nanosByKind.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() / 1_000_000_000)
                        .toList(), failures.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static Kind pickKind(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 30 ? Kind.DECK_YAML : r < 42 ? Kind.DECK_JSON : r < 80 ? Kind.ANSWER : Kind.SEED;
    }

    /** What one case found; runs on the worker thread so that its allocation can be measured. */
    private record Outcome(int problems, boolean roundTrip, long allocated, List<String> failures) {
    }

    private Outcome runCase(Kind kind, String id, byte[] bytes, Corpus corpus, BankLoader loader, int index)
            throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        List<String> failures = new ArrayList<>();
        int problemCount;
        boolean roundTrip = false;
        Path bank = tmp.resolve("bank");
        clear(bank);
        Files.createDirectories(bank.resolve("questions"));
        Files.createDirectories(bank.resolve("answers"));
        String prefix = "bank/";
        if (kind == Kind.SEED) {
            Path file = Files.write(tmp.resolve("seed.md"), bytes);
            List<Problem> problems = new ArrayList<>();
            SeedMarkdown.Seed seed = SeedMarkdown.read(file, "seed.md", problems);
            checkProblems(problems, "seed.md"::equals, failures);
            problemCount = problems.size();
            if (problems.isEmpty()) {
                Path out = tmp.resolve("imported-" + index);
                try {
                    new BankWriter().writeSeed(seed, "imported", "seed.md", out);
                    roundTrip = true;
                    LoadResult reloaded = loader.load(out, "imported/");
                    for (Problem p : reloaded.problems()) {
                        failures.add("the importer accepted the seed list but its bank does not load: " + p);
                    }
                } catch (IllegalArgumentException refused) {
                    failures.add("the importer accepted the seed list, then the writer refused it: "
                            + refused.getMessage());
                } finally {
                    clear(out);
                }
            }
        } else {
            String deckName;
            if (kind == Kind.ANSWER) {
                deckName = "gru.yaml";
                Files.write(bank.resolve("questions/gru.yaml"), corpus.singleQuestionDecks.get(id));
                Files.write(bank.resolve("answers/" + id + ".md"), bytes);
            } else {
                deckName = kind == Kind.DECK_JSON ? "gru.json" : "gru.yaml";
                Files.write(bank.resolve("questions").resolve(deckName), bytes);
            }
            LoadResult result;
            try {
                result = loader.load(bank, prefix);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("exception escaped the loader: " + e, e);
            }
            problemCount = result.problems().size();
            checkProblems(result.problems(), file -> file.equals(prefix + "questions/" + deckName)
                    || file.equals(prefix + "questions") || file.equals(prefix + "answers")
                    || file.matches(java.util.regex.Pattern.quote(prefix) + "answers/[a-z0-9]+(-[a-z0-9]+)*\\.md"),
                    failures);
        }
        return new Outcome(problemCount, roundTrip, threads.getCurrentThreadAllocatedBytes() - before, failures);
    }

    /** One line each, naming a file of the bank (an answer file may be one a question calls for), with a message. */
    static void checkProblems(List<Problem> problems, java.util.function.Predicate<String> files,
            List<String> failures) {
        for (Problem p : problems) {
            String line = p.toString();
            if (line.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029)) {
                failures.add("problem is not one line: " + Mutator.escape(line));
            }
            if (!files.test(p.file())) {
                failures.add("problem does not name a file of the bank: " + Mutator.escape(line));
            }
            if (p.message() == null || p.message().isBlank() || p.line() < 0) {
                failures.add("problem without a message or with a negative line: " + Mutator.escape(line));
            }
        }
    }

    static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
