package dev.grudrill.gru;

import org.apache.commons.math3.linear.RealMatrix;

/**
 * What {@link GruNetwork#forward} returns: {@code output} (T×(D·H), the last layer's states, both
 * directions concatenated per step) and {@code hN} ((L·D)×H, the final state of every layer and
 * direction; the reverse direction ends at step 0), as {@code nn.GRU} returns them for one sample.
 * It also keeps, per step, the values the backward pass needs.
 */
public final class GruSequence {
    /** Per step (row t, indexed by time, not by processing order) of one layer and direction. */
    static final class Trace {
        final double[] r;
        final double[] z;
        final double[] n;
        /** {@code W_hn h_{t−1} + b_hn}, before the reset gate. */
        final double[] hn;
        final double[] previous;
        final double[] last;

        Trace(int steps, int hidden) {
            r = new double[steps * hidden];
            z = new double[steps * hidden];
            n = new double[steps * hidden];
            hn = new double[steps * hidden];
            previous = new double[steps * hidden];
            last = new double[hidden];
        }
    }

    final GruNetwork network;
    final int steps;
    final double[][] layerInputs;
    final double[] output;
    final double[] hN;
    final Trace[] traces;

    GruSequence(GruNetwork network, int steps, double[][] layerInputs, double[] output, double[] hN,
            Trace[] traces) {
        this.network = network;
        this.steps = steps;
        this.layerInputs = layerInputs;
        this.output = output;
        this.hN = hN;
        this.traces = traces;
    }

    public int steps() {
        return steps;
    }

    /** T×(D·H). */
    public RealMatrix output() {
        return Tensors.matrix(output, steps, network.directions() * network.hiddenSize());
    }

    /** (L·D)×H. */
    public RealMatrix hN() {
        return Tensors.matrix(hN, network.layers() * network.directions(), network.hiddenSize());
    }

    /** The reset gate r of one layer and direction, T×H (row t = step t). */
    public RealMatrix resetGates(int layer, int direction) {
        return Tensors.matrix(trace(layer, direction).r, steps, network.hiddenSize());
    }

    /** The update gate z of one layer and direction, T×H (row t = step t). */
    public RealMatrix updateGates(int layer, int direction) {
        return Tensors.matrix(trace(layer, direction).z, steps, network.hiddenSize());
    }

    private Trace trace(int layer, int direction) {
        return traces[layer * network.directions() + direction];
    }
}
