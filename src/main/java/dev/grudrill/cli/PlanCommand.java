package dev.grudrill.cli;

import dev.grudrill.bank.Card;
import dev.grudrill.drill.InterviewPlan;
import dev.grudrill.drill.PlanGoal;
import dev.grudrill.term.PlanText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class PlanCommand extends BaseCommand {
    enum Format { text, json }

    private final Arg<String> date = option("--interview-date").label("YYYY-MM-DD")
            .description("The day of the interview.").of(String.class);

    private final Arg<Double> target = option("--target").label("R")
            .description("Predicted recall wanted on the day, between 0 and 1 (default: 0.9).").of(Double.class);

    private final Arg<Boolean> clear = flag("--clear", "Remove the stored interview date.");

    private final Arg<Format> format = option("--format").label("FORMAT").defaultValue("text")
            .description("Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").of(Format.class);

    private final DataOptions dataOptions = new DataOptions(this);

    private final BankOptions bankOptions = new BankOptions(this);

    private final ColorOptions colorOptions = new ColorOptions(this);

    PlanCommand(Context context) {
        super(context, "plan", "Plan reviews up to an interview date so that predicted recall reaches a target.",
                "Plans reviews up to an interview: forecasts each question's recall on the day with FSRS and lays out"
                + " how many reviews to do on which day so that the predicted recall on the day reaches the target.",
                "The date and target are kept in the data folder (plan.json): review then also offers the cards the"
                + " plan schedules each day, and stats shows the forecast. Without options, shows the stored plan"
                + " as it stands today.",
                "Reviews fall on the days FSRS makes each question due (at the target's retention when that is higher"
                + " than 0.9), new questions are learnt over the first half of the days, at least 10 a day, and a"
                + " final top-up goes, as late as still works, only to questions that would fall short.");
    }

    @Override
    int execute() {
        Optional<PlanGoal> asked = goal();
        UserData data = UserData.load(this, dataOptions.folder(context));
        if (clear.get()) {
            message(data.plans.clear() ? "the interview date was removed" : "no interview date was set");
            return ExitCodes.OK;
        }
        PlanGoal goal = asked.or(() -> data.goal).orElseThrow(() -> new CliException(ExitCodes.NOT_FOUND,
                "no interview date is set: plan --interview-date YYYY-MM-DD sets one"));
        Instant now = context.clock().instant();
        List<String> ids = bankOptions.loadOrFail(context).cards().stream().filter(c -> c.answer().written())
                .map(Card::id).toList();
        asked.ifPresent(data.plans::save);
        InterviewPlan plan = data.progress.plan(ids, goal, now);
        if (format.get() == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schemaVersion", Json.SCHEMA_VERSION);
            doc.putAll(PlanText.json(plan));
            Json.print(out(), doc);
        } else {
            Screen screen = Screen.of(context, colorOptions);
            new PlanText(screen.width, screen.colour).lines(plan).forEach(out()::println);
        }
        if (asked.isPresent()) {
            message("saved; review and stats follow this plan until " + goal.interviewDate()
                    + " (plan --clear removes it)");
        }
        return ExitCodes.OK;
    }

    /** The goal the options ask for, checked; empty when they ask for none. */
    private Optional<PlanGoal> goal() {
        if (clear.get() && (date.get() != null || target.get() != null)) {
            throw CliException.usage("--clear removes the interview date; leave out --interview-date and --target");
        }
        if (target.get() != null && !(target.get() > 0 && target.get() < 1)) {
            throw CliException.usage("--target must be between 0 and 1 (e.g. 0.9), not " + target.get());
        }
        if (date.get() == null) {
            if (target.get() != null) {
                throw CliException.usage("--target needs --interview-date");
            }
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.get());
        } catch (DateTimeParseException e) {
            throw CliException.usage("--interview-date: '" + date.get() + "' is not a date of the form YYYY-MM-DD");
        }
        LocalDate today = LocalDate.now(context.clock());
        LocalDate utcToday = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        LocalDate latest = utcToday.isAfter(today) ? utcToday : today;
        if (!day.isAfter(latest)) {
            throw CliException.usage("--interview-date " + day + " is not after today (" + latest + ")");
        }
        return Optional.of(new PlanGoal(day, target.get() == null ? 0.9 : target.get()));
    }
}
