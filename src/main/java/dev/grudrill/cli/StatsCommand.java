package dev.grudrill.cli;

import dev.grudrill.drill.Stats;
import dev.grudrill.term.StatsText;
import java.util.LinkedHashMap;
import java.util.Map;

final class StatsCommand extends BaseCommand {
    enum Format { text, json }

    private final Arg<Format> format = option("--format").label("FORMAT").defaultValue("text")
            .description("Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").of(Format.class);

    private final DataOptions dataOptions = new DataOptions(this);

    private final BankOptions bankOptions = new BankOptions(this);

    private final ColorOptions colorOptions = new ColorOptions(this);

    StatsCommand(Context context) {
        super(context, "stats", "Where you stand: due cards, recall by topic, reviews per day, interview forecast.",
                "Where you stand: questions by state (new, learning, in review), what is due today and this week,"
                + " recall now by topic (FSRS's predicted recall), the weakest questions, reviews per day over the"
                + " last 30 days as a chart, the forecast for the interview date when one is set (see plan), and"
                + " questions edited since you last reviewed them.",
                "Days are local days. --format json prints the same data with \"schemaVersion\": 1.");
    }

    @Override
    int execute() {
        var bank = bankOptions.loadOrFail(context);
        UserData data = UserData.load(this, dataOptions.folder(context));
        Stats stats = Stats.of(bank.cards(), data.progress, data.cards.history().read().records(), data.goal,
                context.clock().instant(), context.clock().getZone());
        if (format.get() == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schemaVersion", Json.SCHEMA_VERSION);
            doc.putAll(StatsText.json(stats));
            Json.print(out(), doc);
        } else {
            Screen screen = Screen.of(context, colorOptions);
            new StatsText(screen.width, screen.colour).lines(stats, context.clock().getZone()).forEach(out()::println);
        }
        return ExitCodes.OK;
    }
}
