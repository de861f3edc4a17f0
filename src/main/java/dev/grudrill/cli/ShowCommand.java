package dev.grudrill.cli;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.Card;
import dev.grudrill.term.SafeText;
import java.util.List;

final class ShowCommand extends BaseCommand {
    private final Arg<List<String>> keys = parameters("ID|NUMBER").arity("1..*")
            .description("Question ids (gru-06) or numbers (6).").listOf(String.class);
    private final Arg<Boolean> shortOnly = flag("--short", "Only the 30-second answer.");
    private final Arg<String> deck = option("--deck").label("NAME").description("Deck in which numbers are looked up.")
            .of(String.class);
    private final LookupOutput output = new LookupOutput(this);
    private final BankOptions bankOptions = new BankOptions(this);

    ShowCommand(Context context) {
        super(context, "show", null, "Show questions with their model answers.",
                "With --format json, each question is one JSON object (several ids give several objects, one after"
                        + " another).");
    }

    @Override
    int execute() {
        Bank bank = bankOptions.loadOrFail(context);
        List<Card> cards = keys.get().stream().map(key -> bank.resolve(key, deck.get())).toList();
        Screen screen = output.format() == LookupFormat.text ? output.screen(context) : null;
        boolean shortOnly = this.shortOnly.get();
        boolean first = true;
        for (Card card : cards) {
            switch (output.format()) {
                case json -> Json.print(out(), CardViews.full(card));
                case markdown -> out().print((first ? "" : "\n---\n\n")
                        + SafeText.escape(CardViews.markdown(card, shortOnly)));
                default -> out().print((first ? "" : "\n") + text(card, shortOnly, screen));
            }
            first = false;
        }
        return ExitCodes.OK;
    }

    /** The card as text; for the bundled bank off a terminal, the rendering the build made. */
    private String text(Card card, boolean shortOnly, Screen screen) {
        boolean plain = !screen.terminal && !screen.colour && bankOptions.folder(context) == null;
        String rendered = plain ? BundleIndex.rendered(card, shortOnly) : null;
        return rendered != null ? rendered : screen.markdown(CardViews.markdown(card, shortOnly));
    }
}
