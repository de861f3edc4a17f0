package dev.grudrill.cli;

import dev.grudrill.drill.Stats;
import dev.grudrill.term.StatsText;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", header = "Where you stand: due cards, recall by topic, reviews per day, interview forecast.",
        description = {
    "Where you stand: questions by state (new, learning, in review), what is due today and this week,"
            + " recall now by topic (FSRS's predicted recall), the weakest questions, reviews per day over the"
            + " last 30 days as a chart, the forecast for the interview date when one is set (see plan), and"
            + " questions edited since you last reviewed them.",
    "Days are local days. --format json prints the same data with \"schemaVersion\": 1."},
        sortOptions = false)
final class StatsCommand extends BaseCommand {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    BankOptions bankOptions;

    @Mixin
    ColorOptions colorOptions;

    StatsCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        var bank = bankOptions.loadOrFail(context);
        UserData data = UserData.load(this, dataOptions.folder(context));
        Stats stats = Stats.of(bank.cards(), data.progress, data.cards.history().read().records(), data.goal,
                context.clock().instant(), context.clock().getZone());
        if (format == Format.json) {
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
