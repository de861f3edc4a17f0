package dev.grudrill.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "forward", header = "One GRU cell step: r, z, n and h' with their equations.",
        description = "One GRU cell step (nn.GRUCell): r, z, n and h' with their equations. Weights in PyTorch's "
            + "layout, gate rows r, z, n: from --weights FILE.json, inline (--weight-ih … row by row), or "
            + "--seed N (PyTorch's default init U(−1/√H, 1/√H), drawn with java.util.SplittableRandom: not "
            + "PyTorch's random stream).")
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
            description = "Reset gate: after = r ⊙ (W_hn h + b_hn) (PyTorch, cuDNN, Keras reset_after=True); before = W_hn (r ⊙ h), the two biases summed (Cho et al. 2014 v3, Keras reset_after=False).")
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
        return new ForwardStep(this).run();
    }
}
