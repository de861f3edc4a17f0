package dev.grudrill.gru;

/**
 * The arithmetic inner loops, on flat row-major {@code double[]} arrays. Kept apart so that a faster
 * layout can replace them without touching the equations.
 */
final class Kernels {
    private Kernels() {
    }

    /** {@code out[i − from] = b[i] + Σ_k w[i][k]·x[xOff + k]} for rows {@code from ≤ i < to}; b may be null. */
    static void affine(double[] w, double[] b, int from, int to, int cols, double[] x, int xOff, double[] out) {
        for (int i = from; i < to; i++) {
            double sum = b == null ? 0 : b[i];
            int row = i * cols;
            for (int k = 0; k < cols; k++) {
                sum += w[row + k] * x[xOff + k];
            }
            out[i - from] = sum;
        }
    }

    /** The transpose of a row-major rows × cols matrix, row-major (cols × rows). */
    static double[] transpose(double[] w, int rows, int cols) {
        double[] t = new double[w.length];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                t[k * rows + i] = w[i * cols + k];
            }
        }
        return t;
    }

    /**
     * {@code out = b + W x} from the transposed weights {@code wT} (cols × rows, row-major). Column by
     * column, the inner loop adds a scaled contiguous row to {@code out}: no reduction, so the JIT
     * vectorizes it, unlike the dot products of {@link #affine} (about twice as fast at H = 128).
     */
    static void affineTransposed(double[] wT, double[] b, int rows, int cols, double[] x, int xOff, double[] out) {
        if (b == null) {
            java.util.Arrays.fill(out, 0, rows, 0);
        } else {
            System.arraycopy(b, 0, out, 0, rows);
        }
        for (int k = 0; k < cols; k++) {
            double xk = x[xOff + k];
            int row = k * rows;
            for (int i = 0; i < rows; i++) {
                out[i] += wT[row + i] * xk;
            }
        }
    }

    /** {@code out[outOff + k] += Σ_i w[i][k]·d[i]}: adds wᵀd. */
    static void addTransposed(double[] w, int rows, int cols, double[] d, double[] out, int outOff) {
        for (int i = 0; i < rows; i++) {
            double di = d[i];
            int row = i * cols;
            for (int k = 0; k < cols; k++) {
                out[outOff + k] += w[row + k] * di;
            }
        }
    }

    /** {@code g[i][k] += d[i]·x[xOff + k]}: adds the outer product d xᵀ. */
    static void addOuter(double[] g, int rows, int cols, double[] d, double[] x, int xOff) {
        for (int i = 0; i < rows; i++) {
            double di = d[i];
            int row = i * cols;
            for (int k = 0; k < cols; k++) {
                g[row + k] += di * x[xOff + k];
            }
        }
    }

    static void add(double[] target, double[] d) {
        for (int i = 0; i < d.length; i++) {
            target[i] += d[i];
        }
    }

    static double sigmoid(double a) {
        return 1 / (1 + Math.exp(-a));
    }
}
