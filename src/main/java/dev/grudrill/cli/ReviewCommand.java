package dev.grudrill.cli;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.Topic;
import dev.grudrill.drill.ReviewSession;
import dev.grudrill.term.InteractiveReview;
import dev.grudrill.term.PlainReview;
import dev.grudrill.term.ReviewText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "review", header = "Flashcard review of the questions due, graded 1-4 with the next intervals shown.",
        description = {
    "Flashcard review of the questions the scheduler (FSRS-6) says are due: the question, time to think,"
            + " the model's short answer, and your grade, each choice showing when the card comes back.",
    "Order: cards due (most overdue first); with an interview date (see plan), the cards the plan schedules"
            + " today; then new questions, up to --new a session. A card graded into a learning step of"
            + " 20 minutes or less comes back at the end of the session.",
    "",
    "Keys: Enter shows the answer; 1-4 grades Again/Hard/Good/Easy; d shows the details (Space/b/q to"
            + " page); s skips the card; q or Ctrl-C ends the review (grades given are kept).",
    "",
    "Plain mode (standard input is not a terminal): one line per card, a grade (again, hard, good, easy,"
            + " 1-4) or skip; the card goes to standard error, one line per graded card to standard output.",
    "  printf 'good\\nagain\\n' | gru-drill review --limit 2",
    "",
    "Every grade is appended to the history in the data folder and updates the card state (cards.json), as in"
            + " interviews."},
        sortOptions = false)
final class ReviewCommand extends BaseCommand {
    @Option(names = "--limit", paramLabel = "N", description = "At most N cards this session.")
    Integer limit;

    @Option(names = "--new", paramLabel = "N", defaultValue = "" + ReviewSession.DEFAULT_NEW_CARDS,
            description = "At most N new questions this session (default: ${DEFAULT-VALUE}).")
    int newCards;

    @Option(names = "--topic", paramLabel = "TOPIC", converter = TopicConverter.class,
            description = "Only questions with this topic.")
    Topic topic;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    BankOptions bankOptions;

    @Mixin
    ColorOptions colorOptions;

    ReviewCommand(Context context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        if (limit != null && limit < 1) {
            throw CliException.usage("--limit must be 1 or more, not " + limit);
        }
        if (newCards < 0) {
            throw CliException.usage("--new must be 0 or more, not " + newCards);
        }
        Bank bank = bankOptions.loadOrFail(context);
        List<Card> written = bank.cards().stream().filter(c -> c.answer().written()).toList();
        List<Card> cards = written.stream().filter(c -> topic == null || c.question().topics().contains(topic)).toList();
        if (cards.isEmpty()) {
            throw new CliException(ExitCodes.NOT_FOUND, "no question with a written model answer"
                    + (topic == null ? "" : " has the topic " + topic.label()));
        }
        UserData data = UserData.load(this, dataOptions.folder(context));
        ReviewSession session = ReviewSession.start(UUID.randomUUID().toString(), cards, data.progress, data.goal,
                written, newCards, limit, context.clock().instant());
        if (session.initialSize() == 0) {
            ReviewText.closing(session, context.clock().instant(), context.clock().getZone()).forEach(out()::println);
            return ExitCodes.OK;
        }
        if (context.stdinTerminal() && context.stdoutTerminal()) {
            new InteractiveReview(session, data.progress, context.clock(), data.cards::record,
                    colorOptions.enabled(context)).run(context.terminals());
        } else {
            new PlainReview(session, data.progress, new BufferedReader(new InputStreamReader(context.stdin(),
                    StandardCharsets.UTF_8)), out(), err(), context.clock(), data.cards::record, Screen.PLAIN_WIDTH)
                    .run();
        }
        data.printNotes(this);
        int graded = session.graded().size();
        message(graded + " grade" + (graded == 1 ? "" : "s") + " kept in " + data.cards.history().file());
        return ExitCodes.OK;
    }
}
