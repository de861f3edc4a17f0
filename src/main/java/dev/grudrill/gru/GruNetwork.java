package dev.grudrill.gru;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A whole {@code nn.GRU} for one sample: L layers, one or two directions each. Layer 0 reads the
 * input (I values per step); layer l ≥ 1 reads the outputs of layer l − 1, both directions
 * concatenated [forward | reverse] (D·H values). The reverse direction runs from the last step to the
 * first. Weights are given per layer and direction in PyTorch's state_dict order: layer 0 forward,
 * layer 0 reverse, layer 1 forward, …; each is a {@link GruWeights} (gate rows [r | z | n]).
 */
public final class GruNetwork {
    /** Tensor names of one direction of a layer, without the suffix, in state_dict order. */
    public static final List<String> TENSORS = List.of("weight_ih", "weight_hh", "bias_ih", "bias_hh");

    private final int input;
    private final int hidden;
    private final int layers;
    private final boolean bidirectional;
    private final List<GruWeights> weights;

    /**
     * @throws SpecException if the number of weight sets or their sizes do not fit the network
     */
    public GruNetwork(int input, int hidden, int layers, boolean bidirectional, List<GruWeights> weights) {
        if (input < 1 || hidden < 1 || layers < 1) {
            throw new SpecException("input size, hidden size and layers must be 1 or more, not " + input + ", "
                    + hidden + ", " + layers);
        }
        this.input = input;
        this.hidden = hidden;
        this.layers = layers;
        this.bidirectional = bidirectional;
        int directions = directions();
        if (weights.size() != layers * directions) {
            throw new SpecException("a GRU with " + layers + " layer(s) and " + directions + " direction(s) needs "
                    + layers * directions + " weight sets, not " + weights.size());
        }
        for (int i = 0; i < weights.size(); i++) {
            GruWeights w = weights.get(i);
            int layer = i / directions;
            int expectedInput = layer == 0 ? input : directions * hidden;
            if (w.hiddenSize() != hidden || w.inputSize() != expectedInput) {
                throw new SpecException("weight_ih" + suffix(layer, i % directions) + " has shape ("
                        + 3 * w.hiddenSize() + ", " + w.inputSize() + "); expected (3·H, " + (layer == 0 ? "I" : "D·H")
                        + ") = (" + 3 * hidden + ", " + expectedInput + ")");
            }
        }
        this.weights = List.copyOf(weights);
    }

    /** PyTorch's default initialisation of every tensor, in state_dict order (see {@link GruWeights#uniform}). */
    public static GruNetwork uniform(int input, int hidden, int layers, boolean bidirectional,
            SplittableRandom random) {
        List<GruWeights> weights = new ArrayList<>();
        int directions = bidirectional ? 2 : 1;
        for (int layer = 0; layer < layers; layer++) {
            for (int d = 0; d < directions; d++) {
                weights.add(GruWeights.uniform(layer == 0 ? input : directions * hidden, hidden, random));
            }
        }
        return new GruNetwork(input, hidden, layers, bidirectional, weights);
    }

    /** The state_dict suffix of a layer and direction: {@code _l0}, {@code _l1_reverse}. */
    public static String suffix(int layer, int direction) {
        return "_l" + layer + (direction == 1 ? "_reverse" : "");
    }

    public int inputSize() {
        return input;
    }

    public int hiddenSize() {
        return hidden;
    }

    public int layers() {
        return layers;
    }

    public boolean bidirectional() {
        return bidirectional;
    }

    public int directions() {
        return bidirectional ? 2 : 1;
    }

    /** The weights of one layer and direction (0 forward, 1 reverse). */
    public GruWeights weights(int layer, int direction) {
        return weights.get(layer * directions() + direction);
    }

    List<GruWeights> weightList() {
        return weights;
    }

    GruNetwork copy() {
        return new GruNetwork(input, hidden, layers, bidirectional, weights.stream().map(GruWeights::copy).toList());
    }

