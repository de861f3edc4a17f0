package dev.grudrill.gru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class GradientCheckTest {

    /**
     * With h0 = 0 and one step, weight_hh never touches the loss: its gradient is exactly 0 and the four
     * perturbed losses are equal. The check summed them as −L₂ + 8L₁ − 8L₋₁ + L₋₂, whose rounding left
     * 3.7e-14 here; against the analytic 0 that was a relative error of 3.7e-6, so
     * {@code calc backward --input 4 --hidden 8 --xs [[3,-3,3,-3]] --seed 1 --check} said "ABOVE 1e-6, the
     * backward pass is wrong" and exited 4 on a correct backward pass.
     */
    @Test
    void aParameterTheLossIgnoresHasNoErrorAtAll() {
        GruNetwork net = GruNetwork.uniform(4, 8, 1, false, new SplittableRandom(1));
        RealMatrix xs = new Array2DRowRealMatrix(new double[][] {{3, -3, 3, -3}});
        GruGradients analytic = GruBackward.gradients(net.forward(xs, null), Loss.sum());
        assertEquals(0, analytic.weights(0, 0).weightHh().getNorm(), "weight_hh has no influence at step 1 from h0 = 0");
        assertTrue(Math.abs(analytic.loss()) > 1, "a loss above 1 makes the rounding visible");

        GradientCheck.Result result = GradientCheck.run(net, xs, null, Loss.sum());
        assertTrue(result.maxRelativeError() < 1e-6, result.toString());
        assertEquals(96 + 192 + 24 + 24 + 8 + 4, result.entries());
    }

    /**
     * A true gradient near 1e-8 next to a loss near 2: the differences carry rounding noise of a few
     * ulp(L) / ε ≈ 1e-12, which against a floor of 1e-8 read as relative errors up to 5.6e-6 on a
     * correct backward pass. The floor now scales with the noise.
     */
    @Test
    void roundingNoiseOnTinyGradientsIsNotAnError() {
        SplittableRandom random = new SplittableRandom(-241);
        GruNetwork net = GruNetwork.uniform(4, 3, 2, true, random);
        double[][] rows = new double[2][4];
        for (double[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextDouble(-2, 2);
            }
        }
        GradientCheck.Result result = GradientCheck.run(net, new Array2DRowRealMatrix(rows), null, Loss.sum());
        assertTrue(result.maxRelativeError() < 1e-6, result.toString());
        assertTrue(result.floor() > 1e-8, "the floor follows the loss's rounding: " + result.floor());
    }
}
