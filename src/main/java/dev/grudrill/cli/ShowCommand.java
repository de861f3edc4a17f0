package dev.grudrill.cli;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.Card;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = {"Show questions with their model answers.",
    "With --format json, each question is one JSON object (several ids give several objects, one after another)."})
final class ShowCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "ID|NUMBER", description = "Question ids (gru-06) or numbers (6).")
    List<String> keys;

    @Option(names = "--short", description = "Only the 30-second answer.")
    boolean shortOnly;

    @Option(names = "--deck", paramLabel = "NAME", description = "Deck in which numbers are looked up.")
    String deck;

    @Mixin
    LookupOutput output;

    @Mixin
    BankOptions bankOptions;

    ShowCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        Bank bank = bankOptions.loadOrFail(context);
        List<Card> cards = keys.stream().map(key -> bank.resolve(key, deck)).toList();
        Screen screen = output.format == LookupFormat.text ? output.screen(context) : null;
        boolean first = true;
        for (Card card : cards) {
            switch (output.format) {
                case json -> Json.print(out(), CardViews.full(card));
                case markdown -> out().print((first ? "" : "\n---\n\n") + CardViews.markdown(card, shortOnly));
                default -> out().print((first ? "" : "\n") + screen.markdown(CardViews.markdown(card, shortOnly)));
            }
            first = false;
        }
        return ExitCodes.OK;
    }
}
