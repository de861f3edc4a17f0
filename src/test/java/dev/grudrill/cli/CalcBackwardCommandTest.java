package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalcBackwardCommandTest {
    @TempDir
    Path dir;

    @Test
    void gradientsMatchPyTorchAutogradForEveryFixture() throws Exception {
        double worst = 0;
        for (JsonNode c : PyTorchFixtures.cases("gru_gradients.json")) {
            List<String> args = new ArrayList<>(List.of("calc", "backward", "--format", "json"));
            args.addAll(CalcSequenceCommandTest.fixtureArgs(dir, c));
            if (c.get("loss").asText().equals("mse")) {
                args.addAll(List.of("--target", PyTorchFixtures.write(dir, "target.json", c.get("target")).toString()));
            }
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            JsonNode doc = PyTorchFixtures.JSON.readTree(r.out());
            assertEquals(c.get("lossValue").asDouble(), doc.get("loss").asDouble(), PyTorchFixtures.TOLERANCE);
            JsonNode expected = c.get("grads");
            List<String> names = new ArrayList<>();
            doc.get("grads").fieldNames().forEachRemaining(names::add);
            List<String> expectedNames = new ArrayList<>();
            for (Iterator<String> it = expected.fieldNames(); it.hasNext();) {
                expectedNames.add(it.next());
            }
            assertEquals(expectedNames, names, "every weight tensor in state_dict order, then h0 and xs");
            for (String name : names) {
                worst = Math.max(worst, PyTorchFixtures.maxDiff(expected.get(name), doc.get("grads").get(name)));
            }
        }
        assertTrue(worst <= PyTorchFixtures.TOLERANCE, "max abs difference " + worst);
    }

    @Test
    void checkPassesOnASeededTwoLayerBidirectionalNetwork() throws Exception {
        String[] args = {"calc", "backward", "--input", "3", "--hidden", "4", "--layers", "2", "--bidirectional",
            "--seed", "7", "--steps", "5", "--check"};
        Cli text = Cli.run(args);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("check against finite differences (4th-order central, ε = 1e-3), 583 entries:"),
                text.out());
        assertTrue(text.out().contains(": ok, below 1e-6"), text.out());
        String[] json = java.util.Arrays.copyOf(args, args.length + 2);
        json[args.length] = "--format";
        json[args.length + 1] = "json";
        JsonNode check = PyTorchFixtures.JSON.readTree(Cli.run(json).out()).get("check");
        assertTrue(check.get("maxRelativeError").asDouble() < 1e-6, check.toString());
        assertTrue(check.get("ok").asBoolean());
    }

    @Test
    void textShowsTheLossAndSummarisesLargeTensors() {
        Cli r = Cli.run("calc", "backward", "--input", "2", "--hidden", "8", "--seed", "1", "--steps", "3");
        assertTrue(r.out().contains("loss = Σ output (every value of every step)"), r.out());
        assertTrue(r.out().contains("weight_hh_l0 (24, 8): 192 values, see --format json"), r.out());
        assertTrue(r.out().contains("bias_ih_l0 (24):\n  ["), r.out());
    }

    @Test
    void targetOfTheWrongShapeIsADataError() {
        Path target = Cli.write(dir, "t.json", "[[0, 0], [0, 0]]");
        Cli r = Cli.run("calc", "backward", "--input", "2", "--hidden", "3", "--seed", "1", "--steps", "2", "--target",
                target.toString());
        assertTrue(r.oneLineError(3), r.toString());
        assertTrue(r.err().contains("target has shape (2, 2); expected (T, D·H) = (2, 3)"), r.err());
    }
}
