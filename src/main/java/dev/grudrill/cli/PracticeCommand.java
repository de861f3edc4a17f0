package dev.grudrill.cli;

import dev.grudrill.drill.PracticeKind;
import dev.grudrill.drill.PracticeSession;
import dev.grudrill.term.InteractivePractice;
import dev.grudrill.term.PlainPractice;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

final class PracticeCommand extends BaseCommand {
    private final Arg<Integer> count = option("--count").label("N").defaultValue("" + PracticeSession.DEFAULT_COUNT)
            .description("How many problems (default: ${DEFAULT-VALUE}).").of(Integer.class);

    private final Arg<List<String>> kinds = option("--kind").label("KIND").split(",")
            .description("Only these kinds: params-gru, params-lstm, shape, step-gates, step-state.").listOf(String.class);

    private final Arg<Long> seed = option("--seed").label("S")
            .description("Seed of the problems; the same seed asks the same problems (default: random, shown"
                    + " at the end).").of(Long.class);

    private final DataOptions dataOptions = new DataOptions(this);

    private final ColorOptions colorOptions = new ColorOptions(this);

    PracticeCommand(Context context) {
        super(context, "practice", "Generated numeric problems from the calculators, checked exactly, with solutions.",
                "Generated numeric problems with exact answers from the GRU calculators: parameter counts (GRU, LSTM;"
                + " layers, bidirectional; PyTorch or Keras), tensor shapes, and the gates or new state of one GRU"
                + " step with small given weights. Each answer is checked exactly and the worked solution shown.",
                "Checking: counts exactly (1920, 1,920 and 1 920 are the same); shapes dimension by dimension ((384, 128),"
                + " 384x128); vectors value by value, each within 0.0005 (3 decimals, with a decimal point).",
                "Each kind of problem is one card of the scheduler: the kind due first comes next, a wrong answer (Again)"
                + " brings its kind back sooner, a right one (Good) later. Kinds: " + "params-gru, params-lstm,"
                + " shape, step-gates, step-state.",
                "",
                "Plain mode (standard input is not a terminal): one answer per line (skip skips); problems, verdicts and"
                + " solutions go to standard output.",
                "  printf '4800\\nskip\\n' | gru-drill practice --seed 1 --count 2");
    }

    @Override
    int execute() throws Exception {
        if (count.get() < 1) {
            throw CliException.usage("--count must be 1 or more, not " + count.get());
        }
        List<PracticeKind> chosen = kinds.get() == null ? Arrays.asList(PracticeKind.values())
                : kinds.get().stream().map(k -> PracticeKind.parse(k.strip()).orElseThrow(() -> CliException.usage(
                        "--kind: unknown kind '" + k + "' (kinds: " + PracticeKind.keys() + ")"))).distinct().toList();
        UserData data = UserData.load(this, dataOptions.folder(context));
        PracticeSession session = new PracticeSession(UUID.randomUUID().toString(), data.progress,
                seed.get() != null ? seed.get() : ThreadLocalRandom.current().nextLong(1, 1_000_000), count.get(), chosen);
        if (context.stdinTerminal() && context.stdoutTerminal()) {
            new InteractivePractice(session, context.clock(), data.cards::record, colorOptions.enabled(context))
                    .run(context.terminals());
        } else {
            new PlainPractice(session, new BufferedReader(new InputStreamReader(context.stdin(),
                    StandardCharsets.UTF_8)), out(), err(), context.clock(), data.cards::record, Screen.PLAIN_WIDTH)
                    .run();
        }
        data.printNotes(this);
        int answered = session.outcomes().size();
        message(answered + " answer" + (answered == 1 ? "" : "s") + " kept in " + data.cards.history().file());
        return ExitCodes.OK;
    }
}
