package dev.grudrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The PyTorch fixtures (src/test/python/gen_gru_fixtures.py) as files a command can read. */
final class PyTorchFixtures {
    static final double TOLERANCE = 1e-10;
    static final ObjectMapper JSON = new ObjectMapper();

    private PyTorchFixtures() {
    }

    static List<JsonNode> cases(String file) {
        try (InputStream in = PyTorchFixtures.class.getResourceAsStream("/fixtures/" + file)) {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(in).get("cases").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, JsonNode node) {
        try {
            return Cli.write(dir, name, JSON.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object holding only the named fields of {@code node}. */
    static ObjectNode pick(JsonNode node, String... names) {
        ObjectNode out = JSON.createObjectNode();
        for (String name : names) {
            out.set(name, node.get(name));
        }
        return out;
    }

    /** The largest absolute difference between two nested lists of numbers of the same shape. */
    static double maxDiff(JsonNode expected, JsonNode actual) {
        if (expected.isNumber()) {
            return Math.abs(expected.asDouble() - actual.asDouble());
        }
        if (expected.size() != actual.size()) {
            throw new AssertionError("size " + actual.size() + ", expected " + expected.size());
        }
        double max = 0;
        for (int i = 0; i < expected.size(); i++) {
            max = Math.max(max, maxDiff(expected.get(i), actual.get(i)));
        }
        return max;
    }
}
