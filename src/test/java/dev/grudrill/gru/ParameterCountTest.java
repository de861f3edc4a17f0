package dev.grudrill.gru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParameterCountTest {

    private static ParamSpec spec(Cell cell, Convention convention, long input, long hidden, int layers,
            boolean bidirectional, boolean bias, long proj, Boolean resetAfter) {
        return new ParamSpec(cell, convention, input, hidden, layers, bidirectional, bias, proj, resetAfter);
    }

    private static long count(Cell cell, Convention convention, long input, long hidden) {
        return ParameterCount.of(spec(cell, convention, input, hidden, 1, false, true, 0, null)).total();
    }

    @Test
    void matchesPyTorchNamedParametersForEveryFixture() {
        List<JsonNode> cases = Fixtures.cases("params.json");
        assertTrue(cases.size() >= 20, "at least 20 configurations");
        for (JsonNode c : cases) {
            Cell cell = Cell.valueOf(c.get("cell").asText().toUpperCase(Locale.ROOT));
            ParameterCount count = ParameterCount.of(spec(cell, Convention.PYTORCH, c.get("input").asLong(),
                    c.get("hidden").asLong(), c.get("layers").asInt(), c.get("bidirectional").asBoolean(),
                    c.get("bias").asBoolean(), c.get("projSize").asLong(), null));
            String label = c.toString().substring(0, 120);
            assertEquals(c.get("total").asLong(), count.total(), label);
            List<String> expected = new ArrayList<>();
            c.get("tensors").forEach(t -> expected.add(t.get("name").asText() + t.get("shape").toString()
                    .replace(",", ", ")));
            assertEquals(expected, count.tensors().stream().map(ParameterCount.Tensor::toString).toList(), label);
        }
    }

    @Test
    void kerasCountsFollowTheFactSheet() {
        // gru-facts §10.1 rows 10-15: Keras GRU(64), LSTM(64), SimpleRNN(64) on input dim 32.
        assertEquals(18_816, count(Cell.GRU, Convention.KERAS, 32, 64));
        assertEquals(18_624, ParameterCount.of(spec(Cell.GRU, Convention.KERAS, 32, 64, 1, false, true, 0, false))
                .total());
        assertEquals(18_432, ParameterCount.of(spec(Cell.GRU, Convention.KERAS, 32, 64, 1, false, false, 0, null))
                .total());
        assertEquals(24_832, count(Cell.LSTM, Convention.KERAS, 32, 64));
        assertEquals(6_208, count(Cell.RNN, Convention.KERAS, 32, 64));
        assertEquals(37_632, ParameterCount.of(spec(Cell.GRU, Convention.KERAS, 32, 64, 1, true, true, 0, null))
                .total());
    }

    @Test
    void kerasTensorsHaveKerasNamesAndShapes() {
        ParameterCount bi = ParameterCount.of(spec(Cell.GRU, Convention.KERAS, 32, 64, 2, true, true, 0, null));
        assertEquals(List.of("forward_gru/kernel[32, 192]", "forward_gru/recurrent_kernel[64, 192]",
                "forward_gru/bias[2, 192]", "backward_gru/kernel[32, 192]", "backward_gru/recurrent_kernel[64, 192]",
                "backward_gru/bias[2, 192]", "forward_gru_1/kernel[128, 192]",
                "forward_gru_1/recurrent_kernel[64, 192]", "forward_gru_1/bias[2, 192]",
                "backward_gru_1/kernel[128, 192]", "backward_gru_1/recurrent_kernel[64, 192]",
                "backward_gru_1/bias[2, 192]"),
                bi.tensors().stream().map(ParameterCount.Tensor::toString).toList());
        ParameterCount before = ParameterCount.of(spec(Cell.GRU, Convention.KERAS, 32, 64, 1, false, true, 0, false));
        assertEquals("gru/bias[192]", before.tensors().get(2).toString());
    }

    @Test
    void paperFormCountsFollowTheFactSheet() {
        // gru-facts §10.1 rows 16-17 and the one-bias GRU 3H(I+H+1).
        assertEquals(1_240, count(Cell.MGU, Convention.CHO, 10, 20));
        assertEquals(440, count(Cell.MINGRU, Convention.CHO, 10, 20));
        assertEquals(3 * 20 * (10 + 20 + 1), count(Cell.GRU, Convention.CHO, 10, 20));
        assertEquals(4 * 64 * (32 + 64 + 1), count(Cell.LSTM, Convention.CHO, 32, 64));
        ParameterCount mgu = ParameterCount.of(spec(Cell.MGU, Convention.CHO, 10, 20, 1, false, true, 0, null));
        assertEquals(List.of("W_f[20, 10]", "U_f[20, 20]", "b_f[20]", "W_h[20, 10]", "U_h[20, 20]", "b_h[20]"),
                mgu.tensors().stream().map(ParameterCount.Tensor::toString).toList());
        ParameterCount min = ParameterCount.of(spec(Cell.MINGRU, Convention.CHO, 10, 20, 2, true, true, 0, null));
        // layer 1 reads both directions: 2·20 inputs.
        assertEquals(2 * 440 + 2 * (2 * (20 * 40 + 20)), min.total());
        assertEquals("l1_reverse/linear_h.bias[20]", min.tensors().get(min.tensors().size() - 1).toString());
    }

    @Test
    void formulaShowsTheNumbersSubstituted() {
        assertEquals("3·H·(I + H + 2) = 3·20·(10 + 20 + 2) = 1,920",
                ParameterCount.of(spec(Cell.GRU, Convention.PYTORCH, 10, 20, 1, false, true, 0, null)).formula());
        assertEquals("D·[3·H·(I + H + 2) + (L − 1)·3·H·(D·H + H + 2)]"
                        + " = 2·[3·256·(128 + 256 + 2) + 1·3·256·(512 + 256 + 2)] = 1,775,616",
                ParameterCount.of(spec(Cell.GRU, Convention.PYTORCH, 128, 256, 2, true, true, 0, null)).formula());
        assertEquals("4·H·I + 4·H·P + 8·H + P·H = 4·256·128 + 4·256·64 + 8·256 + 64·256 = 215,040",
                ParameterCount.of(spec(Cell.LSTM, Convention.PYTORCH, 128, 256, 1, false, true, 64, null)).formula());
        assertEquals("H·(I + H) = 20·(10 + 20) = 600",
                ParameterCount.of(spec(Cell.RNN, Convention.PYTORCH, 10, 20, 1, false, false, 0, null)).formula());
        assertEquals("2·H·(I + 1) = 2·20·(10 + 1) = 440",
                ParameterCount.of(spec(Cell.MINGRU, Convention.CHO, 10, 20, 1, false, true, 0, null)).formula());
    }

    @Test
    void overflowIsAnErrorNamingTheSizes() {
        SpecException e = assertThrows(SpecException.class, () ->
                ParameterCount.of(spec(Cell.GRU, Convention.PYTORCH, 3_000_000_000L, 3_000_000_000L, 1, false, true,
                        0, null)));
        assertTrue(e.getMessage().contains("input 3000000000, hidden 3000000000"), e.getMessage());
        // Just below the limit still counts exactly: 3·H·(I + H + 2) with H = 1, I = (2^63 − 1)/3 − 3.
        long input = Long.MAX_VALUE / 3 - 3;
        assertEquals(3 * (input + 3), count(Cell.GRU, Convention.PYTORCH, input, 1));
        assertThrows(SpecException.class, () -> count(Cell.GRU, Convention.PYTORCH, input + 1, 1));
    }

    @Test
    void rejectsWhatNoFrameworkHas() {
        assertThrows(SpecException.class, () -> spec(Cell.GRU, Convention.PYTORCH, 10, 20, 1, false, true, 5, null));
        assertThrows(SpecException.class, () -> spec(Cell.LSTM, Convention.KERAS, 10, 20, 1, false, true, 5, null));
        assertThrows(SpecException.class, () -> spec(Cell.LSTM, Convention.PYTORCH, 10, 20, 1, false, true, 20, null));
        assertThrows(SpecException.class, () -> spec(Cell.MGU, Convention.PYTORCH, 10, 20, 1, false, true, 0, null));
        assertThrows(SpecException.class, () -> spec(Cell.MINGRU, Convention.KERAS, 10, 20, 1, false, true, 0, null));
        assertThrows(SpecException.class, () -> spec(Cell.GRU, Convention.PYTORCH, 10, 20, 1, false, true, 0, true));
        assertThrows(SpecException.class, () -> spec(Cell.GRU, Convention.PYTORCH, 0, 20, 1, false, true, 0, null));
        assertThrows(SpecException.class, () -> spec(Cell.GRU, Convention.PYTORCH, 10, -1, 1, false, true, 0, null));
        assertThrows(SpecException.class, () -> spec(Cell.GRU, Convention.PYTORCH, 10, 20, 0, false, true, 0, null));
    }
}
