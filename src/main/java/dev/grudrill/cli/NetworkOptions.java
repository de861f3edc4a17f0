package dev.grudrill.cli;

import dev.grudrill.gru.GruNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code nn.GRU} a command runs, its input sequence and its initial state: from JSON files or
 * drawn from {@code --seed}. One {@code java.util.SplittableRandom}(seed) draws, in this order, the weights
 * (when no file gives them: PyTorch's default U(−1/√H, 1/√H), tensors in state_dict order, row by row)
 * and then the inputs (when {@code --steps} asks for them: U(−1, 1), step by step).
 */
final class NetworkOptions extends OptionGroup {
    static final int MAX_SIZE = 4096;
    static final int MAX_LAYERS = 16;
    static final int MAX_STEPS = 100_000;
    /** Weights plus kept activations, in doubles: about 400 MB. */
    static final long MAX_VALUES = 50_000_000;

    final Arg<Integer> input = option("--input").label("I").required()
            .description("Input size.").of(Integer.class);

    final Arg<Integer> hidden = option("--hidden").label("H").required()
            .description("Hidden size.").of(Integer.class);

    final Arg<Integer> layers = option("--layers").label("L").defaultValue("1")
            .description("Stacked layers (default: 1).").of(Integer.class);

    final Arg<Boolean> bidirectional = flag("--bidirectional", "Two directions per layer.");

    final Arg<Path> weights = option("--weights").label("FILE.json")
            .description("Weights by state_dict name: weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, … _reverse.").of(Path.class);

    final Arg<Long> seed = option("--seed").label("N")
            .description("Draw what no file gives: weights U(−1/√H, 1/√H) as PyTorch's default init, then inputs "
                    + "U(−1, 1) (java.util.SplittableRandom, not PyTorch's random stream).").of(Long.class);

    final Arg<Path> xs = option("--xs").label("FILE.json")
            .description("Input sequence: a JSON list of T rows of I numbers.").of(Path.class);

    final Arg<Integer> steps = option("--steps").label("T")
            .description("Length of a seeded input sequence.").of(Integer.class);

    final Arg<Path> h0 = option("--h0").label("FILE.json")
            .description("Initial states: (L·D) rows of H numbers, layer by layer, forward then reverse (default: zeros).").of(Path.class);

    NetworkOptions(BaseCommand command) {
        super(command);
    }

    int directions() {
        return bidirectional.get() ? 2 : 1;
    }

    /** {@code nn.GRU(input_size=3, hidden_size=4, num_layers=2, bidirectional=True)}. */
    String title() {
        return "nn.GRU(input_size=" + input.get() + ", hidden_size=" + hidden.get() + (layers.get() > 1 ? ", num_layers=" + layers.get() : "")
                + (bidirectional.get() ? ", bidirectional=True" : "") + ")";
    }

    /** The names of every tensor, in state_dict order. */
    List<String> tensorNames() {
        List<String> names = new ArrayList<>();
        for (int layer = 0; layer < layers.get(); layer++) {
            for (int d = 0; d < directions(); d++) {
                for (String tensor : GruNetwork.TENSORS) {
                    names.add(tensor + GruNetwork.suffix(layer, d));
                }
            }
        }
        return names;
    }

    void checkSizes() {
        within("--input", input.get(), MAX_SIZE);
        within("--hidden", hidden.get(), MAX_SIZE);
        within("--layers", layers.get(), MAX_LAYERS);
        if (steps.get() != null) {
            within("--steps", steps.get(), MAX_STEPS);
        }
        long d = directions();
        long perLayer = 3L * hidden.get() * (Math.max(input.get(), d * hidden.get()) + hidden.get() + 2);
        long parameters = d * layers.get() * perLayer;
        long kept = steps.get() == null ? 0 : 6L * steps.get() * layers.get() * d * hidden.get();
        if (parameters + kept > MAX_VALUES) {
            throw CliException.usage("too large for a calculator: about " + (parameters + kept)
                    + " values to hold (weights and activations); the limit is " + MAX_VALUES);
        }
    }

    static void within(String option, int value, int max) {
        if (value < 1 || value > max) {
            throw CliException.usage(option + " must be 1 to " + max + ", not " + value);
        }
    }



}
