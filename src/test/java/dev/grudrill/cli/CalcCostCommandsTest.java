package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CalcCostCommandsTest {

    @Test
    void flopsMatchTheFactSheetExample() throws Exception {
        // gru-facts §8: I=128, H=256: GRU 294,912; LSTM 393,216; RNN 98,304 MACs per step.
        Cli text = Cli.run("calc", "flops", "--input", "128", "--hidden", "256", "--steps", "100");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("  MACs per step, one sample             294,912     393,216     98,304"),
                text.out());
        assertTrue(text.out().contains("GRU / LSTM MACs = 0.750"), text.out());
        JsonNode doc = PyTorchFixtures.JSON.readTree(Cli.run("calc", "flops", "--input", "128", "--hidden", "256",
                "--layers", "2", "--bidirectional", "--batch", "8", "--length", "10", "--format", "json").out());
        JsonNode gru = doc.get("cells").get("gru");
        // layer 0: 2·3·256·(128+256); layer 1 reads 512: 2·3·256·(512+256)
        long perStep = 2L * 3 * 256 * (128 + 256) + 2L * 3 * 256 * (512 + 256);
        assertEquals(perStep, gru.get("macsPerStep").asLong());
        assertEquals(4L * 3 * 256 * 256, gru.get("recurrentMacsPerStep").asLong());
        assertEquals(perStep * 8 * 10, gru.get("macsPerSequence").asLong());
        assertEquals(13L * 256 * 4, gru.get("elementwisePerStep").asLong());
    }

    @Test
    void memoryCountsSixHForGruAndForLstm() throws Exception {
        JsonNode doc = PyTorchFixtures.JSON.readTree(Cli.run("calc", "memory", "--input", "128", "--hidden", "256",
                "--layers", "2", "--batch", "32", "--steps", "100", "--format", "json").out());
        long gru = 6L * 256 * 100 * 32 * 2;
        assertEquals(gru, doc.get("cells").get("gru").get("values").asLong());
        assertEquals(gru * 4, doc.get("cells").get("gru").get("float32Bytes").asLong());
        assertEquals(6L * 256 * 100 * 32 * 2, doc.get("cells").get("lstm").get("values").asLong());
        assertEquals(1.0, doc.get("gruToLstm").asDouble(), 1e-15);
        Cli text = Cli.run("calc", "memory", "--input", "128", "--hidden", "256", "--layers", "2", "--batch", "32",
                "--steps", "100");
        assertTrue(text.out().contains("  GRU   9,830,400  37.5 MiB  75.0 MiB"), text.out());
    }

    @Test
    void overflowAndBadSizesAreUsageErrors() {
        Cli flops = Cli.run("calc", "flops", "--input", "128", "--hidden", "4000000000000", "--steps", "1000000");
        assertTrue(flops.oneLineError(2), flops.toString());
        assertTrue(flops.err().contains("overflow a long for --input 128 --hidden 4000000000000"), flops.err());
        assertTrue(Cli.run("calc", "memory", "--input", "128", "--hidden", "4000000000000000", "--batch", "64")
                .oneLineError(2));
        assertTrue(Cli.run("calc", "memory", "--input", "1", "--hidden", "1", "--batch", "0").oneLineError(2));
        assertTrue(Cli.run("calc", "flops", "--input", "-1", "--hidden", "1").oneLineError(2));
    }
}
