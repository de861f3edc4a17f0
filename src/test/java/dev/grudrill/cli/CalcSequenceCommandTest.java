package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalcSequenceCommandTest {
    @TempDir
    Path dir;

    /** The arguments that run a fixture case from files. */
    static List<String> fixtureArgs(Path dir, JsonNode c) {
        List<String> args = new ArrayList<>(List.of("--input", c.get("input").asText(), "--hidden",
                c.get("hidden").asText(), "--layers", c.get("layers").asText()));
        if (c.get("bidirectional").asBoolean()) {
            args.add("--bidirectional");
        }
        args.addAll(List.of("--weights", PyTorchFixtures.write(dir, "weights.json", c.get("weights")).toString(),
                "--xs", PyTorchFixtures.write(dir, "xs.json", c.get("xs")).toString()));
        if (!c.get("h0").isNull()) {
            args.addAll(List.of("--h0", PyTorchFixtures.write(dir, "h0.json", c.get("h0")).toString()));
        }
        return args;
    }

    @Test
    void jsonMatchesPyTorchNnGruForEveryFixture() throws Exception {
        double worst = 0;
        for (JsonNode c : PyTorchFixtures.cases("gru_sequence.json")) {
            List<String> args = new ArrayList<>(List.of("calc", "sequence", "--format", "json"));
            args.addAll(fixtureArgs(dir, c));
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            JsonNode doc = PyTorchFixtures.JSON.readTree(r.out());
            assertEquals(1, doc.get("schemaVersion").asInt());
            worst = Math.max(worst, PyTorchFixtures.maxDiff(c.get("output"), doc.get("output")));
            worst = Math.max(worst, PyTorchFixtures.maxDiff(c.get("hN"), doc.get("hN")));
        }
        assertTrue(worst <= PyTorchFixtures.TOLERANCE, "max abs difference " + worst);
    }

    @Test
    void jsonDoublesReadBackExactly() throws Exception {
        Cli r = Cli.run("calc", "sequence", "--input", "2", "--hidden", "3", "--seed", "4", "--steps", "2",
                "--format", "json");
        JsonNode doc = PyTorchFixtures.JSON.readTree(r.out());
        double v = doc.get("output").get(1).get(2).asDouble();
        assertTrue(r.out().contains(Double.toString(v)), "printed with every digit: " + v);
        Cli text = Cli.run("calc", "sequence", "--input", "2", "--hidden", "3", "--seed", "4", "--steps", "2");
        assertTrue(text.out().contains(Numbers.fixed(v)), text.out());
    }

    @Test
    void badInputsNameWhatIsWrong() {
        Path xs = Cli.write(dir, "xs.json", "[[1, 2], [3, 4]]");
        Cli shape = Cli.run("calc", "sequence", "--input", "3", "--hidden", "2", "--seed", "1", "--xs", xs.toString());
        assertTrue(shape.oneLineError(3), shape.toString());
        assertTrue(shape.err().contains("xs has shape (2, 2); expected (T, I) = (2, 3)"), shape.err());
        Path ragged = Cli.write(dir, "ragged.json", "[[1, 2, 3], [3, 4]]");
        Cli r = Cli.run("calc", "sequence", "--input", "3", "--hidden", "2", "--seed", "1", "--xs", ragged.toString());
        assertTrue(r.oneLineError(3) && r.err().contains("row 1 has 2 values; row 0 has 3"), r.toString());
        Path h0 = Cli.write(dir, "h0.json", "[[0, 0]]");
        Cli state = Cli.run("calc", "sequence", "--input", "2", "--hidden", "2", "--bidirectional", "--seed", "1",
                "--steps", "3", "--h0", h0.toString());
        assertTrue(state.oneLineError(3) && state.err().contains("expected (L·D, H) = (2, 2)"), state.toString());
        Path weights = Cli.write(dir, "w.json", "{\"weight_ih_l0\": [[1]]}");
        Cli missing = Cli.run("calc", "sequence", "--input", "1", "--hidden", "1", "--weights", weights.toString(),
                "--xs", xs.toString());
        assertTrue(missing.oneLineError(3) && missing.err().contains("missing tensors weight_hh_l0, bias_ih_l0"),
                missing.toString());
        assertTrue(Cli.run("calc", "sequence", "--input", "2", "--hidden", "2", "--steps", "3").oneLineError(2));
        assertTrue(Cli.run("calc", "sequence", "--input", "2", "--hidden", "2", "--seed", "1").oneLineError(2));
        assertTrue(Cli.run("calc", "sequence", "--input", "2", "--hidden", "0", "--seed", "1", "--steps", "3")
                .oneLineError(2));
        assertTrue(Cli.run("calc", "sequence", "--input", "2", "--hidden", "2", "--seed", "1", "--steps", "-3")
                .oneLineError(2));
        assertTrue(Cli.run("calc", "sequence", "--input", "4000", "--hidden", "4000", "--layers", "16", "--seed", "1",
                "--steps", "3").oneLineError(2), "too large");
    }
}
