package dev.grudrill.gru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Invariants of the GRU engine on random cells and networks: gates are sigmoid outputs in (0, 1), the
 * new state lies between the old state and the candidate, and backpropagation matches finite
 * differences of the loss.
 */
class GruProperties {
    /**
     * Tolerance of the finite-difference comparison, |analytic − numeric| ≤ TOL·(1 + |analytic|). A
     * central difference with step 1e-5 has truncation error near 1e-10·|L'''| and rounding error near
     * 1e-16·|L|/1e-5 = 1e-11·|L| on these small networks (|L| well below 100), so 1e-6 leaves two orders of
     * magnitude of margin while a wrong term (a sign, a missing gate, a transposed matrix) is off by 1e-3
     * or more.
     */
    static final double TOL = 1e-6;
    static final double STEP = 1e-5;

    /** A random cell: sizes, weights scaled by {@code scale}, an input and a state. */
    record CellCase(GruWeights w, RealVector x, RealVector h, GruCell.Reset reset, double scale) {
        @Override
        public String toString() {
            return "I=" + w.inputSize() + " H=" + w.hiddenSize() + " scale=" + scale + " reset=" + reset + " x=" + x
                    + " h=" + h;
        }
    }

    /**
     * Weights, biases, input and state in [−1, 1] with I, H ≤ 8: every pre-activation is at most
     * I + H + 2 = 18 in size, where σ is strictly inside (0, 1) even in double precision.
     */
    @Property(tries = 2000)
    void gatesAreStrictlyBetweenZeroAndOne(@ForAll("unitCells") CellCase c) {
        GruCell.Step step = GruCell.step(c.w(), c.x(), c.h(), c.reset());
        for (RealVector gate : List.of(step.r(), step.z())) {
            for (double g : gate.toArray()) {
                assertTrue(g > 0 && g < 1, "gate " + g + " for " + c);
            }
        }
        for (double n : step.n().toArray()) {
            assertTrue(n > -1 && n < 1, "candidate " + n + " for " + c);
        }
    }

    /**
     * h' = (1 − z) ⊙ n + z ⊙ h is a convex combination, so each h'_j lies between h_j and n_j (up to the
     * rounding of the two products and the sum, a few units in the last place). With large weights
     * the gates may round to exactly 0 or 1; the bounds still hold, and nothing becomes NaN.
     */
    @Property(tries = 2000)
    void newStateLiesBetweenOldStateAndCandidate(@ForAll("anyCells") CellCase c) {
        GruCell.Step step = GruCell.step(c.w(), c.x(), c.h(), c.reset());
        double[] h = c.h().toArray();
        double[] n = step.n().toArray();
        double[] next = step.h().toArray();
        for (int j = 0; j < next.length; j++) {
            double lo = Math.min(h[j], n[j]);
            double hi = Math.max(h[j], n[j]);
            double slack = 4 * Math.ulp(Math.max(Math.abs(lo), Math.abs(hi)));
            assertTrue(next[j] >= lo - slack && next[j] <= hi + slack,
                    "h'[" + j + "] = " + next[j] + " not in [" + lo + ", " + hi + "] for " + c);
            assertTrue(step.r().getEntry(j) >= 0 && step.r().getEntry(j) <= 1, "r " + step.r());
            assertTrue(step.z().getEntry(j) >= 0 && step.z().getEntry(j) <= 1, "z " + step.z());
        }
    }

    /**
     * Finite inputs of any size give finite results or a SpecException that says so: never a NaN
     * printed as a result (1e300·1e300 − 1e300·1e300 is ∞ − ∞ in double precision).
     */
    @Property(tries = 1000)
    void finiteInputsGiveNumbersOrAClearError(@ForAll("hugeCells") CellCase c) {
        GruCell.Step step;
        try {
            step = GruCell.step(c.w(), c.x(), c.h(), c.reset());
        } catch (SpecException e) {
            assertTrue(e.getMessage().startsWith("the GRU step overflows double precision"), e.getMessage());
            return;
        }
        for (RealVector v : List.of(step.r(), step.z(), step.n(), step.h())) {
            for (double value : v.toArray()) {
                assertTrue(Double.isFinite(value), v + " for " + c);
            }
        }
    }

