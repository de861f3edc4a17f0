package dev.grudrill.gru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class GruNetworkTest {

    @Test
    void matchesPyTorchNnGruOutputAndFinalStates() {
        List<JsonNode> cases = Fixtures.cases("gru_sequence.json");
        double worst = 0;
        for (JsonNode c : cases) {
            GruNetwork net = Fixtures.network(c);
            RealMatrix h0 = c.get("h0").isNull() ? null : Fixtures.matrix(c.get("h0"));
            GruSequence seq = net.forward(Fixtures.matrix(c.get("xs")), h0);
            worst = Math.max(worst, Fixtures.maxDiff(c.get("output"), seq.output()));
            worst = Math.max(worst, Fixtures.maxDiff(c.get("hN"), seq.hN()));
        }
        assertTrue(worst <= Fixtures.TOLERANCE, "max abs difference " + worst);
    }

    @Test
    void oneLayerSequenceIsRepeatedCellSteps() {
        SplittableRandom random = new SplittableRandom(11);
        GruNetwork net = GruNetwork.uniform(3, 4, 1, false, random);
        RealMatrix xs = new Array2DRowRealMatrix(5, 3);
        for (int t = 0; t < 5; t++) {
            xs.setRow(t, random.doubles(3, -1, 1).toArray());
        }
        GruSequence seq = net.forward(xs, null);
        var h = new org.apache.commons.math3.linear.ArrayRealVector(4);
        for (int t = 0; t < 5; t++) {
            h = (org.apache.commons.math3.linear.ArrayRealVector) GruCell.step(net.weights(0, 0), xs.getRowVector(t), h,
                    GruCell.Reset.AFTER).h();
            assertEquals(0, h.getDistance(seq.output().getRowVector(t)), 1e-15, "step " + t);
        }
        assertEquals(0, h.getDistance(seq.hN().getRowVector(0)), 1e-15);
    }

    @Test
    void seededInitIsReproducibleAndWithinPyTorchsBound() {
        GruNetwork a = GruNetwork.uniform(2, 16, 2, true, new SplittableRandom(7));
        GruNetwork b = GruNetwork.uniform(2, 16, 2, true, new SplittableRandom(7));
        assertEquals(a.weights(1, 1).weightHh(), b.weights(1, 1).weightHh());
        double bound = 1 / Math.sqrt(16);
        assertTrue(a.weights(1, 0).weightIh().getNorm() > 0);
        for (double v : a.weights(1, 0).weightIh().getData()[0]) {
            assertTrue(Math.abs(v) <= bound);
        }
        assertEquals(32, a.weights(1, 0).inputSize(), "layer 1 reads both directions");
    }

    @Test
    void rejectsInputsOfTheWrongShape() {
        GruNetwork net = GruNetwork.uniform(3, 2, 2, true, new SplittableRandom(1));
        SpecException xs = assertThrows(SpecException.class, () -> net.forward(new Array2DRowRealMatrix(4, 2), null));
        assertEquals("xs has shape (4, 2); expected (T, I) = (4, 3)", xs.getMessage());
        SpecException h0 = assertThrows(SpecException.class, () -> net.forward(new Array2DRowRealMatrix(4, 3),
                new Array2DRowRealMatrix(2, 2)));
        assertEquals("h0 has shape (2, 2); expected (L·D, H) = (4, 2)", h0.getMessage());
        SpecException layer = assertThrows(SpecException.class, () -> new GruNetwork(3, 2, 2, true, List.of(
                net.weights(0, 0), net.weights(0, 1), net.weights(0, 0), net.weights(1, 1))));
        assertEquals("weight_ih_l1 has shape (6, 3); expected (3·H, D·H) = (6, 4)", layer.getMessage());
    }
}
