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

final class ReviewCommand extends BaseCommand {
    private final Arg<Integer> limit = option("--limit").label("N")
            .description("At most N cards this session.").of(Integer.class);

    private final Arg<Integer> newCards = option("--new").label("N").defaultValue("" + ReviewSession.DEFAULT_NEW_CARDS)
            .description("At most N new questions this session (default: ${DEFAULT-VALUE}).").of(Integer.class);

    private final Arg<Topic> topic = option("--topic").label("TOPIC").converter(new TopicConverter())
            .description("Only questions with this topic.").of(Topic.class);

    private final DataOptions dataOptions = new DataOptions(this);

    private final BankOptions bankOptions = new BankOptions(this);

    private final ColorOptions colorOptions = new ColorOptions(this);

    ReviewCommand(Context context) {
        super(context, "review", "Flashcard review of the questions due, graded 1-4 with the next intervals shown.",
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
                + " interviews.");
    }

    @Override
    int execute() throws Exception {
        if (limit.get() != null && limit.get() < 1) {
            throw CliException.usage("--limit must be 1 or more, not " + limit.get());
        }
        if (newCards.get() < 0) {
            throw CliException.usage("--new must be 0 or more, not " + newCards.get());
        }
        Bank bank = bankOptions.loadOrFail(context);
        List<Card> written = bank.cards().stream().filter(c -> c.answer().written()).toList();
        List<Card> cards = written.stream().filter(c -> topic.get() == null || c.question().topics().contains(topic.get())).toList();
        if (cards.isEmpty()) {
            throw new CliException(ExitCodes.NOT_FOUND, "no question with a written model answer"
                    + (topic.get() == null ? "" : " has the topic " + topic.get().label()));
        }
        UserData data = UserData.load(this, dataOptions.folder(context));
        ReviewSession session = ReviewSession.start(UUID.randomUUID().toString(), cards, data.progress, data.goal,
                written, newCards.get(), limit.get(), context.clock().instant());
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
