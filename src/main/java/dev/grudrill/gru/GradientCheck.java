package dev.grudrill.gru;

import org.apache.commons.math3.linear.RealMatrix;

/**
 * Compares backpropagated gradients with central finite differences of fourth order,
 * {@code (8·(L(θ + ε) − L(θ − ε)) − (L(θ + 2ε) − L(θ − 2ε))) / 12ε} with ε = {@value #STEP}, entry by
 * entry (the two-point difference has either truncation or rounding error near 1e-6 relative on small
 * gradients; this one stays near 1e-10). The error of one entry is
 * relative, {@code |a − n| / max(F, |a| + |n|)} (a analytic, n numeric): it is at most 1. The floor
 * {@code F = max(1e-8, 1e7 · ulp(L) / ε)} keeps entries whose gradient is (almost) zero from dividing
 * by zero, and sits far above the rounding noise of the differences (a few ulp(L) / ε), which next to
 * a true gradient of 1e-8 would otherwise count as a relative error of 1e-5. Tensors with more than
 * {@value #MAX_PER_TENSOR} entries are checked at that many evenly spaced entries.
 */
public final class GradientCheck {
    static final double STEP = 1e-3;
    public static final int MAX_PER_TENSOR = 200;
    private static final double MIN_FLOOR = 1e-8;

    /**
     * @param maxRelativeError the largest relative error over the entries compared
     * @param worst            where it is, e.g. {@code weight_hh_l1_reverse[4][2]}
     * @param entries          how many entries were compared
     * @param floor            F, the smallest denominator of the relative error
     */
    public record Result(double maxRelativeError, String worst, int entries, double floor) {
    }

    private GradientCheck() {
    }

    /** Checks every weight tensor, h0 and xs of {@code network} on the sequence {@code xs} from {@code h0}. */
    public static Result run(GruNetwork network, RealMatrix xs, RealMatrix h0, Loss loss) {
        GruSequence forward = network.forward(xs, h0);
        GruGradients analytic = GruBackward.gradients(forward, loss);
        GruNetwork copy = network.copy();
        int steps = forward.steps;
        double[] x = Tensors.flat("xs", xs, steps, network.inputSize(), "(T, I)");
        double[] start = h0 == null ? new double[network.layers() * network.directions() * network.hiddenSize()]
                : Tensors.flat("h0", h0, h0.getRowDimension(), network.hiddenSize(), "(L·D, H)");
        Worst worst = new Worst();
        worst.floor = Math.max(MIN_FLOOR, 1e7 * Math.ulp(Math.abs(loss.value(forward.output))) / STEP);
        int directions = network.directions();
        for (int layer = 0; layer < network.layers(); layer++) {
            for (int d = 0; d < directions; d++) {
                int index = layer * directions + d;
                double[][] params = copy.weightList().get(index).tensors();
                double[][] grads = analytic.weights.get(index).tensors();
                int[] columns = {copy.weightList().get(index).inputSize(), network.hiddenSize(), 0, 0};
                for (int k = 0; k < params.length; k++) {
                    String name = GruNetwork.TENSORS.get(k) + GruNetwork.suffix(layer, d);
                    compare(name, columns[k], params[k], grads[k], () -> loss.value(copy.forward(x, steps, start).output),
                            worst);
                }
            }
        }
        compare("h0", network.hiddenSize(), start, analytic.h0, () -> loss.value(copy.forward(x, steps, start).output),
                worst);
        compare("xs", network.inputSize(), x, analytic.xs, () -> loss.value(copy.forward(x, steps, start).output),
                worst);
        return new Result(worst.error, worst.where, worst.entries, worst.floor);
    }

    private static final class Worst {
        double error = 0;
        String where = "";
        int entries = 0;
        double floor;
    }

    private static double lossAt(double[] values, int i, double value, java.util.function.DoubleSupplier lossOf) {
        values[i] = value;
        return lossOf.getAsDouble();
    }

    private static void compare(String name, int columns, double[] values, double[] gradient,
            java.util.function.DoubleSupplier lossOf, Worst worst) {
        int count = Math.min(values.length, MAX_PER_TENSOR);
        for (int k = 0; k < count; k++) {
            int i = (int) ((long) k * values.length / count);
            double saved = values[i];
            double plus2 = lossAt(values, i, saved + 2 * STEP, lossOf);
            double plus1 = lossAt(values, i, saved + STEP, lossOf);
            double minus1 = lossAt(values, i, saved - STEP, lossOf);
            double minus2 = lossAt(values, i, saved - 2 * STEP, lossOf);
            // Differences first: equal losses (a parameter the loss does not depend on) give exactly 0.
            // Summed as −L₂ + 8L₁ − 8L₋₁ + L₋₂ they left a rounding residue of about 1e-16·|L| / 12ε,
            // which next to an analytic 0 counted as a relative error of several 1e-6.
            double numeric = (8 * (plus1 - minus1) - (plus2 - minus2)) / (12 * STEP);
            values[i] = saved;
            double error = Math.abs(gradient[i] - numeric) / Math.max(worst.floor, Math.abs(gradient[i]) + Math.abs(numeric));
            worst.entries++;
            if (error > worst.error || worst.where.isEmpty()) {
                worst.error = Math.max(error, worst.error);
                worst.where = name + (columns > 0 ? "[" + i / columns + "][" + i % columns + "]" : "[" + i + "]");
            }
        }
    }
}
