package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalcForwardCommandTest {
    private static final String[] VECTOR_A = {"calc", "forward", "--hidden", "1", "--x", "1", "--h", "0.5",
        "--weight-ih", "0.5,-0.3,0.8", "--weight-hh", "0.2,0.4,-0.6", "--bias-ih", "0.1,0,-0.1",
        "--bias-hh", "0.05,-0.05,0.2"};

    @TempDir
    Path dir;

    private static String[] with(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    @Test
    void factSheetVectorAInlineShowsEachEquationThenItsValue() {
        Cli r = Cli.run(VECTOR_A);
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                GRU cell step (nn.GRUCell), I = 1, H = 1; weights given inline
                reset gate after the recurrent product: PyTorch, cuDNN, Keras reset_after=True

                r  = σ(W_ir x + b_ir + W_hr h + b_hr)
                   = [0.6791786992]
                z  = σ(W_iz x + b_iz + W_hz h + b_hz)
                   = [0.4625701547]
                n  = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
                   = [0.5594842579]
                h' = (1 − z) ⊙ n + z ⊙ h
                   = [0.5319686155]
                """, r.out());
        Cli before = Cli.run(with(VECTOR_A, "--reset", "before"));
        assertTrue(before.out().contains("h' = (1 − z) ⊙ n + z ⊙ h\n   = [0.5548069916]"), before.out());
        assertTrue(before.out().contains("n  = tanh(W_in x + W_hn (r ⊙ h) + b_in + b_hn)"), before.out());
    }

    @Test
    void jsonFromAWeightsFileMatchesPyTorchForEveryFixture() throws Exception {
        double worst = 0;
        for (JsonNode c : PyTorchFixtures.cases("gru_cell.json")) {
            Path weights = PyTorchFixtures.write(dir, "w.json",
                    PyTorchFixtures.pick(c, "weight_ih", "weight_hh", "bias_ih", "bias_hh"));
            for (String reset : new String[] {"after", "before"}) {
                Cli r = Cli.run("calc", "forward", "--weights", weights.toString(), "--x", join(c.get("x")), "--h",
                        join(c.get("h")), "--reset", reset, "--format", "json");
                assertEquals(0, r.code(), r.err());
                JsonNode doc = PyTorchFixtures.JSON.readTree(r.out());
                assertEquals(reset, doc.get("reset").asText());
                for (String key : new String[] {"r", "z", "n", "h"}) {
                    worst = Math.max(worst, PyTorchFixtures.maxDiff(c.get(reset).get(key), doc.get(key)));
                }
            }
        }
        assertTrue(worst <= PyTorchFixtures.TOLERANCE, "max abs difference " + worst);
    }

    /** Decimal text that reads back to exactly the same double. */
    private static String join(JsonNode values) {
        StringBuilder out = new StringBuilder();
        values.forEach(v -> out.append(out.length() == 0 ? "" : ",").append(v.asText()));
        return out.toString();
    }

    @Test
    void seededWeightsNeedTheHiddenSizeAndAreReproducible() {
        Cli a = Cli.run("calc", "forward", "--x", "0.5,-1,2", "--hidden", "4", "--seed", "9", "--format", "json");
        Cli b = Cli.run("calc", "forward", "--x", "0.5,-1,2", "--hidden", "4", "--seed", "9", "--format", "json");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertTrue(Cli.run("calc", "forward", "--x", "0.5,-1,2", "--seed", "9").oneLineError(2));
    }

    @Test
    void badInlineValuesAreUsageErrors() {
        Cli nan = Cli.run("calc", "forward", "--hidden", "1", "--x", "NaN", "--seed", "1");
        assertTrue(nan.oneLineError(2), nan.toString());
        assertTrue(nan.err().contains("--x: 'NaN' is not a decimal number"), nan.err());
        assertTrue(Cli.run("calc", "forward", "--hidden", "1", "--x", "1e999", "--seed", "1").oneLineError(2));
        Cli length = Cli.run(with(VECTOR_A, "--h", "0.5,1"));
        assertTrue(length.oneLineError(2), length.toString());
        Cli shape = Cli.run("calc", "forward", "--hidden", "1", "--x", "1", "--weight-ih", "0.5,-0.3", "--weight-hh",
                "0.2,0.4,-0.6", "--bias-ih", "0.1,0,-0.1", "--bias-hh", "0.05,-0.05,0.2");
        assertTrue(shape.oneLineError(2));
        assertEquals("gru-drill calc forward: --weight-ih has 2 values; expected 3·H·I = 3\n", shape.err());
        Cli missing = Cli.run("calc", "forward", "--hidden", "1", "--x", "1", "--weight-ih", "0.5,-0.3,0.8");
        assertTrue(missing.err().contains("missing --weight-hh, --bias-ih, --bias-hh"), missing.err());
        assertTrue(Cli.run("calc", "forward", "--hidden", "0", "--x", "1", "--seed", "1").oneLineError(2));
        assertTrue(Cli.run(with(VECTOR_A, "--seed", "3")).oneLineError(2), "two weight sources");
    }

    @Test
    void badWeightFilesAreDataErrorsNamingTheTensor() {
        Path shape = Cli.write(dir, "shape.json", """
                {"weight_ih": [[1, 2], [3, 4], [5, 6]], "weight_hh": [[1], [2]], "bias_ih": [0, 0, 0],
                 "bias_hh": [0, 0, 0]}""");
        Cli r = Cli.run("calc", "forward", "--weights", shape.toString(), "--x", "1,2");
        assertTrue(r.oneLineError(3), r.toString());
        assertEquals("gru-drill calc forward: " + shape + ": weight_hh has shape (2, 1); expected (3·H, H) = (3, 1)\n",
                r.err());
        Path missing = Cli.write(dir, "missing.json", "{\"weight_ih\": [[1]], \"weight_hh\": [[1]], \"bias_ih\": [0]}");
        Cli m = Cli.run("calc", "forward", "--weights", missing.toString(), "--x", "1");
        assertTrue(m.oneLineError(3) && m.err().contains("missing tensor bias_hh"), m.toString());
        Path infinite = Cli.write(dir, "inf.json", """
                {"weight_ih": [[1], [1e999], [1]], "weight_hh": [[1], [1], [1]], "bias_ih": [0, 0, 0],
                 "bias_hh": [0, 0, 0]}""");
        Cli inf = Cli.run("calc", "forward", "--weights", infinite.toString(), "--x", "1");
        assertTrue(inf.oneLineError(3) && inf.err().contains("weight_ih[1][0] is not finite"), inf.toString());
        Path text = Cli.write(dir, "text.json", """
                {"weight_ih": [[1], ["a"], [1]], "weight_hh": [[1], [1], [1]], "bias_ih": [0, 0, 0],
                 "bias_hh": [0, 0, 0]}""");
        assertTrue(Cli.run("calc", "forward", "--weights", text.toString(), "--x", "1").oneLineError(3));
        Path broken = Cli.write(dir, "broken.json", "{\"weight_ih\": [[1]");
        Cli b = Cli.run("calc", "forward", "--weights", broken.toString(), "--x", "1");
        assertTrue(b.oneLineError(3) && b.err().contains("not valid JSON"), b.toString());
        Cli none = Cli.run("calc", "forward", "--weights", dir.resolve("nothing.json").toString(), "--x", "1");
        assertTrue(none.oneLineError(3) && none.err().contains("no such file"), none.toString());
        Path extra = Cli.write(dir, "extra.json", """
                {"weight_ih_l0": [[1], [1], [1]], "weight_ih": [[1], [1], [1]], "weight_hh": [[1], [1], [1]],
                 "bias_ih": [0, 0, 0], "bias_hh": [0, 0, 0]}""");
        Cli e = Cli.run("calc", "forward", "--weights", extra.toString(), "--x", "1");
        assertTrue(e.oneLineError(3) && e.err().contains("unexpected tensor 'weight_ih_l0'"), e.toString());
    }
}
