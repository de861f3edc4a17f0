package dev.grudrill.cli;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.Durations;
import dev.grudrill.bank.Topic;
import dev.grudrill.drill.Grade;
import dev.grudrill.drill.InterviewSession;
import dev.grudrill.drill.Selection;
import dev.grudrill.drill.Fsrs;
import dev.grudrill.drill.Progress;
import dev.grudrill.store.CardStore;
import dev.grudrill.store.StoreException;
import dev.grudrill.term.InteractiveInterview;
import dev.grudrill.term.MarkdownReport;
import dev.grudrill.term.PlainInterview;
import dev.grudrill.term.TerminalSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

final class InterviewCommand extends BaseCommand {
    static final int DEFAULT_QUESTIONS = 5;

    private final Arg<Integer> questions = option("--questions").label("N")
            .description("How many questions (default: " + DEFAULT_QUESTIONS + "), drawn from those with a written"
                    + " model answer.").of(Integer.class);

    private final Arg<Topic> topic = option("--topic").label("TOPIC").converter(new TopicConverter())
            .description("Only questions with this topic.").of(Topic.class);

    private final Arg<Integer> difficulty = option("--difficulty").label("1-3")
            .description("Only questions of this difficulty.").of(Integer.class);

    private final Arg<List<String>> ids = option("--ids").label("ID,...").split(",")
            .description("Exactly these questions, in this order: numbers (6) or ids (gru-06), written or not.").listOf(String.class);

    private final Arg<Long> seed = option("--seed").label("S")
            .description("Seed of the random pick; the same seed asks the same questions (default: random, shown"
                    + " at the end).").of(Long.class);

    private final Arg<String> time = option("--time").label("DURATION")
            .description("Time per question, e.g. 90s or 2m (default: each question's suggested time).").of(String.class);

    private final Arg<String> total = option("--total").label("DURATION")
            .description("Answering time for the whole interview, e.g. 30m; the last questions get what is left.").of(String.class);

    private final Arg<Boolean> noTimer = flag("--no-timer", "No countdown and no automatic submission; time is still measured.");

    private final Arg<Path> report = option("--report").label("FILE")
            .description("Also write the results as a Markdown report.").of(Path.class);

    private final DataOptions dataOptions = new DataOptions(this);

    private final Arg<String> grade = option("--grade").label("GRADE")
            .description("Plain mode only: keep this grade (again, hard, good, easy) instead of the suggested one.").of(String.class);

    private final BankOptions bankOptions = new BankOptions(this);

    private final ColorOptions colorOptions = new ColorOptions(this);

    InterviewCommand(Context context) {
        super(context, "interview", "A timed mock interview, graded against the model answers.",
                "A timed mock interview: questions one by one, typed answers with a live countdown, each answer graded"
                + " against the model answer's key points, and a summary at the end.",
                "",
                "Keys while answering: Enter starts a new line; an empty line (after some text) or Ctrl-D submits;"
                + " a line holding only /skip skips the question; Ctrl-C asks whether to end the interview"
                + " (answers graded so far are kept). At 0:00 the answer is submitted as it stands.",
                "Keys after an answer: Enter accepts the suggested grade, 1-4 picks Again/Hard/Good/Easy,"
                + " d shows the model answer's details (Space/b/q to page), f asks a bonus follow-up.",
                "",
                "Plain mode (standard input is not a terminal): answers are read from standard input, each ended by"
                + " a line holding only '.'; there is no countdown, time is measured; the suggested grade is kept"
                + " unless --grade says otherwise; the report goes to standard output, prompts to standard error.",
                "  printf 'answer one\\n.\\nanswer two\\n.\\n' | gru-drill interview --ids 2,6",
                "",
                "Every confirmed grade is appended at once to history.jsonl in the data folder (--data-dir, else"
                + " $GRU_DRILL_HOME, else $XDG_DATA_HOME/gru-drill, else ~/.local/share/gru-drill) and is a review"
                + " of that question for the scheduler (cards.json); the grade choices show the next review of each.");
    }

