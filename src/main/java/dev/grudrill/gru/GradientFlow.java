package dev.grudrill.gru;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * How much of a change in the first state reaches step T: the spectral norm (largest singular value)
 * of the Jacobian ∂h_T/∂h_0 for a GRU and a tanh RNN, and of ∂c_T/∂c_0 for an LSTM's cell state (through
 * every path, not only the forget-gate product). The Jacobians are multiplied step by step:
 * <pre>
 * GRU   ∂h_t/∂h_{t−1} = diag(z) + diag((h − n) ⊙ z ⊙ (1 − z)) W_hz
 *                      + diag((1 − z) ⊙ (1 − n²)) [diag(r) W_hn + diag(g ⊙ r ⊙ (1 − r)) W_hr],  g = W_hn h + b_hn
 * RNN   ∂h_t/∂h_{t−1} = diag(1 − h_t²) W_hh
 * LSTM  the 2H×2H Jacobian of (h_t, c_t) on (h_{t−1}, c_{t−1}), whose c→c block is diag(f) plus the paths through h
 * </pre>
 * All three get the same hidden size and the same inputs; weights are PyTorch's default init
 * U(−1/√H, 1/√H) drawn from one {@link SplittableRandom}(seed) in the order GRU, RNN, LSTM, then the inputs
 * U(−1, 1); states start at zero. {@code gateBias} is added to the GRU's update-gate bias {@code b_iz} and to
 * the LSTM's forget-gate bias {@code b_if}: positive values make z and f keep the state.
 */
public final class GradientFlow {
    /** The three norms after {@code steps} steps. */
    public record Point(int steps, double gru, double rnn, double lstmCell) {
    }

    private GradientFlow() {
    }

