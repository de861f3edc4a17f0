package dev.grudrill.gru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

class GruCellTest {
    /** Values printed to 10 decimals in the fact sheet. */
    private static final double PRINTED = 5e-11;

    private static GruWeights weights(JsonNode c) {
        return new GruWeights(Fixtures.matrix(c.get("weight_ih")), Fixtures.matrix(c.get("weight_hh")),
                Fixtures.vector(c.get("bias_ih")), Fixtures.vector(c.get("bias_hh")));
    }

    @Test
    void matchesPyTorchGruCellAndTheResetBeforeForm() {
        double worst = 0;
        for (JsonNode c : Fixtures.cases("gru_cell.json")) {
            for (GruCell.Reset reset : GruCell.Reset.values()) {
                JsonNode expected = c.get(reset == GruCell.Reset.AFTER ? "after" : "before");
                GruCell.Step step = GruCell.step(weights(c), Fixtures.vector(c.get("x")), Fixtures.vector(c.get("h")),
                        reset);
                worst = Math.max(worst, Fixtures.maxDiff(expected.get("r"), step.r()));
                worst = Math.max(worst, Fixtures.maxDiff(expected.get("z"), step.z()));
                worst = Math.max(worst, Fixtures.maxDiff(expected.get("n"), step.n()));
                worst = Math.max(worst, Fixtures.maxDiff(expected.get("h"), step.h()));
            }
        }
        assertTrue(worst <= Fixtures.TOLERANCE, "max abs difference " + worst);
    }

    @Test
    void factSheetVectorA() {
        GruWeights w = new GruWeights(new Array2DRowRealMatrix(new double[][] {{0.5}, {-0.3}, {0.8}}),
                new Array2DRowRealMatrix(new double[][] {{0.2}, {0.4}, {-0.6}}),
                new ArrayRealVector(new double[] {0.1, 0, -0.1}), new ArrayRealVector(new double[] {0.05, -0.05, 0.2}));
        RealVector x = new ArrayRealVector(new double[] {1});
        RealVector h = new ArrayRealVector(new double[] {0.5});
        GruCell.Step after = GruCell.step(w, x, h, GruCell.Reset.AFTER);
        assertEquals(0.6791786992, after.r().getEntry(0), PRINTED);
        assertEquals(0.4625701547, after.z().getEntry(0), PRINTED);
        assertEquals(0.5594842579, after.n().getEntry(0), PRINTED);
        assertEquals(0.5319686155, after.h().getEntry(0), PRINTED);
        assertEquals(0.5548069916, GruCell.step(w, x, h, GruCell.Reset.BEFORE).h().getEntry(0), PRINTED);
    }

    @Test
    void newStateLiesBetweenOldStateAndCandidate() {
        SplittableRandom random = new SplittableRandom(3);
        GruWeights w = GruWeights.uniform(4, 6, random);
        RealVector x = new ArrayRealVector(random.doubles(4, -2, 2).toArray());
        RealVector h = new ArrayRealVector(random.doubles(6, -1, 1).toArray());
        GruCell.Step step = GruCell.step(w, x, h, GruCell.Reset.AFTER);
        for (int j = 0; j < 6; j++) {
            double lo = Math.min(h.getEntry(j), step.n().getEntry(j));
            double hi = Math.max(h.getEntry(j), step.n().getEntry(j));
            assertTrue(step.h().getEntry(j) >= lo && step.h().getEntry(j) <= hi, "unit " + j);
            assertTrue(step.z().getEntry(j) > 0 && step.z().getEntry(j) < 1);
        }
    }

    @Test
    void allZeroWeightsHalveTheState() {
        // gru-facts §10.2 sanity vector C.
        GruWeights w = new GruWeights(new Array2DRowRealMatrix(3, 2), new Array2DRowRealMatrix(3, 1),
                new ArrayRealVector(3), new ArrayRealVector(3));
        GruCell.Step step = GruCell.step(w, new ArrayRealVector(new double[] {5, -7}),
                new ArrayRealVector(new double[] {0.8}), GruCell.Reset.AFTER);
        assertEquals(0.4, step.h().getEntry(0), 1e-15);
    }

    @Test
    void wrongShapesAndValuesNameTheTensor() {
        SpecException shape = assertThrows(SpecException.class, () -> new GruWeights(new Array2DRowRealMatrix(6, 3),
                new Array2DRowRealMatrix(5, 2), new ArrayRealVector(6), new ArrayRealVector(6)));
        assertEquals("weight_hh has shape (5, 2); expected (3·H, H) = (6, 2)", shape.getMessage());
        SpecException bias = assertThrows(SpecException.class, () -> new GruWeights("_l1",
                new Array2DRowRealMatrix(6, 3), new Array2DRowRealMatrix(6, 2), new ArrayRealVector(5),
                new ArrayRealVector(6)));
        assertEquals("bias_ih_l1 has length 5; expected 3·H = 6", bias.getMessage());
        Array2DRowRealMatrix nan = new Array2DRowRealMatrix(6, 3);
        nan.setEntry(4, 1, Double.NaN);
        SpecException value = assertThrows(SpecException.class, () -> new GruWeights(nan,
                new Array2DRowRealMatrix(6, 2), new ArrayRealVector(6), new ArrayRealVector(6)));
        assertEquals("weight_ih[4][1] is NaN; every value must be finite", value.getMessage());
        GruWeights w = GruWeights.uniform(3, 2, new SplittableRandom(1));
        SpecException x = assertThrows(SpecException.class, () -> GruCell.step(w, new ArrayRealVector(2),
                new ArrayRealVector(2), GruCell.Reset.AFTER));
        assertEquals("x has length 2; expected I = 3", x.getMessage());
    }
}
