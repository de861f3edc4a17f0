package dev.grudrill.cli;

import java.nio.file.Path;

final class CalcForwardCommand extends BaseCommand {
    enum Reset { after, before }


    final Arg<String> x = option("--x").label("V,V,…").required()
            .description("The input x (I values).").of(String.class);

    final Arg<String> h = option("--h").label("V,V,…")
            .description("The previous state h (H values; default: zeros).").of(String.class);

    final Arg<Integer> hidden = option("--hidden").label("H")
            .description("Hidden size (needed with --seed and inline weights).").of(Integer.class);

    final Arg<Path> weights = option("--weights").label("FILE.json")
            .description("GRUCell tensors weight_ih (3H×I), weight_hh (3H×H), bias_ih, bias_hh (3H).").of(Path.class);

    final Arg<String> weightIh = option("--weight-ih").label("V,V,…")
            .description("weight_ih inline, 3H×I values row by row.").of(String.class);

    final Arg<String> weightHh = option("--weight-hh").label("V,V,…")
            .description("weight_hh inline, 3H×H values row by row.").of(String.class);

    final Arg<String> biasIh = option("--bias-ih").label("V,V,…")
            .description("bias_ih inline, 3H values.").of(String.class);

    final Arg<String> biasHh = option("--bias-hh").label("V,V,…")
            .description("bias_hh inline, 3H values.").of(String.class);

    final Arg<Long> seed = option("--seed").label("N")
            .description("Draw the weights U(−1/√H, 1/√H) with this seed.").of(Long.class);

    final Arg<Reset> reset = option("--reset").label("WHERE").defaultValue("after")
            .description("Reset gate: after = r ⊙ (W_hn h + b_hn) (PyTorch, cuDNN, Keras reset_after=True); before = W_hn (r ⊙ h), the two biases summed (Cho et al. 2014 v3, Keras reset_after=False).").of(Reset.class);

    final ReportOutput output = new ReportOutput(this);


    CalcForwardCommand(Context context) {
        super(context, "forward", "One GRU cell step: r, z, n and h' with their equations.",
                "One GRU cell step (nn.GRUCell): r, z, n and h' with their equations. Weights in PyTorch's "
                + "layout, gate rows r, z, n: from --weights FILE.json, inline (--weight-ih … row by row), or "
                + "--seed N (PyTorch's default init U(−1/√H, 1/√H), drawn with java.util.SplittableRandom: not "
                + "PyTorch's random stream).");
    }

    @Override
    int execute() {
        return new ForwardStep(this).run();
    }
}
