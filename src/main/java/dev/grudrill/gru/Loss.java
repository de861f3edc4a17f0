package dev.grudrill.gru;

import org.apache.commons.math3.linear.RealMatrix;

/**
 * A scalar loss of a sequence's output: the sum of every output value (PyTorch {@code out.sum()}), or
 * the mean squared error against a target of the same shape ({@code F.mse_loss}, mean over all
 * elements).
 */
public final class Loss {
    private final double[] target;

    private Loss(double[] target) {
        this.target = target;
    }

    public static Loss sum() {
        return new Loss(null);
    }

    /**
     * @param target T×(D·H), the shape of the output
     */
    public static Loss meanSquaredError(RealMatrix target) {
        return new Loss(Tensors.flat("target", target, target.getRowDimension(), target.getColumnDimension(),
                "(T, D·H)"));
    }

    /** "sum" or "mse". */
    public String name() {
        return target == null ? "sum" : "mse";
    }

    /** Checks that the target fits an output of {@code steps}×{@code width}. */
    void checkShape(int steps, int width) {
        if (target != null && target.length != steps * width) {
            throw new SpecException("target has " + target.length + " values; expected (T, D·H) = (" + steps + ", "
                    + width + ")");
        }
    }

    double value(double[] output) {
        double sum = 0;
        for (int i = 0; i < output.length; i++) {
            double diff = target == null ? output[i] : output[i] - target[i];
            sum += target == null ? diff : diff * diff;
        }
        return target == null ? sum : sum / output.length;
    }

    /** ∂loss/∂output. */
    double[] gradient(double[] output) {
        double[] g = new double[output.length];
        for (int i = 0; i < output.length; i++) {
            g[i] = target == null ? 1 : 2 * (output[i] - target[i]) / output.length;
        }
        return g;
    }
}
