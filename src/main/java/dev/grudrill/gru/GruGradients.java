package dev.grudrill.gru;

import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Gradients of a loss with respect to every weight tensor of a {@link GruNetwork} (each layer and
 * direction's gradients laid out as its {@link GruWeights}), to {@code h0} ((L·D)×H) and to the inputs
 * {@code xs} (T×I).
 */
public final class GruGradients {
    private final GruNetwork network;
    private final double loss;
    final List<GruWeights> weights;
    final double[] h0;
    final double[] xs;
    private final int steps;

    GruGradients(GruNetwork network, double loss, List<GruWeights> weights, double[] h0, double[] xs, int steps) {
        this.network = network;
        this.loss = loss;
        this.weights = List.copyOf(weights);
        this.h0 = h0;
        this.xs = xs;
        this.steps = steps;
    }

    public double loss() {
        return loss;
    }

    /** ∂loss/∂(weights of one layer and direction), shaped like the weights. */
    public GruWeights weights(int layer, int direction) {
        return weights.get(layer * network.directions() + direction);
    }

    public RealMatrix h0() {
        return Tensors.matrix(h0, network.layers() * network.directions(), network.hiddenSize());
    }

    public RealMatrix xs() {
        return Tensors.matrix(xs, steps, network.inputSize());
    }
}
