package dev.grudrill.cli;

import dev.grudrill.bank.AnswerRules;
import dev.grudrill.bank.Bank;
import dev.grudrill.bank.BankException;
import dev.grudrill.bank.BankWriter;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.Deck;
import dev.grudrill.bank.LoadResult;
import dev.grudrill.bank.Problem;
import dev.grudrill.bank.SeedMarkdown;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bank", description = "Check, import and export question banks.")
final class BankCommand extends BaseCommand {
    BankCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }

    enum CheckFormat { text, json }

    @Command(name = "check", description = {"List every problem in the bank at once: malformed files, unknown or",
        "missing fields, duplicate ids, answers without questions and questions without answers,",
        "written answers that break the answer rules, and doctests ('$ gru-drill calc …' blocks and",
        "calc entries) whose output differs or that fail. Exits 3 if there is any."})
    static final class Check extends BaseCommand {
        @Mixin
        BankOptions bankOptions;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        CheckFormat format;

        Check(Context context) {
            super(context);
        }

        @Override
        int execute() {
            LoadResult result = bankOptions.load(context);
            List<Problem> problems = new ArrayList<>(result.problems());
            Bank bank = result.bank();
            String prefix = bankOptions.displayPrefix(context);
            for (Card card : bank.cards()) {
                problems.addAll(AnswerRules.check(card, prefix + "answers/" + card.id() + ".md"));
                problems.addAll(Doctests.check(card, prefix + "answers/" + card.id() + ".md"));
            }
            long written = bank.cards().stream().filter(c -> c.answer().written()).count();
            int questions = bank.cards().size();
            if (format == CheckFormat.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("schemaVersion", Json.SCHEMA_VERSION);
                doc.put("ok", problems.isEmpty());
                doc.put("decks", bank.decks().size());
                doc.put("questions", questions);
                doc.put("written", written);
                doc.put("problems", problems.stream().map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", p.file());
                    m.put("line", p.line());
                    m.put("message", p.message());
                    return m;
                }).toList());
                Json.print(out(), doc);
            } else {
                problems.forEach(p -> out().println(ErrorHandler.oneLine(p.toString())));
            }
            String summary = bank.decks().size() + " deck(s), " + questions + " questions, " + written
                    + " answers written, " + (questions - written) + " not written yet";
            if (problems.isEmpty()) {
                message("ok: " + summary);
                return ExitCodes.OK;
            }
            message(problems.size() + " problem(s); " + summary);
            return ExitCodes.BAD_DATA;
        }
    }

    @Command(name = "import", description = {"Read a question list in the seed's Markdown format ('## Question N',",
        "bold prompt, '**Answer:**') into a new bank folder. Topics are left empty, difficulty 2 and time 3m",
        "are defaults to review; answers the file does not have are marked not written yet."})
    static final class Import extends BaseCommand {
        @Parameters(paramLabel = "FILE.md", description = "The Markdown file to read.")
        Path file;

        @Option(names = "--out", paramLabel = "DIR", required = true,
                description = "New (or empty) folder to write the bank to.")
        Path out;

        @Option(names = "--deck", paramLabel = "NAME", defaultValue = "imported",
                description = "Deck name; ids become NAME-01, NAME-02... (default: ${DEFAULT-VALUE}).")
        String deck;

        Import(Context context) {
            super(context);
        }

        @Override
        int execute() throws IOException {
            List<Problem> problems = new ArrayList<>();
            String display = file.toString();
            SeedMarkdown.Seed seed = SeedMarkdown.read(file, display, problems);
            if (!problems.isEmpty()) {
                throw new BankException(problems);
            }
            int written;
            try {
                written = new BankWriter().writeSeed(seed, deck, file.getFileName().toString(), out);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            message("wrote " + seed.entries().size() + " questions (" + written + " with answers) to " + out
                    + "; use it with --bank " + out);
            return ExitCodes.OK;
        }
    }

    enum ExportFormat { markdown }

    @Command(name = "export", description = "Write a deck in the seed's Markdown format, with the answers filled in.")
    static final class Export extends BaseCommand {
        @Mixin
        BankOptions bankOptions;

        @Option(names = "--deck", paramLabel = "NAME", description = "Deck to export (needed when the bank has several).")
        String deck;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
                description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        ExportFormat format;

        Export(Context context) {
            super(context);
        }

        @Override
        int execute() {
            Bank bank = bankOptions.loadOrFail(context);
            List<Deck> decks = bank.decks().stream().filter(d -> deck == null || d.name().equals(deck)).toList();
            if (decks.isEmpty()) {
                throw new CliException(ExitCodes.NOT_FOUND, "no deck '" + deck + "'");
            }
            if (decks.size() > 1) {
                throw CliException.usage("the bank has several decks ("
                        + String.join(", ", decks.stream().map(Deck::name).toList()) + "): choose one with --deck");
            }
            out().print(SeedMarkdown.write(decks.get(0), bank));
            return ExitCodes.OK;
        }
    }
}
