package dev.grudrill.cli;

import dev.grudrill.gru.GradientFlow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class CalcGradientFlowCommand extends BaseCommand {

    static final int MAX_HIDDEN = 64;
    static final int MAX_STEPS = 1000;

    private final Arg<Integer> input = option("--input").label("I").defaultValue("4")
            .description("Input size (default: 4).").of(Integer.class);

    private final Arg<Integer> hidden = option("--hidden").label("H").defaultValue("16")
            .description("Hidden size (default: 16).").of(Integer.class);

    private final Arg<Integer> maxSteps = option("--max-steps").label("T").defaultValue("64")
            .description("Last T (default: 64).").of(Integer.class);

    private final Arg<Long> seed = option("--seed").label("N").defaultValue("1")
            .description("Seed of weights and inputs (default: 1).").of(Long.class);

    private final Arg<Double> gateBias = option("--gate-bias").label("B").defaultValue("0")
            .description("Added to the GRU's update-gate bias b_iz and the LSTM's forget-gate bias b_if (default: 0; try 3: z and f near 1 keep the state, and the gradient).").of(Double.class);

    private final ReportOutput output = new ReportOutput(this);


    CalcGradientFlowCommand(Context context) {
        super(context, "gradient-flow", "‖∂h_T/∂h_0‖ as T grows: GRU vs tanh RNN vs LSTM cell.",
                "How much of a change in h_0 still reaches h_T: the spectral norm (largest singular value) of "
                + "∂h_T/∂h_0 for a GRU and a tanh RNN, and of ∂c_T/∂c_0 for an LSTM's cell (all paths), as T "
                + "grows; same hidden size, same seeded inputs, PyTorch's default init U(−1/√H, 1/√H) (drawn with "
                + "java.util.SplittableRandom). A table and a log-scale chart.");
    }

    @Override
    int execute() {
        within("--input", input.get(), NetworkOptions.MAX_SIZE);
        within("--hidden", hidden.get(), MAX_HIDDEN);
        within("--max-steps", maxSteps.get(), MAX_STEPS);
        if (!Double.isFinite(gateBias.get()) || Math.abs(gateBias.get()) > 100) {
            throw CliException.usage("--gate-bias must be between -100 and 100, not " + gateBias.get());
        }
        List<GradientFlow.Point> points = GradientFlow.run(input.get(), hidden.get(), maxSteps.get(), seed.get(), gateBias.get());
        List<GradientFlow.Point> rows = new ArrayList<>();
        for (int t = 1; t < maxSteps.get(); t *= 2) {
            rows.add(points.get(t - 1));
        }
        rows.add(points.get(maxSteps.get() - 1));
        if (output.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schemaVersion", Json.SCHEMA_VERSION);
            doc.put("input", input.get());
            doc.put("hidden", hidden.get());
            doc.put("seed", seed.get());
            doc.put("gateBias", gateBias.get());
            doc.put("norm", "spectral");
            doc.put("points", points.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("steps", p.steps());
                m.put("gru", p.gru());
                m.put("rnn", p.rnn());
                m.put("lstmCell", p.lstmCell());
                return m;
            }).toList());
            Json.print(out(), doc);
            return ExitCodes.OK;
        }
        Screen screen = output.screen(context);
        out().println(screen.bold("Gradient flow") + ": spectral norm of ∂state_T/∂state_0, I = " + input.get() + ", H = "
                + hidden.get() + ", seed " + seed.get() + (gateBias.get() != 0 ? ", gate bias " + gateBias.get() : ""));
        out().println("GRU   ∂h_t/∂h_{t−1} = diag(z) + terms through W_hz, W_hn, W_hr  (z ≈ 1: near I)");
        out().println("RNN   ∂h_t/∂h_{t−1} = diag(1 − h_t²) W_hh                       (no gate)");
        out().println("LSTM  ∂c_t/∂c_{t−1} = diag(f) + terms through h                 (f ≈ 1: near I)");
        out().println();
        Table table = new Table(">T", ">GRU ‖∂h_T/∂h_0‖", ">RNN ‖∂h_T/∂h_0‖", ">LSTM ‖∂c_T/∂c_0‖");
        for (GradientFlow.Point p : rows) {
            table.add(String.valueOf(p.steps()), Numbers.scientific(p.gru()), Numbers.scientific(p.rnn()),
                    Numbers.scientific(p.lstmCell()));
        }
        table.text("  ", screen::bold).forEach(out()::println);
        out().println();
        double[] gru = points.stream().mapToDouble(GradientFlow.Point::gru).toArray();
        double[] rnn = points.stream().mapToDouble(GradientFlow.Point::rnn).toArray();
        double[] lstm = points.stream().mapToDouble(GradientFlow.Point::lstmCell).toArray();
        List<LogChart.Series> series = List.of(new LogChart.Series('G', "\u001b[32m", "GRU", gru),
                new LogChart.Series('R', "\u001b[31m", "RNN", rnn),
                new LogChart.Series('L', "\u001b[34m", "LSTM", lstm));
        LogChart.draw(series, Math.min(screen.width, 80), screen.colour).forEach(out()::println);
        out().println("  G GRU ‖∂h_T/∂h_0‖   R tanh RNN ‖∂h_T/∂h_0‖   L LSTM ‖∂c_T/∂c_0‖   * overlap");
        return ExitCodes.OK;
    }

    private static void within(String option, int value, int max) {
        if (value < 1 || value > max) {
            throw CliException.usage(option + " must be 1 to " + max + ", not " + value);
        }
    }
}
