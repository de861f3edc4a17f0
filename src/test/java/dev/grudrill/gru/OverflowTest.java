package dev.grudrill.gru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** Finite numbers whose products overflow: an error that says so, never NaN printed as a result. */
class OverflowTest {
    private static final double BIG = 1e300;

    /** {@code calc forward --hidden 1 --x 1e300,1e300 --weight-ih 1e300,-1e300,… } printed r = z = h' = NaN. */
    @Test
    void aStepWhoseProductsCancelToNaNIsRefused() {
        GruWeights w = new GruWeights(new Array2DRowRealMatrix(new double[][] {{BIG, -BIG}, {BIG, -BIG}, {BIG, -BIG}}),
                new Array2DRowRealMatrix(3, 1), new ArrayRealVector(3), new ArrayRealVector(3));
        SpecException e = assertThrows(SpecException.class, () -> GruCell.step(w, new ArrayRealVector(new double[] {
            BIG, BIG}), new ArrayRealVector(new double[] {0.5}), GruCell.Reset.AFTER));
        assertEquals("the GRU step overflows double precision (NaN): the numbers given are too large; scale them"
                + " down", e.getMessage());
    }

    @Test
    void aStepWhosePreActivationsAreInfiniteButWhoseGatesAreNotStillWorks() {
        // σ(+∞) = 1 and tanh(+∞) = 1 are the right limits: only a NaN is an error.
        GruWeights w = new GruWeights(new Array2DRowRealMatrix(new double[][] {{BIG}, {-BIG}, {BIG}}),
                new Array2DRowRealMatrix(3, 1), new ArrayRealVector(3), new ArrayRealVector(3));
        GruCell.Step step = GruCell.step(w, new ArrayRealVector(new double[] {BIG}), new ArrayRealVector(new double[] {
            0.5}), GruCell.Reset.AFTER);
        assertEquals(List.of(1.0, 0.0, 1.0, 1.0), List.of(step.r().getEntry(0), step.z().getEntry(0),
                step.n().getEntry(0), step.h().getEntry(0)));
    }

    @Test
    void aLossThatOverflowsIsRefused() {
        GruNetwork net = GruNetwork.uniform(1, 1, 1, false, new java.util.SplittableRandom(1));
        RealMatrix xs = new Array2DRowRealMatrix(new double[][] {{1}});
        SpecException e = assertThrows(SpecException.class, () -> GruBackward.gradients(net.forward(xs, null),
                Loss.meanSquaredError(new Array2DRowRealMatrix(new double[][] {{1e200}}))));
        assertEquals("the loss overflows double precision (Infinity): the numbers given are too large; scale them"
                + " down", e.getMessage());
    }
}
