package dev.grudrill.gru;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/** Moves tensors between Commons Math and the flat row-major arrays of the kernels, checking shape and values. */
final class Tensors {
    private Tensors() {
    }

    /** The entries of {@code m} row by row, after checking it is rows×cols and finite. */
    static double[] flat(String name, RealMatrix m, int rows, int cols, String expected) {
        if (m.getRowDimension() != rows || m.getColumnDimension() != cols) {
            throw new SpecException(name + " has shape (" + m.getRowDimension() + ", " + m.getColumnDimension()
                    + "); expected " + expected + " = (" + rows + ", " + cols + ")");
        }
        double[] out = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = m.getEntry(i, j);
                if (!Double.isFinite(v)) {
                    throw new SpecException(name + "[" + i + "][" + j + "] is " + v + "; every value must be finite");
                }
                out[i * cols + j] = v;
            }
        }
        return out;
    }

    /** The entries of {@code v}, after checking its length and that it is finite. */
    static double[] flat(String name, RealVector v, int length, String expected) {
        if (v.getDimension() != length) {
            throw new SpecException(name + " has length " + v.getDimension() + "; expected " + expected + " = "
                    + length);
        }
        double[] out = v.toArray();
        for (int i = 0; i < length; i++) {
            if (!Double.isFinite(out[i])) {
                throw new SpecException(name + "[" + i + "] is " + out[i] + "; every value must be finite");
            }
        }
        return out;
    }

    static RealMatrix matrix(double[] flat, int rows, int cols) {
        double[][] data = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, data[i], 0, cols);
        }
        return new Array2DRowRealMatrix(data, false);
    }

    static RealVector vector(double[] flat) {
        return new ArrayRealVector(flat);
    }

    /**
     * Checks that a result is a number. Finite inputs can still overflow: 1e300·1e300 − 1e300·1e300 is
     * ∞ − ∞ = NaN, and a NaN would be printed as a result. Infinite intermediate values whose result
     * is a finite limit (σ(∞) = 1) pass.
     */
    static void requireNumbers(String what, double[]... arrays) {
        for (double[] values : arrays) {
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new SpecException(what + " overflows double precision (" + v + "): the numbers given"
                            + " are too large; scale them down");
                }
            }
        }
    }
}
