package dev.grudrill.cli;

import dev.grudrill.gru.GruNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code nn.GRU} a command runs, its input sequence and its initial state: from JSON files or
 * drawn from {@code --seed}. One {@code java.util.SplittableRandom}(seed) draws, in this order, the weights
 * (when no file gives them: PyTorch's default U(−1/√H, 1/√H), tensors in state_dict order, row by row)
 * and then the inputs (when {@code --steps} asks for them: U(−1, 1), step by step).
 */
final class NetworkOptions {
    static final int MAX_SIZE = 4096;
    static final int MAX_LAYERS = 16;
    static final int MAX_STEPS = 100_000;
    /** Weights plus kept activations, in doubles: about 400 MB. */
    static final long MAX_VALUES = 50_000_000;

    @Option(names = "--input", paramLabel = "I", required = true, description = "Input size.")
    int input;

    @Option(names = "--hidden", paramLabel = "H", required = true, description = "Hidden size.")
    int hidden;

    @Option(names = "--layers", paramLabel = "L", defaultValue = "1", description = "Stacked layers (default: 1).")
    int layers;

    @Option(names = "--bidirectional", description = "Two directions per layer.")
    boolean bidirectional;

    @Option(names = "--weights", paramLabel = "FILE.json",
            description = "Weights by state_dict name: weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, … _reverse.")
    Path weights;

    @Option(names = "--seed", paramLabel = "N",
            description = "Draw what no file gives: weights U(−1/√H, 1/√H) as PyTorch's default init, then inputs "
                    + "U(−1, 1) (java.util.SplittableRandom, not PyTorch's random stream).")
    Long seed;

    @Option(names = "--xs", paramLabel = "FILE.json", description = "Input sequence: a JSON list of T rows of I numbers.")
    Path xs;

    @Option(names = "--steps", paramLabel = "T", description = "Length of a seeded input sequence.")
    Integer steps;

    @Option(names = "--h0", paramLabel = "FILE.json",
            description = "Initial states: (L·D) rows of H numbers, layer by layer, forward then reverse (default: zeros).")
    Path h0;

    int directions() {
        return bidirectional ? 2 : 1;
    }

    /** {@code nn.GRU(input_size=3, hidden_size=4, num_layers=2, bidirectional=True)}. */
    String title() {
        return "nn.GRU(input_size=" + input + ", hidden_size=" + hidden + (layers > 1 ? ", num_layers=" + layers : "")
                + (bidirectional ? ", bidirectional=True" : "") + ")";
    }

    /** The names of every tensor, in state_dict order. */
    List<String> tensorNames() {
        List<String> names = new ArrayList<>();
        for (int layer = 0; layer < layers; layer++) {
            for (int d = 0; d < directions(); d++) {
                for (String tensor : GruNetwork.TENSORS) {
                    names.add(tensor + GruNetwork.suffix(layer, d));
                }
            }
        }
        return names;
    }

    void checkSizes() {
        within("--input", input, MAX_SIZE);
        within("--hidden", hidden, MAX_SIZE);
        within("--layers", layers, MAX_LAYERS);
        if (steps != null) {
            within("--steps", steps, MAX_STEPS);
        }
        long d = directions();
        long perLayer = 3L * hidden * (Math.max(input, d * hidden) + hidden + 2);
        long parameters = d * layers * perLayer;
        long kept = steps == null ? 0 : 6L * steps * layers * d * hidden;
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
