package dev.grudrill.gru;

import org.apache.commons.math3.linear.RealVector;

/**
 * One GRU step, {@code nn.GRUCell}. With the reset gate applied after the recurrent product (PyTorch,
 * cuDNN, Keras {@code reset_after=True}):
 * <pre>
 * r  = σ(W_ir x + b_ir + W_hr h + b_hr)
 * z  = σ(W_iz x + b_iz + W_hz h + b_hz)
 * n  = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
 * h' = (1 − z) ⊙ n + z ⊙ h
 * </pre>
 * With the reset gate applied before (Cho et al. 2014 v3, Keras {@code reset_after=False}) only the
 * candidate changes, and its two bias vectors act as one: {@code n = tanh(W_in x + W_hn (r ⊙ h) + b_in + b_hn)}.
 */
public final class GruCell {
    /** Where the reset gate acts on the previous state. */
    public enum Reset {
        /** {@code r ⊙ (W_hn h + b_hn)}: PyTorch, cuDNN, Keras reset_after=True. */
        AFTER,
        /** {@code W_hn (r ⊙ h)}: Cho et al. 2014 v3, Keras reset_after=False. */
        BEFORE
    }

    /** The gates and the new state of one step. */
    public record Step(RealVector r, RealVector z, RealVector n, RealVector h) {
    }

    private GruCell() {
    }

    /**
     * One step from state {@code h} on input {@code x}.
     *
     * @throws SpecException if x or h has the wrong length or a value that is not finite, or the step
     *     overflows double precision
     */
    public static Step step(GruWeights w, RealVector x, RealVector h, Reset reset) {
        int size = w.hiddenSize();
        double[] xs = Tensors.flat("x", x, w.inputSize(), "I");
        double[] hs = Tensors.flat("h", h, size, "H");
        double[] gi = new double[3 * size];
        double[] gh = new double[3 * size];
        Kernels.affine(w.weightIh, w.biasIh, 0, 3 * size, w.inputSize(), xs, 0, gi);
        Kernels.affine(w.weightHh, w.biasHh, 0, 2 * size, size, hs, 0, gh);
        double[] r = new double[size];
        double[] z = new double[size];
        for (int j = 0; j < size; j++) {
            r[j] = Kernels.sigmoid(gi[j] + gh[j]);
            z[j] = Kernels.sigmoid(gi[size + j] + gh[size + j]);
        }
        double[] candidateInput = new double[size];
        if (reset == Reset.AFTER) {
            Kernels.affine(w.weightHh, w.biasHh, 2 * size, 3 * size, size, hs, 0, candidateInput);
            for (int j = 0; j < size; j++) {
                candidateInput[j] *= r[j];
            }
        } else {
            double[] resetState = new double[size];
            for (int j = 0; j < size; j++) {
                resetState[j] = r[j] * hs[j];
            }
            Kernels.affine(w.weightHh, w.biasHh, 2 * size, 3 * size, size, resetState, 0, candidateInput);
        }
        double[] n = new double[size];
        double[] next = new double[size];
        for (int j = 0; j < size; j++) {
            n[j] = Math.tanh(gi[2 * size + j] + candidateInput[j]);
            next[j] = (1 - z[j]) * n[j] + z[j] * hs[j];
        }
        Tensors.requireNumbers("the GRU step", r, z, n, next);
        return new Step(Tensors.vector(r), Tensors.vector(z), Tensors.vector(n), Tensors.vector(next));
    }
}
