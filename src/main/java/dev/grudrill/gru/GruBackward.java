package dev.grudrill.gru;

import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation through time for {@link GruNetwork}. Per step, with δ = ∂L/∂h' and the values the
 * forward pass kept (PyTorch's convention and the CUDA kernel's formulas):
 * <pre>
 * δa_n = δ ⊙ (1 − z) ⊙ (1 − n²)             δg = δa_n ⊙ r     (g = W_hn h + b_hn)
 * δa_z = δ ⊙ (h − n) ⊙ z ⊙ (1 − z)           δa_r = δa_n ⊙ g ⊙ r ⊙ (1 − r)
 * ∂L/∂h = δ ⊙ z + W_hhᵀ [δa_r; δa_z; δg]     ∂L/∂x = W_ihᵀ [δa_r; δa_z; δa_n]
 * ∂W_ih += [δa_r; δa_z; δa_n] xᵀ  ∂b_ih += [δa_r; δa_z; δa_n]
 * ∂W_hh += [δa_r; δa_z; δg] hᵀ    ∂b_hh += [δa_r; δa_z; δg]
 * </pre>
 * Layers are walked from the last to the first; the gradient of a layer's input is the gradient of the
 * previous layer's output (both directions added).
 */
public final class GruBackward {
    private GruBackward() {
    }

    /**
     * The gradients of {@code loss} for the sequence {@code forward} computed.
     *
     * @throws SpecException if the loss's target does not have the output's shape, or the loss or a
     *     gradient overflows double precision
     */
    public static GruGradients gradients(GruSequence forward, Loss loss) {
        GruNetwork net = forward.network;
        int hidden = net.hiddenSize();
        int directions = net.directions();
        int steps = forward.steps;
        loss.checkShape(steps, directions * hidden);
        double[] dLayerOutput = loss.gradient(forward.output);
        List<GruWeights> grads = new ArrayList<>();
        for (GruWeights w : net.weightList()) {
            grads.add(GruWeights.zeros(w.inputSize(), hidden));
        }
        double[] dh0 = new double[net.layers() * directions * hidden];
        for (int layer = net.layers() - 1; layer >= 0; layer--) {
            int inputSize = layer == 0 ? net.inputSize() : directions * hidden;
            double[] dInput = new double[steps * inputSize];
            for (int d = 0; d < directions; d++) {
                int index = layer * directions + d;
                double[] dh = backDirection(net.weights(layer, d), forward.traces[index], forward.layerInputs[layer],
                        inputSize, steps, d == 1, dLayerOutput, directions * hidden, d * hidden, grads.get(index),
                        dInput);
                System.arraycopy(dh, 0, dh0, index * hidden, hidden);
            }
            dLayerOutput = dInput;
        }
        double value = loss.value(forward.output);
        Tensors.requireNumbers("the loss", new double[] {value});
        for (GruWeights g : grads) {
            Tensors.requireNumbers("the backward pass", g.tensors());
        }
        Tensors.requireNumbers("the backward pass", dh0, dLayerOutput);
        return new GruGradients(net, value, grads, dh0, dLayerOutput, steps);
    }

    /** One direction of one layer; adds into {@code g} and {@code dInput} and returns ∂L/∂h0 of the direction. */
    private static double[] backDirection(GruWeights w, GruSequence.Trace trace, double[] x, int inputSize, int steps,
            boolean reverse, double[] dOut, int outStride, int outOffset, GruWeights g, double[] dInput) {
        int size = w.hiddenSize();
        double[] dh = new double[size];
        double[] dInputGates = new double[3 * size];
        double[] dHiddenGates = new double[3 * size];
        for (int s = steps - 1; s >= 0; s--) {
            int t = reverse ? steps - 1 - s : s;
            int at = t * size;
            for (int j = 0; j < size; j++) {
                double delta = dOut[t * outStride + outOffset + j] + dh[j];
                double r = trace.r[at + j];
                double z = trace.z[at + j];
                double n = trace.n[at + j];
                double hn = trace.hn[at + j];
                double dan = delta * (1 - z) * (1 - n * n);
                double daz = delta * (trace.previous[at + j] - n) * z * (1 - z);
                double dar = dan * hn * r * (1 - r);
                dInputGates[j] = dar;
                dInputGates[size + j] = daz;
                dInputGates[2 * size + j] = dan;
                dHiddenGates[j] = dar;
                dHiddenGates[size + j] = daz;
                dHiddenGates[2 * size + j] = dan * r;
                dh[j] = delta * z;
            }
            Kernels.add(g.biasIh, dInputGates);
            Kernels.add(g.biasHh, dHiddenGates);
            Kernels.addOuter(g.weightIh, 3 * size, inputSize, dInputGates, x, t * inputSize);
            Kernels.addOuter(g.weightHh, 3 * size, size, dHiddenGates, trace.previous, at);
            Kernels.addTransposed(w.weightIh, 3 * size, inputSize, dInputGates, dInput, t * inputSize);
            Kernels.addTransposed(w.weightHh, 3 * size, size, dHiddenGates, dh, 0);
        }
        return dh;
    }
}
