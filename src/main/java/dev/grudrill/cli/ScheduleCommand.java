package dev.grudrill.cli;

import dev.grudrill.bank.Durations;
import dev.grudrill.drill.CardState;
import dev.grudrill.drill.Fsrs;
import dev.grudrill.drill.FsrsSettings;
import dev.grudrill.drill.Grade;
import dev.grudrill.drill.Review;
import dev.grudrill.drill.State;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

final class ScheduleCommand extends BaseCommand {

    /** The first review happens here; a midnight (UTC) keeps offsets and FSRS's calendar days aligned. */
    private static final Instant START = Instant.EPOCH;
    private static final Pattern OFFSET = Pattern.compile("0|(?:\\d{1,6}[dhm])+");

    private final Arg<List<String>> reviews = parameters("GRADE@OFFSET").arity("1..*")
            .description("A review: grade again, hard, good or easy (or 1-4) @ time since the first review"
                    + " (0, 10m, 2h, 3d10m). Example: good@0 good@10m again@3d easy@3d10m").listOf(String.class);

    private final Arg<Double> retention = option("--retention").label("R").defaultValue("0.9")
            .description("Desired retention, between 0 and 1 (default: ${DEFAULT-VALUE}).").of(Double.class);

    private final Arg<Boolean> fuzz = flag("--fuzz", "Spread intervals of 3 days or more a little, as Anki does.");

    private final Arg<Long> seed = option("--seed").label("N")
            .description("Seed of the fuzz (default: 1); the same seed gives the same intervals.").of(Long.class);

    private final ReportOutput output = new ReportOutput(this);


    ScheduleCommand(Context context) {
        super(context, "schedule", "What-if view of the FSRS-6 scheduler for one card.",
                "What-if view of the FSRS-6 scheduler: replay reviews of one new card and show, after each, its state,"
                + " stability (days), difficulty (1-10), the predicted recall just before the review and when it falls due.",
                "Offsets count from the first review, which is taken at midnight UTC. FSRS counts calendar days, so two"
                + " reviews on the same day are a same-day review, and 23h and 25h are one day apart.");
    }

    private record Planned(String text, Grade grade, Duration offset) {
    }

    private record Row(Planned planned, Review review, Double retrievability) {
    }

    @Override
    int execute() {
        if (!(retention.get() > 0 && retention.get() < 1)) {
            throw CliException.usage("--retention must be between 0 and 1, not " + retention.get());
        }
        if (seed.get() != null && !fuzz.get()) {
            throw CliException.usage("--seed needs --fuzz");
        }
        FsrsSettings settings = FsrsSettings.DEFAULT.withRetention(retention.get());
        Fsrs fsrs = new Fsrs(fuzz.get() ? settings.withFuzz(seed.get() == null ? 1 : seed.get()) : settings);
        List<Row> rows = new ArrayList<>();
        CardState card = CardState.newCard(START);
        for (Planned planned : parse(reviews.get())) {
            Instant at = START.plus(planned.offset());
            Double recall = card.state() == State.NEW ? null : fsrs.retrievability(card, at);
            Review review = fsrs.review(card, planned.grade(), at);
            rows.add(new Row(planned, review, recall));
            card = review.card();
        }
        if (output.json()) {
            printJson(rows);
        } else {
            printTable(rows, output.screen(context));
        }
        return ExitCodes.OK;
    }

    private static List<Planned> parse(List<String> texts) {
        List<Planned> planned = new ArrayList<>();
        Planned previous = null;
        for (String text : texts) {
            int at = text.indexOf('@');
            if (at < 0) {
                throw CliException.usage("'" + text + "' needs a time: GRADE@OFFSET, like good@10m");
            }
            String gradeText = text.substring(0, at);
            String offsetText = text.substring(at + 1);
            Grade grade = Grade.parse(gradeText).orElseThrow(() -> CliException.usage("unknown grade '" + gradeText
                    + "' in '" + text + "' (grades: again, hard, good, easy or 1-4)"));
            if (!OFFSET.matcher(offsetText).matches()) {
                throw CliException.usage("malformed offset '" + offsetText + "' in '" + text
                        + "' (examples: 0, 10m, 2h, 3d10m)");
            }
            Duration offset = offsetText.equals("0") ? Duration.ZERO : Durations.parse(offsetText);
            if (previous != null && offset.compareTo(previous.offset()) < 0) {
                throw CliException.usage("offsets go backwards: '" + text + "' comes before '" + previous.text()
                        + "'");
            }
            previous = new Planned(text, grade, offset);
            planned.add(previous);
        }
        return planned;
    }

    private void printJson(List<Row> rows) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", Json.SCHEMA_VERSION);
        doc.put("desiredRetention", retention.get());
        doc.put("reviews", rows.stream().map(row -> {
            CardState card = row.review().card();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("grade", row.planned().grade().key());
            m.put("atSeconds", row.planned().offset().getSeconds());
            m.put("state", card.state().label());
            m.put("stability", card.stability());
            m.put("difficulty", card.difficulty());
            m.put("retrievability", row.retrievability());
            m.put("dueSeconds", Duration.between(START, card.due()).getSeconds());
            return m;
        }).toList());
        Json.print(out(), doc);
    }

    private void printTable(List<Row> rows, Screen screen) {
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"#", "grade", "at", "state", "stability", "difficulty", "retrievability", "due",
            "interval"});
        int n = 0;
        for (Row row : rows) {
            CardState card = row.review().card();
            Instant at = START.plus(row.planned().offset());
            table.add(new String[] {String.valueOf(++n), row.planned().grade().key(), human(row.planned().offset()),
                card.state().label(), String.format(Locale.ROOT, "%.2fd", card.stability()),
                String.format(Locale.ROOT, "%.2f", card.difficulty()),
                row.retrievability() == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * row.retrievability()),
                human(Duration.between(START, card.due())), human(Duration.between(at, card.due()))});
        }
        boolean[] right = {true, false, false, false, true, true, true, false, false};
        int[] widths = new int[right.length];
        for (String[] cells : table) {
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        for (int r = 0; r < table.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < right.length; i++) {
                String cell = table.get(r)[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(right[i] ? pad + cell : cell + pad).append(i < right.length - 1 ? "  " : "");
            }
            String text = line.toString().stripTrailing();
            out().println(r == 0 ? screen.bold(text) : text);
        }
    }

    /** {@code 0}, {@code 10m}, {@code 2d 3h}, {@code 3d 10m}: the non-zero days, hours and minutes. */
    static String human(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes == 0) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        long[] sizes = {1440, 60, 1};
        String[] units = {"d", "h", "m"};
        for (int i = 0; i < sizes.length; i++) {
            if (minutes >= sizes[i]) {
                parts.add(minutes / sizes[i] + units[i]);
                minutes %= sizes[i];
            }
        }
        return String.join(" ", parts);
    }
}