    /**
     * Runs the sequence {@code xs} (T×I, one row per step) from {@code h0} ((L·D)×H, null for zeros).
     *
     * @throws SpecException if a shape is wrong or a value is not finite, or the pass overflows double
     *     precision
     */
    public GruSequence forward(RealMatrix xs, RealMatrix h0) {
        if (xs.getRowDimension() < 1) {
            throw new SpecException("xs has no steps");
        }
        int steps = xs.getRowDimension();
        double[] x = Tensors.flat("xs", xs, steps, input, "(T, I)");
        int states = layers * directions();
        double[] start = h0 == null ? new double[states * hidden] : Tensors.flat("h0", h0, states, hidden, "(L·D, H)");
        return forward(x, steps, start);
    }

    GruSequence forward(double[] x, int steps, double[] h0) {
        int directions = directions();
        GruSequence.Trace[] traces = new GruSequence.Trace[layers * directions];
        double[] hN = new double[layers * directions * hidden];
        double[] layerInput = x;
        int inputSize = input;
        double[][] layerInputs = new double[layers][];
        for (int layer = 0; layer < layers; layer++) {
            layerInputs[layer] = layerInput;
            double[] layerOutput = new double[steps * directions * hidden];
            for (int d = 0; d < directions; d++) {
                int index = layer * directions + d;
                GruSequence.Trace trace = new GruSequence.Trace(steps, hidden);
                runDirection(weights.get(index), layerInput, steps, inputSize, h0, index * hidden, d == 1, trace,
                        layerOutput, directions * hidden, d * hidden);
                System.arraycopy(trace.last, 0, hN, index * hidden, hidden);
                traces[index] = trace;
            }
            layerInput = layerOutput;
            inputSize = directions * hidden;
        }
        // Every gate and candidate feeds the output, so a NaN anywhere shows there.
        Tensors.requireNumbers("the forward pass", layerInput, hN);
        return new GruSequence(this, steps, layerInputs, layerInput, hN, traces);
    }

    /** One direction of one layer; keeps r, z, n, W_hn h + b_hn and h_{t−1} of every step for the backward pass. */
    private static void runDirection(GruWeights w, double[] x, int steps, int inputSize, double[] h0, int h0Offset,
            boolean reverse, GruSequence.Trace trace, double[] out, int outStride, int outOffset) {
        int size = w.hiddenSize();
        double[] h = new double[size];
        System.arraycopy(h0, h0Offset, h, 0, size);
        double[] gi = new double[3 * size];
        double[] gh = new double[3 * size];
        // Transposed once per sequence, so that every step's products vectorize (see Kernels).
        double[] weightIhT = Kernels.transpose(w.weightIh, 3 * size, inputSize);
        double[] weightHhT = Kernels.transpose(w.weightHh, 3 * size, size);
        for (int s = 0; s < steps; s++) {
            int t = reverse ? steps - 1 - s : s;
            Kernels.affineTransposed(weightIhT, w.biasIh, 3 * size, inputSize, x, t * inputSize, gi);
            Kernels.affineTransposed(weightHhT, w.biasHh, 3 * size, size, h, 0, gh);
            int at = t * size;
            for (int j = 0; j < size; j++) {
                double r = Kernels.sigmoid(gi[j] + gh[j]);
                double z = Kernels.sigmoid(gi[size + j] + gh[size + j]);
                double hn = gh[2 * size + j];
                double n = Math.tanh(gi[2 * size + j] + r * hn);
                trace.r[at + j] = r;
                trace.z[at + j] = z;
                trace.n[at + j] = n;
                trace.hn[at + j] = hn;
                trace.previous[at + j] = h[j];
                h[j] = (1 - z) * n + z * h[j];
                out[t * outStride + outOffset + j] = h[j];
            }
        }
        System.arraycopy(h, 0, trace.last, 0, size);
    }
}
