package dev.grudrill.cli;

import dev.grudrill.gru.GruCell;
import dev.grudrill.gru.GruWeights;
import dev.grudrill.gru.SpecException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;

/** What {@code calc forward} computes and prints, apart from its options (see {@link NetworkInputs} for why). */
final class ForwardStep {
    private final CalcForwardCommand c;

    ForwardStep(CalcForwardCommand command) {
        this.c = command;
    }

    /** The cell's weights and a few words on where they came from. */
    private record Weights(GruWeights weights, String origin) {
    }

    int run() {
        double[] input = Numbers.parseList("--x", c.x.get());
        checkSize("the length of --x", input.length);
        Weights chosen = weights(input.length);
        GruWeights w = chosen.weights();
        if (c.hidden.get() != null && c.hidden.get() != w.hiddenSize()) {
            throw CliException.usage("--hidden is " + c.hidden.get() + " but the weights have H = " + w.hiddenSize());
        }
        if (w.inputSize() != input.length) {
            throw CliException.usage("--x has " + input.length + " values but the weights take I = " + w.inputSize());
        }
        double[] state = c.h.get() == null ? new double[w.hiddenSize()] : Numbers.parseList("--h", c.h.get());
        if (state.length != w.hiddenSize()) {
            throw CliException.usage("--h has " + state.length + " values; expected H = " + w.hiddenSize());
        }
        GruCell.Reset placement = c.reset.get() == CalcForwardCommand.Reset.after ? GruCell.Reset.AFTER : GruCell.Reset.BEFORE;
        GruCell.Step step = GruCell.step(w, new ArrayRealVector(input), new ArrayRealVector(state), placement);
        if (c.output.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schemaVersion", Json.SCHEMA_VERSION);
            doc.put("reset", c.reset.get().name());
            doc.put("r", step.r().toArray());
            doc.put("z", step.z().toArray());
            doc.put("n", step.n().toArray());
            doc.put("h", step.h().toArray());
            Json.print(c.out(), doc);
        } else {
            printText(step, w, chosen.origin(), c.output.screen(c.context));
        }
        return ExitCodes.OK;
    }

    /** Exactly one source of weights: a file, the four inline tensors, or the seed. */
    private Weights weights(int inputSize) {
        boolean inline = c.weightIh.get() != null || c.weightHh.get() != null || c.biasIh.get() != null || c.biasHh.get() != null;
        int sources = (c.weights.get() != null ? 1 : 0) + (inline ? 1 : 0) + (c.seed.get() != null ? 1 : 0);
        if (sources != 1) {
            throw CliException.usage("give the weights one way: --weights FILE.json, the four inline tensors"
                    + " (--weight-ih, --weight-hh, --bias-ih, --bias-hh) or --seed N");
        }
        if (c.weights.get() != null) {
            return new Weights(readWeights(), "weights from " + c.weights.get());
        }
        if (inline) {
            return new Weights(inlineWeights(inputSize), "weights given inline");
        }
        return new Weights(GruWeights.uniform(inputSize, requireHidden("--seed"), new SplittableRandom(c.seed.get())),
                "weights drawn with seed " + c.seed.get() + " from U(−1/√H, 1/√H)");
    }

    private void printText(GruCell.Step step, GruWeights w, String origin, Screen screen) {
        c.out().println(screen.bold("GRU cell step") + " (nn.GRUCell), I = " + w.inputSize() + ", H = " + w.hiddenSize()
                + "; " + origin);
        c.out().println(c.reset.get() == CalcForwardCommand.Reset.after
                ? "reset gate after the recurrent product: PyTorch, cuDNN, Keras reset_after=True"
                : "reset gate before the recurrent product, biases summed: Cho et al. 2014 v3, Keras reset_after=False");
        c.out().println();
        String candidate = c.reset.get() == CalcForwardCommand.Reset.after ? "n  = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))"
                : "n  = tanh(W_in x + W_hn (r ⊙ h) + b_in + b_hn)";
        equation("r  = σ(W_ir x + b_ir + W_hr h + b_hr)", step.r(), screen);
        equation("z  = σ(W_iz x + b_iz + W_hz h + b_hz)", step.z(), screen);
        equation(candidate, step.n(), screen);
        equation("h' = (1 − z) ⊙ n + z ⊙ h", step.h(), screen);
    }

    private void equation(String text, RealVector value, Screen screen) {
        c.out().println(text);
        Numbers.vector("   = ", value.toArray(), screen.width).forEach(c.out()::println);
    }

    private GruWeights readWeights() {
        TensorFile file = TensorFile.read(c.weights.get());
        file.requireNames(new LinkedHashSet<>(List.of("weight_ih", "weight_hh", "bias_ih", "bias_hh")));
        try {
            return new GruWeights(file.namedMatrix("weight_ih"), file.namedMatrix("weight_hh"),
                    file.namedVector("bias_ih"), file.namedVector("bias_hh"));
        } catch (SpecException e) {
            throw file.problem(e.getMessage());
        }
    }

    private GruWeights inlineWeights(int inputSize) {
        List<String> missing = new ArrayList<>();
        if (c.weightIh.get() == null) {
            missing.add("--weight-ih");
        }
        if (c.weightHh.get() == null) {
            missing.add("--weight-hh");
        }
        if (c.biasIh.get() == null) {
            missing.add("--bias-ih");
        }
        if (c.biasHh.get() == null) {
            missing.add("--bias-hh");
        }
        if (!missing.isEmpty()) {
            throw CliException.usage("inline weights need all four tensors; missing " + String.join(", ", missing));
        }
        int size = requireHidden("inline weights");
        return new GruWeights(
                new Array2DRowRealMatrix(rows("--weight-ih", c.weightIh.get(), 3 * size, inputSize, "3·H·I"), false),
                new Array2DRowRealMatrix(rows("--weight-hh", c.weightHh.get(), 3 * size, size, "3·H·H"), false),
                new ArrayRealVector(rows("--bias-ih", c.biasIh.get(), 1, 3 * size, "3·H")[0], false),
                new ArrayRealVector(rows("--bias-hh", c.biasHh.get(), 1, 3 * size, "3·H")[0], false));
    }

    private static double[][] rows(String option, String text, int rows, int cols, String expected) {
        double[] values = Numbers.parseList(option, text);
        if (values.length != rows * cols) {
            throw CliException.usage(option + " has " + values.length + " values; expected " + expected + " = "
                    + rows * cols);
        }
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(values, i * cols, out[i], 0, cols);
        }
        return out;
    }

    private int requireHidden(String what) {
        if (c.hidden.get() == null) {
            throw CliException.usage(what + " needs --hidden H");
        }
        checkSize("--hidden", c.hidden.get());
        return c.hidden.get();
    }

    private static void checkSize(String what, int value) {
        if (value < 1 || value > NetworkOptions.MAX_SIZE) {
            throw CliException.usage(what + " must be 1 to " + NetworkOptions.MAX_SIZE + ", not " + value);
        }
    }
}