    /** Norms for T = 1 … maxSteps (every step). */
    public static List<Point> run(int input, int hidden, int maxSteps, long seed, double gateBias) {
        if (input < 1 || hidden < 1 || maxSteps < 1) {
            throw new SpecException("input, hidden and steps must be 1 or more");
        }
        int h = hidden;
        SplittableRandom random = new SplittableRandom(seed);
        GruWeights gru = GruWeights.uniform(input, h, random);
        for (int j = 0; j < h; j++) {
            gru.biasIh[h + j] += gateBias;
        }
        double[][] rnn = uniform(random, h, new int[] {h * input, h * h, h, h});
        double[][] lstm = uniform(random, h, new int[] {4 * h * input, 4 * h * h, 4 * h, 4 * h});
        for (int j = 0; j < h; j++) {
            lstm[2][h + j] += gateBias;
        }
        double[] xs = new double[maxSteps * input];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = random.nextDouble(-1, 1);
        }
        double[] hGru = new double[h];
        double[] hRnn = new double[h];
        double[] hLstm = new double[h];
        double[] cLstm = new double[h];
        double[][] pGru = identity(h);
        double[][] pRnn = identity(h);
        double[][] pLstm = identity(2 * h);
        List<Point> points = new ArrayList<>();
        for (int t = 0; t < maxSteps; t++) {
            pGru = multiply(gruStep(gru, xs, t * input, hGru), pGru);
            pRnn = multiply(rnnStep(rnn, input, xs, t * input, hRnn), pRnn);
            pLstm = multiply(lstmStep(lstm, input, xs, t * input, hLstm, cLstm), pLstm);
            points.add(new Point(t + 1, spectralNorm(pGru, 0, h), spectralNorm(pRnn, 0, h), spectralNorm(pLstm, h, h)));
        }
        return points;
    }

    /** One GRU step in place on {@code h}; returns ∂h_t/∂h_{t−1}. */
    static double[][] gruStep(GruWeights w, double[] xs, int xOff, double[] h) {
        int size = h.length;
        double[] gi = new double[3 * size];
        double[] gh = new double[3 * size];
        Kernels.affine(w.weightIh, w.biasIh, 0, 3 * size, w.inputSize(), xs, xOff, gi);
        Kernels.affine(w.weightHh, w.biasHh, 0, 3 * size, size, h, 0, gh);
        double[][] jacobian = new double[size][size];
        double[] next = new double[size];
        for (int i = 0; i < size; i++) {
            double r = Kernels.sigmoid(gi[i] + gh[i]);
            double z = Kernels.sigmoid(gi[size + i] + gh[size + i]);
            double g = gh[2 * size + i];
            double n = Math.tanh(gi[2 * size + i] + r * g);
            double viaZ = (h[i] - n) * z * (1 - z);
            double viaN = (1 - z) * (1 - n * n);
            for (int k = 0; k < size; k++) {
                double whr = w.weightHh[i * size + k];
                double whz = w.weightHh[(size + i) * size + k];
                double whn = w.weightHh[(2 * size + i) * size + k];
                jacobian[i][k] = viaZ * whz + viaN * (r * whn + g * r * (1 - r) * whr);
            }
            jacobian[i][i] += z;
            next[i] = (1 - z) * n + z * h[i];
        }
        System.arraycopy(next, 0, h, 0, size);
        return jacobian;
    }

    /** One tanh RNN step in place; {@code w} = weight_ih, weight_hh, bias_ih, bias_hh. */
    static double[][] rnnStep(double[][] w, int input, double[] xs, int xOff, double[] h) {
        int size = h.length;
        double[] a = new double[size];
        double[] ah = new double[size];
        Kernels.affine(w[0], w[2], 0, size, input, xs, xOff, a);
        Kernels.affine(w[1], w[3], 0, size, size, h, 0, ah);
        double[][] jacobian = new double[size][size];
        for (int i = 0; i < size; i++) {
            h[i] = Math.tanh(a[i] + ah[i]);
            double slope = 1 - h[i] * h[i];
            for (int k = 0; k < size; k++) {
                jacobian[i][k] = slope * w[1][i * size + k];
            }
        }
        return jacobian;
    }

    /** One LSTM step (gate rows i, f, g, o as in PyTorch) in place on h and c; returns ∂(h, c)_t/∂(h, c)_{t−1}. */
    static double[][] lstmStep(double[][] w, int input, double[] xs, int xOff, double[] h, double[] c) {
        int size = h.length;
        double[] a = new double[4 * size];
        double[] ah = new double[4 * size];
        Kernels.affine(w[0], w[2], 0, 4 * size, input, xs, xOff, a);
        Kernels.affine(w[1], w[3], 0, 4 * size, size, h, 0, ah);
        double[][] jacobian = new double[2 * size][2 * size];
        for (int i = 0; i < size; i++) {
            double in = Kernels.sigmoid(a[i] + ah[i]);
            double forget = Kernels.sigmoid(a[size + i] + ah[size + i]);
            double cand = Math.tanh(a[2 * size + i] + ah[2 * size + i]);
            double out = Kernels.sigmoid(a[3 * size + i] + ah[3 * size + i]);
            double cNext = forget * c[i] + in * cand;
            double tc = Math.tanh(cNext);
            double dcdf = c[i] * forget * (1 - forget);
            double dcdi = cand * in * (1 - in);
            double dcdg = in * (1 - cand * cand);
            double dhdc = out * (1 - tc * tc);
            double dhdo = tc * out * (1 - out);
            for (int k = 0; k < size; k++) {
                double dcdh = dcdf * w[1][(size + i) * size + k] + dcdi * w[1][i * size + k]
                        + dcdg * w[1][(2 * size + i) * size + k];
                jacobian[size + i][k] = dcdh;
                jacobian[i][k] = dhdo * w[1][(3 * size + i) * size + k] + dhdc * dcdh;
            }
            jacobian[size + i][size + i] = forget;
            jacobian[i][size + i] = dhdc * forget;
            c[i] = cNext;
            h[i] = out * tc;
        }
        return jacobian;
    }

    private static double[][] uniform(SplittableRandom random, int hidden, int[] lengths) {
        double bound = 1 / Math.sqrt(hidden);
        double[][] out = new double[lengths.length][];
        for (int k = 0; k < lengths.length; k++) {
            out[k] = random.doubles(lengths[k], -bound, bound).toArray();
        }
        return out;
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int inner = b.length;
        int m = b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                for (int j = 0; j < m; j++) {
                    out[i][j] += aik * b[k][j];
                }
            }
        }
        return out;
    }

    /** The largest singular value of the square block starting at (from, from) of size n. */
    static double spectralNorm(double[][] m, int from, int n) {
        double[][] block = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[from + i], from, block[i], 0, n);
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(block, false)).getNorm();
    }
}