    @Override
    int execute() throws IOException {
        boolean interactive = context.stdinTerminal() && context.stdoutTerminal();
        Duration perQuestion = duration("--time", time.get());
        Duration totalTime = duration("--total", total.get());
        Grade fixedGrade = fixedGrade(interactive);
        checkSelectionOptions();
        checkReportFolder();
        TerminalSource terminal = interactive ? TerminalSource.early(context.terminals()) : null;

        Bank bank = bankOptions.loadOrFail(context);
        long pickSeed = seed.get() != null ? seed.get() : ThreadLocalRandom.current().nextLong(1, 1_000_000);
        List<Card> cards = new Selection(questions.get() == null ? DEFAULT_QUESTIONS : questions.get(), topic.get(), difficulty.get(),
                ids.get(), pickSeed).pick(bank);
        if (ids.get() == null && cards.size() < (questions.get() == null ? DEFAULT_QUESTIONS : questions.get())) {
            message("only " + cards.size() + " question" + (cards.size() == 1 ? " has" : "s have")
                    + " a written model answer matching; asking " + (cards.size() == 1 ? "it" : "those"));
        }
        CardStore store = new CardStore(dataFolder(), context.clock(), new Fsrs());
        try {
            Progress progress = store.load();
            store.takeNotes().forEach(this::message);
            InterviewSession session = new InterviewSession(UUID.randomUUID().toString(), cards, perQuestion,
                    totalTime, interactive && !noTimer.get());
            if (interactive) {
                new InteractiveInterview(session, context.clock(), store::record, progress::preview,
                        colorOptions.enabled(context)).run(terminal);
            } else {
                new PlainInterview(session, new BufferedReader(new InputStreamReader(context.stdin(),
                        StandardCharsets.UTF_8)), out(), err(), context.clock(), store::record, progress::preview, fixedGrade,
                        Screen.PLAIN_WIDTH).run();
            }
            store.takeNotes().forEach(this::message);
            long kept = session.results().stream().filter(r -> r.grade() != null).count();
            message(kept + " answer" + (kept == 1 ? "" : "s") + " kept in " + store.history().file()
                    + (ids.get() == null ? " · seed " + pickSeed : ""));
            if (report.get() != null) {
                writeReport(MarkdownReport.render(session, ids.get() == null ? pickSeed : null));
            }
        } catch (StoreException e) {
            throw CliException.badData(e.getMessage());
        }
        return ExitCodes.OK;
    }

    private static Duration duration(String option, String text) {
        if (text == null) {
            return null;
        }
        Duration d;
        try {
            d = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(option + ": " + e.getMessage());
        }
        if (d.isZero()) {
            throw CliException.usage(option + " must be more than 0s, not '" + text + "'");
        }
        return d;
    }

    private Grade fixedGrade(boolean interactive) {
        if (grade.get() == null) {
            return null;
        }
        if (interactive) {
            throw CliException.usage("--grade is for plain mode (answers from standard input); in a terminal you"
                    + " confirm each grade yourself");
        }
        return Grade.parse(grade.get()).orElseThrow(() -> CliException.usage(
                "--grade must be again, hard, good or easy, not '" + grade.get() + "'"));
    }

    private void checkSelectionOptions() {
        if (questions.get() != null && questions.get() < 1) {
            throw CliException.usage("--questions must be 1 or more, not " + questions.get());
        }
        if (difficulty.get() != null && (difficulty.get() < 1 || difficulty.get() > 3)) {
            throw CliException.usage("--difficulty must be 1, 2 or 3, not " + difficulty.get());
        }
        if (ids.get() != null) {
            if (ids.get().stream().anyMatch(String::isBlank)) {
                throw CliException.usage("--ids has an empty entry: give numbers or ids separated by commas");
            }
            if (questions.get() != null || topic.get() != null || difficulty.get() != null) {
                throw CliException.usage("--ids picks the questions itself; leave out --questions, --topic and"
                        + " --difficulty");
            }
        }
    }

    private void checkReportFolder() {
        if (report.get() == null) {
            return;
        }
        Path parent = report.get().toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw CliException.usage("--report: folder " + parent + " does not exist");
        }
        if (Files.isDirectory(report.get())) {
            throw CliException.usage("--report: " + report.get() + " is a folder; give a file name");
        }
    }

    /** --data-dir, else $GRU_DRILL_HOME, else $XDG_DATA_HOME/gru-drill, else ~/.local/share/gru-drill. */
    Path dataFolder() {
        return dataOptions.folder(context);
    }

    /** Written whole to a temp file beside it, then renamed over it, so a crash never leaves half a report. */
    private void writeReport(String markdown) {
        Path target = report.get().toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, markdown, StandardCharsets.UTF_8);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            message("report written to " + report.get());
        } catch (IOException e) {
            throw CliException.badData("cannot write the report " + report.get() + ": " + e.getMessage());
        }
    }
}
