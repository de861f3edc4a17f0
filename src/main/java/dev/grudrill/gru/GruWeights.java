package dev.grudrill.gru;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The weights of one GRU cell, or of one direction of one layer of {@code nn.GRU}, in PyTorch's layout:
 * {@code weight_ih} (3H×I) = [W_ir; W_iz; W_in], {@code weight_hh} (3H×H) = [W_hr; W_hz; W_hn],
 * {@code bias_ih} = [b_ir; b_iz; b_in] and {@code bias_hh} = [b_hr; b_hz; b_hn] (3H each). Gate order in
 * every tensor: reset r, update z, candidate n. Immutable: the getters return copies.
 */
public final class GruWeights {
    private final int input;
    private final int hidden;
    final double[] weightIh;
    final double[] weightHh;
    final double[] biasIh;
    final double[] biasHh;

    /** Checks shapes (H is read from {@code weight_hh}) and that every value is finite. */
    public GruWeights(RealMatrix weightIh, RealMatrix weightHh, RealVector biasIh, RealVector biasHh) {
        this("", weightIh, weightHh, biasIh, biasHh);
    }

    /**
     * The same, with {@code suffix} appended to the tensor names in error messages ({@code _l1_reverse}).
     */
    public GruWeights(String suffix, RealMatrix weightIh, RealMatrix weightHh, RealVector biasIh,
            RealVector biasHh) {
        this.hidden = weightHh.getColumnDimension();
        this.input = weightIh.getColumnDimension();
        int gates = 3 * hidden;
        this.weightHh = Tensors.flat("weight_hh" + suffix, weightHh, gates, hidden, "(3·H, H)");
        this.weightIh = Tensors.flat("weight_ih" + suffix, weightIh, gates, input, "(3·H, I)");
        this.biasIh = Tensors.flat("bias_ih" + suffix, biasIh, gates, "3·H");
        this.biasHh = Tensors.flat("bias_hh" + suffix, biasHh, gates, "3·H");
    }

    private GruWeights(int input, int hidden, double[] weightIh, double[] weightHh, double[] biasIh,
            double[] biasHh) {
        this.input = input;
        this.hidden = hidden;
        this.weightIh = weightIh;
        this.weightHh = weightHh;
        this.biasIh = biasIh;
        this.biasHh = biasHh;
    }

    /** All zeros: the start of a gradient sum. */
    static GruWeights zeros(int input, int hidden) {
        return new GruWeights(input, hidden, new double[3 * hidden * input], new double[3 * hidden * hidden],
                new double[3 * hidden], new double[3 * hidden]);
    }

    /**
     * PyTorch's default initialisation, every entry from U(−1/√H, 1/√H), drawn from {@code random} in
     * the order weight_ih, weight_hh, bias_ih, bias_hh, each row by row. The distribution is PyTorch's;
     * the stream of numbers is not (it is {@link SplittableRandom}'s).
     */
    public static GruWeights uniform(int input, int hidden, SplittableRandom random) {
        double bound = 1 / Math.sqrt(hidden);
        GruWeights w = zeros(input, hidden);
        for (double[] tensor : new double[][] {w.weightIh, w.weightHh, w.biasIh, w.biasHh}) {
            for (int i = 0; i < tensor.length; i++) {
                tensor[i] = random.nextDouble(-bound, bound);
            }
        }
        return w;
    }

    GruWeights copy() {
        return new GruWeights(input, hidden, weightIh.clone(), weightHh.clone(), biasIh.clone(), biasHh.clone());
    }

    /** The four arrays in state_dict order. */
    double[][] tensors() {
        return new double[][] {weightIh, weightHh, biasIh, biasHh};
    }

    public int inputSize() {
        return input;
    }

    public int hiddenSize() {
        return hidden;
    }

    public RealMatrix weightIh() {
        return Tensors.matrix(weightIh, 3 * hidden, input);
    }

    public RealMatrix weightHh() {
        return Tensors.matrix(weightHh, 3 * hidden, hidden);
    }

    public RealVector biasIh() {
        return Tensors.vector(biasIh.clone());
    }

    public RealVector biasHh() {
        return Tensors.vector(biasHh.clone());
    }
}
