package dev.grudrill.cli;

import dev.grudrill.gru.GruCell;
import dev.grudrill.gru.GruWeights;
import dev.grudrill.gru.SpecException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "forward", description = {"One GRU cell step (nn.GRUCell): r, z, n and h' with their equations.",
    "Weights in PyTorch's layout, gate rows r, z, n: from --weights FILE.json, inline",
    "(--weight-ih … row by row), or --seed N (PyTorch's default init U(−1/√H, 1/√H),",
    "drawn with java.util.SplittableRandom: not PyTorch's random stream)."})
final class CalcForwardCommand extends BaseCommand {
    enum Reset { after, before }

    enum Format { text, json }

    @Option(names = "--x", paramLabel = "V,V,…", required = true, description = "The input x (I values).")
    String x;

    @Option(names = "--h", paramLabel = "V,V,…", description = "The previous state h (H values; default: zeros).")
    String h;

    @Option(names = "--hidden", paramLabel = "H", description = "Hidden size (needed with --seed and inline weights).")
    Integer hidden;

    @Option(names = "--weights", paramLabel = "FILE.json",
            description = "GRUCell tensors weight_ih (3H×I), weight_hh (3H×H), bias_ih, bias_hh (3H).")
    Path weights;

    @Option(names = "--weight-ih", paramLabel = "V,V,…", description = "weight_ih inline, 3H×I values row by row.")
    String weightIh;

    @Option(names = "--weight-hh", paramLabel = "V,V,…", description = "weight_hh inline, 3H×H values row by row.")
    String weightHh;

    @Option(names = "--bias-ih", paramLabel = "V,V,…", description = "bias_ih inline, 3H values.")
    String biasIh;

    @Option(names = "--bias-hh", paramLabel = "V,V,…", description = "bias_hh inline, 3H values.")
    String biasHh;

    @Option(names = "--seed", paramLabel = "N", description = "Draw the weights U(−1/√H, 1/√H) with this seed.")
    Long seed;

    @Option(names = "--reset", paramLabel = "WHERE", defaultValue = "after",
            description = {"Reset gate: after = r ⊙ (W_hn h + b_hn) (PyTorch, cuDNN, Keras reset_after=True);",
                "before = W_hn (r ⊙ h), the two biases summed (Cho et al. 2014 v3, Keras reset_after=False)."})
    Reset reset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ColorOptions colorOptions;

    CalcForwardCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        double[] input = Numbers.parseList("--x", x);
        checkSize("the length of --x", input.length);
        String origin;
        GruWeights w;
        boolean inline = weightIh != null || weightHh != null || biasIh != null || biasHh != null;
        int sources = (weights != null ? 1 : 0) + (inline ? 1 : 0) + (seed != null ? 1 : 0);
        if (sources != 1) {
            throw CliException.usage("give the weights one way: --weights FILE.json, the four inline tensors"
                    + " (--weight-ih, --weight-hh, --bias-ih, --bias-hh) or --seed N");
        }
        if (weights != null) {
            w = readWeights();
            origin = "weights from " + weights;
        } else if (inline) {
            w = inlineWeights(input.length);
            origin = "weights given inline";
        } else {
            w = GruWeights.uniform(input.length, requireHidden("--seed"), new SplittableRandom(seed));
            origin = "weights drawn with seed " + seed + " from U(−1/√H, 1/√H)";
        }
        if (hidden != null && hidden != w.hiddenSize()) {
            throw CliException.usage("--hidden is " + hidden + " but the weights have H = " + w.hiddenSize());
        }
        if (w.inputSize() != input.length) {
            throw CliException.usage("--x has " + input.length + " values but the weights take I = " + w.inputSize());
        }
        double[] state = h == null ? new double[w.hiddenSize()] : Numbers.parseList("--h", h);
        if (state.length != w.hiddenSize()) {
            throw CliException.usage("--h has " + state.length + " values; expected H = " + w.hiddenSize());
        }
        GruCell.Reset placement = reset == Reset.after ? GruCell.Reset.AFTER : GruCell.Reset.BEFORE;
        GruCell.Step step = GruCell.step(w, new ArrayRealVector(input), new ArrayRealVector(state), placement);
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schemaVersion", Json.SCHEMA_VERSION);
            doc.put("reset", reset.name());
            doc.put("r", step.r().toArray());
            doc.put("z", step.z().toArray());
            doc.put("n", step.n().toArray());
            doc.put("h", step.h().toArray());
            Json.print(out(), doc);
        } else {
            printText(step, w, origin, Screen.of(context, colorOptions));
        }
        return ExitCodes.OK;
    }

    private void printText(GruCell.Step step, GruWeights w, String origin, Screen screen) {
        out().println(screen.bold("GRU cell step") + " (nn.GRUCell), I = " + w.inputSize() + ", H = " + w.hiddenSize()
                + "; " + origin);
        out().println(reset == Reset.after
                ? "reset gate after the recurrent product: PyTorch, cuDNN, Keras reset_after=True"
                : "reset gate before the recurrent product, biases summed: Cho et al. 2014 v3, Keras reset_after=False");
        out().println();
        String candidate = reset == Reset.after ? "n  = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))"
                : "n  = tanh(W_in x + W_hn (r ⊙ h) + b_in + b_hn)";
        equation("r  = σ(W_ir x + b_ir + W_hr h + b_hr)", step.r(), screen);
        equation("z  = σ(W_iz x + b_iz + W_hz h + b_hz)", step.z(), screen);
        equation(candidate, step.n(), screen);
        equation("h' = (1 − z) ⊙ n + z ⊙ h", step.h(), screen);
    }

    private void equation(String text, RealVector value, Screen screen) {
        out().println(text);
        Numbers.vector("   = ", value.toArray(), screen.width).forEach(out()::println);
    }

    private GruWeights readWeights() {
        TensorFile file = TensorFile.read(weights);
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
        if (weightIh == null) {
            missing.add("--weight-ih");
        }
        if (weightHh == null) {
            missing.add("--weight-hh");
        }
        if (biasIh == null) {
            missing.add("--bias-ih");
        }
        if (biasHh == null) {
            missing.add("--bias-hh");
        }
        if (!missing.isEmpty()) {
            throw CliException.usage("inline weights need all four tensors; missing " + String.join(", ", missing));
        }
        int size = requireHidden("inline weights");
        return new GruWeights(
                new Array2DRowRealMatrix(rows("--weight-ih", weightIh, 3 * size, inputSize, "3·H·I"), false),
                new Array2DRowRealMatrix(rows("--weight-hh", weightHh, 3 * size, size, "3·H·H"), false),
                new ArrayRealVector(rows("--bias-ih", biasIh, 1, 3 * size, "3·H")[0], false),
                new ArrayRealVector(rows("--bias-hh", biasHh, 1, 3 * size, "3·H")[0], false));
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
        if (hidden == null) {
            throw CliException.usage(what + " needs --hidden H");
        }
        checkSize("--hidden", hidden);
        return hidden;
    }

    private static void checkSize(String what, int value) {
        if (value < 1 || value > NetworkOptions.MAX_SIZE) {
            throw CliException.usage(what + " must be 1 to " + NetworkOptions.MAX_SIZE + ", not " + value);
        }
    }
}
