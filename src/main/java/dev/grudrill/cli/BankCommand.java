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
import java.util.function.Function;

final class BankCommand extends BaseCommand {
    BankCommand(Context context) {
        super(context, "bank", null, "Check, import and export question banks.");
    }

    @Override
    Map<String, Function<Context, BaseCommand>> subcommands() {
        Map<String, Function<Context, BaseCommand>> commands = new LinkedHashMap<>();
        commands.put("check", Check::new);
        commands.put("import", Import::new);
        commands.put("export", Export::new);
        return commands;
    }

    @Override
    int execute() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }

    enum CheckFormat { text, json }

    static final class Check extends BaseCommand {
        private final BankOptions bankOptions = new BankOptions(this);
        private final Arg<CheckFormat> format = option("--format").label("FORMAT").defaultValue("text")
                .description("Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").of(CheckFormat.class);

        Check(Context context) {
            super(context, "check", null, "List every problem in the bank at once: malformed files, unknown or",
                    "missing fields, duplicate ids, answers without questions and questions without answers,",
                    "written answers that break the answer rules, and doctests ('$ gru-drill calc …' blocks and",
                    "calc entries) whose output differs or that fail. Exits 3 if there is any.");
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
            long written = bank.cards().stream().filter(Card::written).count();
            int questions = bank.cards().size();
            if (format.get() == CheckFormat.json) {
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

    static final class Import extends BaseCommand {
        private final Arg<Path> fileArg = parameters("FILE.md").description("The Markdown file to read.").of(Path.class);
        private final Arg<Path> outArg = option("--out").label("DIR").required()
                .description("New (or empty) folder to write the bank to.").of(Path.class);
        private final Arg<String> deck = option("--deck").label("NAME").defaultValue("imported")
                .description("Deck name; ids become NAME-01, NAME-02... (default: ${DEFAULT-VALUE}).").of(String.class);

        Import(Context context) {
            super(context, "import", null, "Read a question list in the seed's Markdown format ('## Question N',",
                    "bold prompt, '**Answer:**') into a new bank folder. Topics are left empty, difficulty 2 and"
                            + " time 3m",
                    "are defaults to review; answers the file does not have are marked not written yet.");
        }

        @Override
        int execute() throws IOException {
            Path file = fileArg.get();
            Path out = outArg.get();
            List<Problem> problems = new ArrayList<>();
            String display = file.toString();
            SeedMarkdown.Seed seed = SeedMarkdown.read(file, display, problems);
            if (!problems.isEmpty()) {
                throw new BankException(problems);
            }
            int written;
            try {
                written = new BankWriter().writeSeed(seed, deck.get(), file.getFileName().toString(), out);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            message("wrote " + seed.entries().size() + " questions (" + written + " with answers) to " + out
                    + "; use it with --bank " + out);
            return ExitCodes.OK;
        }
    }

    enum ExportFormat { markdown }

    static final class Export extends BaseCommand {
        private final BankOptions bankOptions = new BankOptions(this);
        private final Arg<String> deckArg = option("--deck").label("NAME")
                .description("Deck to export (needed when the bank has several).").of(String.class);

        Export(Context context) {
            super(context, "export", null, "Write a deck in the seed's Markdown format, with the answers filled in.");
            option("--format").label("FORMAT").defaultValue("markdown")
                    .description("Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").of(ExportFormat.class);
        }

        @Override
        int execute() {
            String deck = deckArg.get();
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
