package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalcPicturesTest {
    private static final String ESC = "\u001b[";

    private static void fitsEightyColumns(Cli r) {
        for (String line : r.lines()) {
            assertTrue(line.codePointCount(0, line.length()) <= 80, "wider than 80: " + line);
        }
    }

    @Test
    void gradientFlowDrawsATableAndALogChart() throws Exception {
        Cli r = Cli.run("calc", "gradient-flow", "--max-steps", "100");
        assertEquals(0, r.code(), r.err());
        fitsEightyColumns(r);
        assertTrue(r.out().contains("   T  GRU ‖∂h_T/∂h_0‖  RNN ‖∂h_T/∂h_0‖  LSTM ‖∂c_T/∂c_0‖"), r.out());
        assertTrue(r.out().contains("\n   64  "), "powers of two up to the last T: " + r.out());
        assertTrue(r.out().contains("\n  100  "), r.out());
        assertTrue(r.out().contains("   1e0 ┤"), r.out());
        assertTrue(r.out().contains("T = 1"), r.out());
        JsonNode doc = PyTorchFixtures.JSON.readTree(Cli.run("calc", "gradient-flow", "--max-steps", "100",
                "--format", "json").out());
        assertEquals(100, doc.get("points").size());
        assertEquals("spectral", doc.get("norm").asText());
        assertTrue(Cli.run("calc", "gradient-flow", "--hidden", "65").oneLineError(2));
        assertTrue(Cli.run("calc", "gradient-flow", "--max-steps", "0").oneLineError(2));
    }

    @Test
    void gatesDrawShadesForEveryUnitAndStep() throws Exception {
        Cli r = Cli.run("calc", "gates", "--input", "3", "--hidden", "5", "--steps", "100", "--seed", "4",
                "--layers", "2", "--bidirectional");
        assertEquals(0, r.code(), r.err());
        fitsEightyColumns(r);
        assertTrue(r.out().contains("layer 1 reverse, reset gate r (units × time), steps 70–99"), r.out());
        assertTrue(r.out().contains("· < 0.2   ░ 0.2–0.4   ▒ 0.4–0.6   ▓ 0.6–0.8   █ ≥ 0.8"), r.out());
        assertFalse(r.out().contains(ESC), "no colour when not on a terminal");
        JsonNode doc = PyTorchFixtures.JSON.readTree(Cli.run("calc", "gates", "--input", "3", "--hidden", "5",
                "--steps", "100", "--seed", "4", "--layers", "2", "--bidirectional", "--format", "json").out());
        assertEquals(4, doc.get("gates").size());
        JsonNode last = doc.get("gates").get(3);
        assertEquals("reverse", last.get("direction").asText());
        assertEquals(100, last.get("z").size(), "rows are time steps");
        assertEquals(5, last.get("z").get(0).size());
        // The text shade of unit 0 at step 0 of layer 0's update gate is the level of its JSON value.
        double z00 = doc.get("gates").get(0).get("z").get(0).get(0).asDouble();
        String row = r.lines().stream().filter(l -> l.startsWith("     0  ")).findFirst().orElseThrow();
        assertEquals(CalcGatesCommand.SHADES.charAt(CalcGatesCommand.level(z00)), row.charAt(8));
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        String[] args = {"calc", "gates", "--input", "2", "--hidden", "2", "--steps", "5", "--seed", "1"};
        Context terminal = new Context(Map.of("TERM", "xterm"), true, false, InputStream.nullInputStream(),
                Clock.systemUTC());
        Context noColor = new Context(Map.of("TERM", "xterm", "NO_COLOR", "1"), true, false,
                InputStream.nullInputStream(), Clock.systemUTC());
        assertTrue(Cli.run(terminal, args).out().contains(ESC));
        assertFalse(Cli.run(noColor, args).out().contains(ESC));
        assertFalse(Cli.run(args).out().contains(ESC));
    }

    @Test
    void shadeLevelsSplitTheUnitInterval() {
        assertEquals(0, CalcGatesCommand.level(0.0));
        assertEquals(0, CalcGatesCommand.level(0.19));
        assertEquals(2, CalcGatesCommand.level(0.5));
        assertEquals(4, CalcGatesCommand.level(0.8));
        assertEquals(4, CalcGatesCommand.level(1.0));
    }
}