    /** The same for whole networks, forward and backward. */
    @Property(tries = 300)
    void finiteNetworksGiveNumbersOrAClearError(@ForAll("hugeNetworks") NetCase c) {
        GruGradients g;
        try {
            g = GruBackward.gradients(c.net().forward(c.xs(), c.h0()), c.loss());
        } catch (SpecException e) {
            assertTrue(e.getMessage().matches("the (forward pass|backward pass|loss) overflows double precision.*"),
                    e.getMessage());
            return;
        }
        assertTrue(Double.isFinite(g.loss()), "loss " + g.loss());
        for (RealMatrix m : List.of(g.h0(), g.xs(), g.weights(0, 0).weightIh(), g.weights(0, 0).weightHh())) {
            for (double[] row : m.getData()) {
                for (double value : row) {
                    assertTrue(Double.isFinite(value), "gradient " + value + " for " + c);
                }
            }
        }
    }

    /** A random small network, sequence and loss. */
    record NetCase(GruNetwork net, RealMatrix xs, RealMatrix h0, Loss loss, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Every weight, bias, h0 and input entry (at most 40 per tensor): backward equals central differences. */
    @Property(tries = 150)
    void backwardMatchesCentralDifferences(@ForAll("networks") NetCase c) {
        GruGradients g = GruBackward.gradients(c.net().forward(c.xs(), c.h0()), c.loss());
        int compared = 0;
        for (int layer = 0; layer < c.net().layers(); layer++) {
            for (int d = 0; d < c.net().directions(); d++) {
                GruWeights grad = g.weights(layer, d);
                GruWeights w = c.net().weights(layer, d);
                double[][] values = w.copy().tensors();
                double[][] analytic = grad.tensors();
                for (int k = 0; k < values.length; k++) {
                    String name = GruNetwork.TENSORS.get(k) + GruNetwork.suffix(layer, d);
                    int index = layer * c.net().directions() + d;
                    int tensor = k;
                    compared += compare(name, values[k], analytic[k], c, changed -> withTensor(c.net(), index, tensor,
                            changed), null, null);
                }
            }
        }
        double[] h0 = flat(c.h0() != null ? c.h0()
                : new Array2DRowRealMatrix(c.net().layers() * c.net().directions(), c.net().hiddenSize()));
        compared += compare("h0", h0, flat(g.h0()), c, changed -> c.net(), null, changed -> rows(changed,
                c.net().layers() * c.net().directions()));
        compared += compare("xs", flat(c.xs()), flat(g.xs()), c, changed -> c.net(), changed -> rows(changed,
                c.xs().getRowDimension()), null);
        assertTrue(compared > 0);
    }

    private static int compare(String name, double[] values, double[] analytic, NetCase c,
            java.util.function.Function<double[], GruNetwork> network,
            java.util.function.Function<double[], RealMatrix> xsOf,
            java.util.function.Function<double[], RealMatrix> h0Of) {
        assertEquals(values.length, analytic.length, name);
        int count = Math.min(values.length, 40);
        for (int k = 0; k < count; k++) {
            int i = (int) ((long) k * values.length / count);
            double saved = values[i];
            values[i] = saved + STEP;
            double plus = loss(network.apply(values), xsOf == null ? c.xs() : xsOf.apply(values),
                    h0Of == null ? c.h0() : h0Of.apply(values), c.loss());
            values[i] = saved - STEP;
            double minus = loss(network.apply(values), xsOf == null ? c.xs() : xsOf.apply(values),
                    h0Of == null ? c.h0() : h0Of.apply(values), c.loss());
            values[i] = saved;
            double numeric = (plus - minus) / (2 * STEP);
            assertTrue(Math.abs(analytic[i] - numeric) <= TOL * (1 + Math.abs(analytic[i])),
                    name + "[" + i + "]: backward " + analytic[i] + ", central difference " + numeric + " for " + c);
        }
        return count;
    }

    private static double loss(GruNetwork net, RealMatrix xs, RealMatrix h0, Loss loss) {
        return GruBackward.gradients(net.forward(xs, h0), loss).loss();
    }

    /** The network with one tensor of one layer and direction replaced. */
    private static GruNetwork withTensor(GruNetwork net, int index, int tensor, double[] values) {
        List<GruWeights> weights = new java.util.ArrayList<>(net.weightList());
        GruWeights copy = weights.get(index).copy();
        System.arraycopy(values, 0, copy.tensors()[tensor], 0, values.length);
        weights.set(index, copy);
        return new GruNetwork(net.inputSize(), net.hiddenSize(), net.layers(), net.bidirectional(), weights);
    }

    private static double[] flat(RealMatrix m) {
        double[] out = new double[m.getRowDimension() * m.getColumnDimension()];
        for (int i = 0; i < m.getRowDimension(); i++) {
            System.arraycopy(m.getRow(i), 0, out, i * m.getColumnDimension(), m.getColumnDimension());
        }
        return out;
    }

    private static RealMatrix rows(double[] flat, int rows) {
        int cols = flat.length / rows;
        double[][] data = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, data[i], 0, cols);
        }
        return new Array2DRowRealMatrix(data, false);
    }

    @Provide
    Arbitrary<CellCase> unitCells() {
        return cells(Arbitraries.just(1.0), 1.0);
    }

    @Provide
    Arbitrary<CellCase> anyCells() {
        return cells(Arbitraries.of(0.01, 0.5, 1.0, 3.0, 30.0, 1e3, 1e6), 5.0);
    }

    @Provide
    Arbitrary<CellCase> hugeCells() {
        return cells(Arbitraries.of(1e10, 1e100, 1e200, 1e300, Double.MAX_VALUE), 1e300);
    }

    @Provide
    Arbitrary<NetCase> hugeNetworks() {
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 2), Arbitraries.of(true, false), Arbitraries.integers().between(1, 3),
                Arbitraries.of(1.0, 1e100, 1e160, 1e300), Arbitraries.of("sum", "mse"), Arbitraries.longs())
                .as((input, hidden, layers, bi, steps, scale, lossName, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    int directions = bi ? 2 : 1;
                    java.util.List<GruWeights> weights = new java.util.ArrayList<>();
                    for (int layer = 0; layer < layers; layer++) {
                        for (int d = 0; d < directions; d++) {
                            int in = layer == 0 ? input : directions * hidden;
                            weights.add(new GruWeights(matrix(random, 3 * hidden, in, scale),
                                    matrix(random, 3 * hidden, hidden, scale), vector(random, 3 * hidden, scale),
                                    vector(random, 3 * hidden, scale)));
                        }
                    }
                    GruNetwork net = new GruNetwork(input, hidden, layers, bi, weights);
                    RealMatrix xs = matrix(random, steps, input, scale);
                    Loss loss = lossName.equals("sum") ? Loss.sum()
                            : Loss.meanSquaredError(matrix(random, steps, directions * hidden, scale));
                    String label = "I=" + input + " H=" + hidden + " L=" + layers + (bi ? " bidirectional" : "")
                            + " T=" + steps + " scale=" + scale + " loss=" + lossName + " seed=" + seed;
                    return new NetCase(net, xs, null, loss, label);
                });
    }

    private static Arbitrary<CellCase> cells(Arbitrary<Double> scales, double inputRange) {
        return Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 8),
                scales, Arbitraries.of(GruCell.Reset.values()), Arbitraries.longs())
                .as((input, hidden, scale, reset, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    GruWeights w = new GruWeights(matrix(random, 3 * hidden, input, scale),
                            matrix(random, 3 * hidden, hidden, scale), vector(random, 3 * hidden, scale),
                            vector(random, 3 * hidden, scale));
                    return new CellCase(w, vector(random, input, inputRange), vector(random, hidden, 1.0), reset,
                            scale);
                });
    }

    @Provide
    Arbitrary<NetCase> networks() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 3), Arbitraries.of(true, false), Arbitraries.integers().between(1, 5),
                Arbitraries.of("sum", "mse"), Arbitraries.of(true, false), Arbitraries.longs())
                .as((input, hidden, layers, bi, steps, lossName, withH0, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    GruNetwork net = GruNetwork.uniform(input, hidden, layers, bi, random);
                    RealMatrix xs = matrix(random, steps, input, 2.0);
                    int directions = bi ? 2 : 1;
                    RealMatrix h0 = withH0 ? matrix(random, layers * directions, hidden, 1.0) : null;
                    Loss loss = lossName.equals("sum") ? Loss.sum()
                            : Loss.meanSquaredError(matrix(random, steps, directions * hidden, 1.0));
                    String label = "I=" + input + " H=" + hidden + " L=" + layers + (bi ? " bidirectional" : "")
                            + " T=" + steps + " loss=" + lossName + (withH0 ? " h0" : "") + " seed=" + seed;
                    return new NetCase(net, xs, h0, loss, label);
                });
    }

    private static RealMatrix matrix(SplittableRandom random, int rows, int cols, double scale) {
        double[][] data = new double[rows][cols];
        for (double[] row : data) {
            for (int j = 0; j < cols; j++) {
                row[j] = scale * random.nextDouble(-1, 1);
            }
        }
        return new Array2DRowRealMatrix(data, false);
    }

    private static RealVector vector(SplittableRandom random, int size, double scale) {
        double[] v = new double[size];
        for (int j = 0; j < size; j++) {
            v[j] = scale * random.nextDouble(-1, 1);
        }
        return new ArrayRealVector(v, false);
    }
}
