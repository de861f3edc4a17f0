package dev.grudrill.gru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class GruBackwardTest {

    @Test
    void matchesPyTorchAutogradForSumAndMseLosses() {
        double worst = 0;
        int cases = 0;
        for (JsonNode c : Fixtures.cases("gru_gradients.json")) {
            GruNetwork net = Fixtures.network(c);
            GruSequence seq = net.forward(Fixtures.matrix(c.get("xs")), Fixtures.matrix(c.get("h0")));
            Loss loss = c.get("loss").asText().equals("sum") ? Loss.sum()
                    : Loss.meanSquaredError(Fixtures.matrix(c.get("target")));
            GruGradients g = GruBackward.gradients(seq, loss);
            JsonNode expected = c.get("grads");
            assertEquals(c.get("lossValue").asDouble(), g.loss(), Fixtures.TOLERANCE);
            for (int layer = 0; layer < net.layers(); layer++) {
                for (int d = 0; d < net.directions(); d++) {
                    String s = GruNetwork.suffix(layer, d);
                    GruWeights w = g.weights(layer, d);
                    worst = Math.max(worst, Fixtures.maxDiff(expected.get("weight_ih" + s), w.weightIh()));
                    worst = Math.max(worst, Fixtures.maxDiff(expected.get("weight_hh" + s), w.weightHh()));
                    worst = Math.max(worst, Fixtures.maxDiff(expected.get("bias_ih" + s), w.biasIh()));
                    worst = Math.max(worst, Fixtures.maxDiff(expected.get("bias_hh" + s), w.biasHh()));
                }
            }
            worst = Math.max(worst, Fixtures.maxDiff(expected.get("h0"), g.h0()));
            worst = Math.max(worst, Fixtures.maxDiff(expected.get("xs"), g.xs()));
            cases++;
        }
        assertEquals(7, cases);
        assertTrue(worst <= Fixtures.TOLERANCE, "max abs difference " + worst);
    }

    @Test
    void finiteDifferencesAgreeOnASeededTwoLayerBidirectionalNetwork() {
        SplittableRandom random = new SplittableRandom(42);
        GruNetwork net = GruNetwork.uniform(3, 4, 2, true, random);
        RealMatrix xs = new Array2DRowRealMatrix(5, 3);
        for (int t = 0; t < 5; t++) {
            xs.setRow(t, random.doubles(3, -1, 1).toArray());
        }
        GradientCheck.Result sum = GradientCheck.run(net, xs, null, Loss.sum());
        assertTrue(sum.maxRelativeError() < 1e-6, sum.toString());
        // every weight entry (2·(36+48+12+12) + 2·(96+48+12+12)), h0 (4·4) and xs (5·3)
        assertEquals(2 * 108 + 2 * 168 + 16 + 15, sum.entries());
        GradientCheck.Result mse = GradientCheck.run(net, xs, null, Loss.meanSquaredError(new Array2DRowRealMatrix(5, 8)));
        assertTrue(mse.maxRelativeError() < 1e-6, mse.toString());
    }

    @Test
    void aWrongGradientIsCaught() {
        // The check must be able to fail: compare a network's gradient with another network's loss.
        SplittableRandom random = new SplittableRandom(1);
        GruNetwork net = GruNetwork.uniform(2, 3, 1, false, random);
        RealMatrix xs = new Array2DRowRealMatrix(new double[][] {{0.5, -1}, {1, 0.25}});
        GruGradients right = GruBackward.gradients(net.forward(xs, null), Loss.sum());
        GruGradients other = GruBackward.gradients(GruNetwork.uniform(2, 3, 1, false, random).forward(xs, null),
                Loss.sum());
        assertTrue(right.weights(0, 0).weightHh().subtract(other.weights(0, 0).weightHh()).getNorm() > 1e-3);
    }

    @Test
    void mseTargetMustHaveTheOutputsShape() {
        GruNetwork net = GruNetwork.uniform(2, 3, 1, true, new SplittableRandom(1));
        GruSequence seq = net.forward(new Array2DRowRealMatrix(4, 2), null);
        SpecException e = assertThrows(SpecException.class, () ->
                GruBackward.gradients(seq, Loss.meanSquaredError(new Array2DRowRealMatrix(4, 3))));
        assertEquals("target has 12 values; expected (T, D·H) = (4, 6)", e.getMessage());
    }
}
