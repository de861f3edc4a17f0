package dev.grudrill.cli;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.Durations;
import dev.grudrill.bank.Question;
import dev.grudrill.bank.Topic;
import dev.grudrill.term.SafeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class ListCommand extends BaseCommand {
    private final Arg<Topic> topic = option("--topic").label("TOPIC").converter(new TopicConverter())
            .description("Only questions with this topic (" + Topic.labels() + ").").of(Topic.class);
    private final Arg<Integer> difficulty = option("--difficulty").label("1-3")
            .description("Only questions of this difficulty.").of(Integer.class);
    private final Arg<String> deck = option("--deck").label("NAME").description("Only questions of this deck.")
            .of(String.class);
    private final LookupOutput output = new LookupOutput(this);
    private final BankOptions bankOptions = new BankOptions(this);

    ListCommand(Context context) {
        super(context, "list", null, "List the questions of the bank, optionally filtered.");
    }

    @Override
    int execute() {
        Integer difficulty = this.difficulty.get();
        if (difficulty != null && (difficulty < 1 || difficulty > 3)) {
            throw CliException.usage("--difficulty must be 1, 2 or 3, not " + difficulty);
        }
        String deck = this.deck.get();
        Bank bank = bankOptions.loadOrFail(context);
        if (deck != null && bank.decks().stream().noneMatch(d -> d.name().equals(deck))) {
            throw new CliException(ExitCodes.NOT_FOUND, "no deck '" + deck + "'");
        }
        List<Card> cards = bank.cards().stream().filter(c -> selected(c.question(), topic.get(), difficulty, deck))
                .toList();
        switch (output.format()) {
            case json -> printJson(cards);
            case markdown -> printMarkdown(cards);
            default -> printTable(cards, output.screen(context));
        }
        if (cards.isEmpty()) {
            message("no question matches these filters");
            return ExitCodes.NOT_FOUND;
        }
        return ExitCodes.OK;
    }

    private static boolean selected(Question q, Topic topic, Integer difficulty, String deck) {
        return (topic == null || q.topics().contains(topic))
                && (difficulty == null || q.difficulty() == difficulty)
                && (deck == null || q.deck().equals(deck));
    }

    private void printJson(List<Card> cards) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", Json.SCHEMA_VERSION);
        doc.put("count", cards.size());
        doc.put("questions", cards.stream().map(CardViews::summary).toList());
        Json.print(out(), doc);
    }

    private void printMarkdown(List<Card> cards) {
        out().println("| ID | # | Topics | Difficulty | Time | Answer | Question |");
        out().println("|----|--:|--------|-----------:|-----:|--------|----------|");
        for (Card card : cards) {
            Question q = card.question();
            out().println("| " + q.id() + " | " + q.number() + " | " + topics(q) + " | " + q.difficulty() + " | "
                    + Durations.format(q.suggestedTime()) + " | " + (card.written() ? "written" : "not yet")
                    + " | " + SafeText.escape(q.prompt()).replace("|", "\\|") + " |");
        }
    }

    private void printTable(List<Card> cards, Screen screen) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "#", "DIFF", "TIME", "ANSWER", "TOPICS", "QUESTION"});
        for (Card card : cards) {
            Question q = card.question();
            rows.add(new String[] {q.id(), String.valueOf(q.number()), String.valueOf(q.difficulty()),
                Durations.format(q.suggestedTime()), card.written() ? "✓" : "-", topics(q),
                SafeText.escape(q.prompt())});
        }
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns - 1; i++) {
                String cell = rows.get(r)[i];
                line.append(i == 1 ? " ".repeat(widths[i] - cell.length()) + cell
                        : cell + " ".repeat(widths[i] - cell.length())).append("  ");
            }
            String prompt = rows.get(r)[columns - 1];
            int room = screen.width - line.length();
            if (screen.terminal && prompt.length() > room && room > 1) {
                prompt = prompt.substring(0, room - 1) + "…";
            }
            String text = line + prompt;
            out().println(r == 0 ? screen.bold(text) : text);
        }
    }

    private static String topics(Question q) {
        return String.join(",", q.topics().stream().map(Topic::label).toList());
    }
}
