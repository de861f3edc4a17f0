package dev.grudrill.gru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GradientFlowTest {
    private static final double STEP = 1e-6;
    private static final double JACOBIAN_TOLERANCE = 1e-8;

    /** The Jacobian of {@code step} at {@code state} by central differences, column by column. */
    private static double[][] numericJacobian(Function<double[], double[]> step, double[] state) {
        int n = state.length;
        double[][] j = new double[n][n];
        for (int k = 0; k < n; k++) {
            double[] plus = state.clone();
            double[] minus = state.clone();
            plus[k] += STEP;
            minus[k] -= STEP;
            double[] a = step.apply(plus);
            double[] b = step.apply(minus);
            for (int i = 0; i < n; i++) {
                j[i][k] = (a[i] - b[i]) / (2 * STEP);
            }
        }
        return j;
    }

    private static void assertClose(double[][] expected, double[][] actual) {
        for (int i = 0; i < expected.length; i++) {
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[i][k], actual[i][k], JACOBIAN_TOLERANCE, "[" + i + "][" + k + "]");
            }
        }
    }

    @Test
    void gruStepJacobianMatchesFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(5);
        GruWeights w = GruWeights.uniform(3, 5, random);
        double[] x = random.doubles(3, -1, 1).toArray();
        double[] h = random.doubles(5, -1, 1).toArray();
        double[][] analytic = GradientFlow.gruStep(w, x, 0, h.clone());
        assertClose(numericJacobian(s -> {
            double[] copy = s.clone();
            GradientFlow.gruStep(w, x, 0, copy);
            return copy;
        }, h), analytic);
    }

    @Test
    void rnnAndLstmStepJacobiansMatchFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(6);
        int size = 4;
        double[][] rnn = {random.doubles(size * 2, -0.5, 0.5).toArray(), random.doubles(size * size, -0.5, 0.5)
            .toArray(), random.doubles(size, -0.5, 0.5).toArray(), random.doubles(size, -0.5, 0.5).toArray()};
        double[] x = random.doubles(2, -1, 1).toArray();
        double[] h = random.doubles(size, -1, 1).toArray();
        assertClose(numericJacobian(s -> {
            double[] copy = s.clone();
            GradientFlow.rnnStep(rnn, 2, x, 0, copy);
            return copy;
        }, h), GradientFlow.rnnStep(rnn, 2, x, 0, h.clone()));
        double[][] lstm = {random.doubles(4 * size * 2, -0.5, 0.5).toArray(),
            random.doubles(4 * size * size, -0.5, 0.5).toArray(), random.doubles(4 * size, -0.5, 0.5).toArray(),
            random.doubles(4 * size, -0.5, 0.5).toArray()};
        double[] state = random.doubles(2 * size, -1, 1).toArray();
        Function<double[], double[]> step = s -> {
            double[] hh = java.util.Arrays.copyOfRange(s, 0, size);
            double[] cc = java.util.Arrays.copyOfRange(s, size, 2 * size);
            GradientFlow.lstmStep(lstm, 2, x, 0, hh, cc);
            double[] out = new double[2 * size];
            System.arraycopy(hh, 0, out, 0, size);
            System.arraycopy(cc, 0, out, size, size);
            return out;
        };
        double[][] analytic = GradientFlow.lstmStep(lstm, 2, x, 0, java.util.Arrays.copyOfRange(state, 0, size),
                java.util.Arrays.copyOfRange(state, size, 2 * size));
        assertClose(numericJacobian(step, state), analytic);
    }

    @Test
    void aSingleGruStepAgreesWithTheBackwardPass() {
        // With loss = u·h_1 (u = ones), ∂loss/∂h0 = Jᵀ u: the column sums of the step Jacobian.
        SplittableRandom random = new SplittableRandom(8);
        GruNetwork net = GruNetwork.uniform(2, 3, 1, false, random);
        double[] x = random.doubles(2, -1, 1).toArray();
        double[] h0 = random.doubles(3, -1, 1).toArray();
        GruGradients g = GruBackward.gradients(net.forward(x, 1, h0), Loss.sum());
        double[][] j = GradientFlow.gruStep(net.weights(0, 0), x, 0, h0.clone());
        for (int k = 0; k < 3; k++) {
            assertEquals(j[0][k] + j[1][k] + j[2][k], g.h0[k], 1e-14);
        }
    }

    @Test
    void aKeepBiasOnTheUpdateGateLetsTheGradientThrough() {
        List<GradientFlow.Point> plain = GradientFlow.run(4, 16, 64, 1, 0);
        List<GradientFlow.Point> keep = GradientFlow.run(4, 16, 64, 1, 3);
        assertEquals(64, plain.size());
        assertTrue(plain.get(63).gru() < 1e-10, "vanishes at default init: " + plain.get(63));
        assertTrue(keep.get(63).gru() > 1e-3, "z ≈ 1 keeps it: " + keep.get(63));
        assertTrue(keep.get(63).rnn() == plain.get(63).rnn(), "the RNN has no gate bias");
    }
}
