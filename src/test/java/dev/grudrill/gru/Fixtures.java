package dev.grudrill.gru;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/** Reads the PyTorch fixtures written by src/test/python/gen_gru_fixtures.py. */
final class Fixtures {
    /** Fixtures are float64 PyTorch results; our arithmetic may sum in another order. */
    static final double TOLERANCE = 1e-10;

    private Fixtures() {
    }

    static List<JsonNode> cases(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + file)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<JsonNode> out = new ArrayList<>();
            root.get("cases").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RealMatrix matrix(JsonNode node) {
        double[][] data = new double[node.size()][];
        for (int i = 0; i < node.size(); i++) {
            data[i] = array(node.get(i));
        }
        return new Array2DRowRealMatrix(data, false);
    }

    static RealVector vector(JsonNode node) {
        return new ArrayRealVector(array(node));
    }

    static double[] array(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }

    /** The largest absolute difference, failing on a shape mismatch. */
    static double maxDiff(JsonNode expected, RealMatrix actual) {
        if (expected.size() != actual.getRowDimension()) {
            throw new AssertionError("rows: expected " + expected.size() + ", got " + actual.getRowDimension());
        }
        double max = 0;
        for (int i = 0; i < expected.size(); i++) {
            max = Math.max(max, maxDiff(expected.get(i), actual.getRowVector(i)));
        }
        return max;
    }

    static double maxDiff(JsonNode expected, RealVector actual) {
        if (expected.size() != actual.getDimension()) {
            throw new AssertionError("length: expected " + expected.size() + ", got " + actual.getDimension());
        }
        double max = 0;
        for (int i = 0; i < expected.size(); i++) {
            max = Math.max(max, Math.abs(expected.get(i).asDouble() - actual.getEntry(i)));
        }
        return max;
    }

    static GruNetwork network(JsonNode c) {
        int layers = c.get("layers").asInt();
        boolean bi = c.get("bidirectional").asBoolean();
        JsonNode w = c.get("weights");
        List<GruWeights> weights = new ArrayList<>();
        for (int layer = 0; layer < layers; layer++) {
            for (int d = 0; d < (bi ? 2 : 1); d++) {
                String s = GruNetwork.suffix(layer, d);
                weights.add(new GruWeights(s, matrix(w.get("weight_ih" + s)), matrix(w.get("weight_hh" + s)),
                        vector(w.get("bias_ih" + s)), vector(w.get("bias_hh" + s))));
            }
        }
        return new GruNetwork(c.get("input").asInt(), c.get("hidden").asInt(), layers, bi, weights);
    }
}
