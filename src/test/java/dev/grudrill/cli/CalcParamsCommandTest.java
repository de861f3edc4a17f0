package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CalcParamsCommandTest {

    @Test
    void pytorchGruCountWithItsFourTensors() {
        Cli r = Cli.run("calc", "params", "--input", "10", "--hidden", "20");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                nn.GRU(input_size=10, hidden_size=20): 1,920 parameters

                  3·H·(I + H + 2)
                    = 3·20·(10 + 20 + 2)
                    = 1,920

                  tensor        shape     count
                  weight_ih_l0  (60, 10)    600
                  weight_hh_l0  (60, 20)  1,200
                  bias_ih_l0    (60)         60
                  bias_hh_l0    (60)         60
                  total                   1,920
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonHasTotalTensorsAndFormula() throws Exception {
        Cli r = Cli.run("calc", "params", "--input", "128", "--hidden", "256", "--layers", "2", "--bidirectional",
                "--format", "json");
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(1, doc.get("schemaVersion").asInt());
        assertEquals("gru", doc.get("cell").asText());
        assertEquals(1_775_616, doc.get("total").asLong());
        assertEquals(16, doc.get("tensors").size());
        JsonNode last = doc.get("tensors").get(15);
        assertEquals("bias_hh_l1_reverse", last.get("name").asText());
        assertEquals("[768]", last.get("shape").toString());
        assertTrue(doc.get("formula").asText().endsWith("= 1,775,616"));
    }

    @Test
    void kerasBidirectionalNamesItsLayers() {
        Cli r = Cli.run("calc", "params", "--input", "32", "--hidden", "64", "--convention", "keras",
                "--bidirectional");
        assertTrue(r.out().startsWith("Keras Bidirectional(GRU(64)) on input dim 32: 37,632 parameters"), r.out());
        assertTrue(r.out().contains("  backward_gru/bias              (2, 192)      384"), r.out());
        Cli before = Cli.run("calc", "params", "--input", "32", "--hidden", "64", "--convention", "keras",
                "--reset-after=false");
        assertTrue(before.out().contains("18,624 parameters"), before.out());
        Cli lstm = Cli.run("calc", "params", "--cell", "lstm", "--input", "32", "--hidden", "64", "--convention",
                "keras");
        assertTrue(lstm.out().contains("24,832 parameters"), lstm.out());
    }

    @Test
    void compareGivesRatiosToGru() {
        Cli r = Cli.run("calc", "params", "--input", "10", "--hidden", "20", "--compare");
        assertTrue(r.out().contains("  GRU     pytorch          1,920   1.000  3·H·(I + H + 2)"), r.out());
        assertTrue(r.out().contains("  LSTM    pytorch          2,560   1.333  4·H·(I + H + 2)"), r.out());
        assertTrue(r.out().contains("  MGU     cho              1,240   0.646  2·H·(I + H + 1)"), r.out());
        assertTrue(r.out().contains("  minGRU  cho                440   0.229  2·H·(I + 1)"), r.out());
    }

    @Test
    void sweepsPrintAsTextMarkdownAndCsv() {
        Cli md = Cli.run("calc", "params", "--input", "64", "--hidden", "64,128", "--layers", "1,2", "--format",
                "markdown");
        assertEquals("""
                | I | H | L | GRU |
                |---:|---:|---:|---:|
                | 64 | 64 | 1 | 24,960 |
                | 64 | 64 | 2 | 49,920 |
                | 64 | 128 | 1 | 74,496 |
                | 64 | 128 | 2 | 173,568 |
                """, md.out());
        Cli csv = Cli.run("calc", "params", "--input", "64", "--hidden", "64,128", "--compare", "--format", "csv");
        assertEquals("""
                I,H,L,GRU,LSTM,RNN,MGU,minGRU
                64,64,1,24960,33280,8320,16512,8320
                64,128,1,74496,99328,24832,49408,16640
                """, csv.out());
    }

    @Test
    void badSizesAndCombinationsAreUsageErrors() {
        Cli overflow = Cli.run("calc", "params", "--input", "3000000000", "--hidden", "3000000000");
        assertTrue(overflow.oneLineError(2), overflow.toString());
        assertTrue(overflow.err().contains("overflows a long") && overflow.err().contains("hidden 3000000000"));
        assertTrue(Cli.run("calc", "params", "--input", "0", "--hidden", "3").oneLineError(2));
        assertTrue(Cli.run("calc", "params", "--input", "3", "--hidden", "-3").oneLineError(2));
        assertTrue(Cli.run("calc", "params", "--input", "x", "--hidden", "3").oneLineError(2));
        Cli proj = Cli.run("calc", "params", "--input", "3", "--hidden", "5", "--proj-size", "2");
        assertTrue(proj.oneLineError(2));
        assertTrue(proj.err().contains("only supported for LSTM, not GRU"), proj.err());
        assertTrue(Cli.run("calc", "params", "--cell", "mgu", "--convention", "pytorch", "--input", "3", "--hidden",
                "5").oneLineError(2));
        assertTrue(Cli.run("calc", "params", "--input", "3", "--hidden", "5", "--reset-after").oneLineError(2));
        assertTrue(Cli.run("calc", "params", "--input", "3", "--hidden", "5", "--layers", "0").oneLineError(2));
    }
}
