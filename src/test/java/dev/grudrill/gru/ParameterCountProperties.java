package dev.grudrill.gru;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Parameter counts for any valid configuration: the total is the sum of the tensors' shapes, equals a
 * closed form computed here independently in {@link BigInteger}, and a count beyond a {@code long} is
 * reported as such instead of wrapping around.
 */
class ParameterCountProperties {

    @Property(tries = 3000)
    void totalIsTheSumOfTheTensorShapesOrOverflowIsReported(@ForAll("specs") ParamSpec spec) {
        BigInteger expected = closedForm(spec);
        if (expected.bitLength() > 63) {
            SpecException e = assertThrows(SpecException.class, () -> ParameterCount.of(spec), expected::toString);
            assertTrue(e.getMessage().contains("overflows a long"), e.getMessage());
            return;
        }
        ParameterCount count = ParameterCount.of(spec);
        BigInteger sum = BigInteger.ZERO;
        for (ParameterCount.Tensor t : count.tensors()) {
            BigInteger product = BigInteger.ONE;
            for (long d : t.shape()) {
                assertTrue(d >= 1, t + " has a dimension below 1");
                product = product.multiply(BigInteger.valueOf(d));
            }
            assertEquals(product, BigInteger.valueOf(t.count()), t.toString());
            sum = sum.add(product);
        }
        assertEquals(expected, sum, "tensor sum of " + spec);
        assertEquals(expected.longValueExact(), count.total(), "total of " + spec);
        assertEquals(spec.layers() * spec.directions() * tensorsPerDirection(spec), count.tensors().size());
        assertTrue(count.formula().endsWith("= " + ParameterCount.grouped(count.total())), count.formula());
    }

    /** The calculator and the engine agree: each counted tensor is a weight the GRU network really holds. */
    @Property(tries = 300)
    void pyTorchGruTensorsHaveTheShapesOfTheEnginesWeights(@ForAll("smallGru") ParamSpec spec) {
        GruNetwork net = GruNetwork.uniform((int) spec.input(), (int) spec.hidden(), spec.layers(),
                spec.bidirectional(), new SplittableRandom(1));
        List<long[]> engine = new ArrayList<>();
        for (int layer = 0; layer < net.layers(); layer++) {
            for (int d = 0; d < net.directions(); d++) {
                GruWeights w = net.weights(layer, d);
                engine.add(new long[] {w.weightIh().getRowDimension(), w.weightIh().getColumnDimension()});
                engine.add(new long[] {w.weightHh().getRowDimension(), w.weightHh().getColumnDimension()});
                engine.add(new long[] {w.biasIh().getDimension()});
                engine.add(new long[] {w.biasHh().getDimension()});
            }
        }
        List<ParameterCount.Tensor> counted = ParameterCount.of(spec).tensors();
        assertEquals(engine.size(), counted.size());
        for (int i = 0; i < engine.size(); i++) {
            assertArrayEquals(engine.get(i), counted.get(i).shape(), counted.get(i).name());
        }
    }

    @Provide
    Arbitrary<ParamSpec> specs() {
        Arbitrary<Long> sizes = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(1, 64)),
                Tuple.of(3, Arbitraries.longs().between(1, 100_000)),
                Tuple.of(2, Arbitraries.longs().between(1, Long.MAX_VALUE)),
                Tuple.of(1, Arbitraries.longs().between(1L << 20, 1L << 32)));
        Arbitrary<Integer> layers = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 4)),
                Tuple.of(1, Arbitraries.integers().between(1, ParamSpec.MAX_LAYERS)));
        Arbitrary<Boolean> flags = Arbitraries.of(true, false);
        return Arbitraries.of(Cell.values()).flatMap(cell -> Combinators.combine(
                conventions(cell), sizes, sizes, layers, flags, flags, Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.of(0, 1, 2)).as((convention, input, hidden, l, bi, bias, projSeed, after) -> {
                    long proj = cell == Cell.LSTM && convention == Convention.PYTORCH && hidden > 1 && projSeed % 3 == 0
                            ? 1 + projSeed % (hidden - 1) : 0;
                    Boolean resetAfter = cell == Cell.GRU && convention == Convention.KERAS && after > 0
                            ? after == 1 : null;
                    return new ParamSpec(cell, convention, input, hidden, l, bi, bias, proj, resetAfter);
                }));
    }

    @Provide
    Arbitrary<ParamSpec> smallGru() {
        return Combinators.combine(Arbitraries.longs().between(1, 12), Arbitraries.longs().between(1, 12),
                Arbitraries.integers().between(1, 3), Arbitraries.of(true, false))
                .as((input, hidden, layers, bi) -> new ParamSpec(Cell.GRU, Convention.PYTORCH, input, hidden, layers, bi,
                        true, 0, null));
    }

    private static Arbitrary<Convention> conventions(Cell cell) {
        return cell == Cell.MGU || cell == Cell.MINGRU ? Arbitraries.just(Convention.CHO)
                : Arbitraries.of(Convention.values());
    }

    /** D·[f(I) + (L − 1)·f(D·H or D·P)], written from the frameworks' documentation, not from the code. */
    static BigInteger closedForm(ParamSpec s) {
        BigInteger d = BigInteger.valueOf(s.directions());
        BigInteger h = BigInteger.valueOf(s.hidden());
        BigInteger later = d.multiply(BigInteger.valueOf(s.projSize() > 0 ? s.projSize() : s.hidden()));
        BigInteger perDirection = perDirection(s, BigInteger.valueOf(s.input()), h)
                .add(BigInteger.valueOf(s.layers() - 1L).multiply(perDirection(s, later, h)));
        return d.multiply(perDirection);
    }

    private static BigInteger perDirection(ParamSpec s, BigInteger x, BigInteger h) {
        BigInteger two = BigInteger.TWO;
        if (s.cell() == Cell.MINGRU) {
            // Two Linear layers on x: weight H×X each, and a bias of H each.
            return two.multiply(h).multiply(x).add(s.bias() ? two.multiply(h) : BigInteger.ZERO);
        }
        if (s.projSize() > 0) {
            // nn.LSTM(proj_size=P): weight_ih 4H×X, weight_hh 4H×P, two biases 4H, weight_hr P×H.
            BigInteger p = BigInteger.valueOf(s.projSize());
            BigInteger fourH = BigInteger.valueOf(4).multiply(h);
            return fourH.multiply(x).add(fourH.multiply(p)).add(s.bias() ? two.multiply(fourH) : BigInteger.ZERO)
                    .add(p.multiply(h));
        }
        int biasVectors = !s.bias() ? 0 : switch (s.convention()) {
            case PYTORCH -> 2;
            case KERAS -> s.cell() == Cell.GRU && s.resetAfterOrDefault() ? 2 : 1;
            case CHO -> 1;
        };
        BigInteger blocks = BigInteger.valueOf(s.cell().blocks()).multiply(h);
        return blocks.multiply(x.add(h).add(BigInteger.valueOf(biasVectors)));
    }

    private static int tensorsPerDirection(ParamSpec s) {
        return switch (s.convention()) {
            case PYTORCH -> 2 + (s.bias() ? 2 : 0) + (s.projSize() > 0 ? 1 : 0);
            case KERAS -> 2 + (s.bias() ? 1 : 0);
            case CHO -> s.cell() == Cell.MINGRU ? 2 * (1 + (s.bias() ? 1 : 0))
                    : s.cell().blocks() * (2 + (s.bias() ? 1 : 0));
        };
    }
}
