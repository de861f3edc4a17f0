package dev.grudrill.cli;

import dev.grudrill.gru.ParamSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The sizes {@code calc flops} and {@code calc memory} count for. */
final class CostOptions {
    @Option(names = "--input", paramLabel = "I", required = true, description = "Input size.")
    long input;

    @Option(names = "--hidden", paramLabel = "H", required = true, description = "Hidden size.")
    long hidden;

    @Option(names = "--layers", paramLabel = "L", defaultValue = "1", description = "Stacked layers (default: 1).")
    int layers;

    @Option(names = "--bidirectional", description = "Two directions per layer.")
    boolean bidirectional;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "1", description = "Samples per batch (default: 1).")
    long batch;

    @Option(names = {"--steps", "--length"}, paramLabel = "T", defaultValue = "1",
            description = "Sequence length (default: 1).")
    long steps;

    void check() {
        positive("--input", input);
        positive("--hidden", hidden);
        positive("--batch", batch);
        positive("--steps", steps);
        if (layers < 1 || layers > ParamSpec.MAX_LAYERS) {
            throw CliException.usage("--layers must be 1 to " + ParamSpec.MAX_LAYERS + ", not " + layers);
        }
    }

    /** For overflow messages: the sizes as options. */
    String asOptions() {
        return "--input " + input + " --hidden " + hidden + " --layers " + layers + (bidirectional ? " --bidirectional"
                : "") + " --batch " + batch + " --steps " + steps;
    }

    String describe() {
        return "I = " + input + ", H = " + hidden + ", L = " + layers + ", D = " + (bidirectional ? 2 : 1) + ", batch "
                + batch + ", T = " + steps;
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", Json.SCHEMA_VERSION);
        m.put("input", input);
        m.put("hidden", hidden);
        m.put("layers", layers);
        m.put("bidirectional", bidirectional);
        m.put("batch", batch);
        m.put("steps", steps);
        return m;
    }

    private static void positive(String option, long value) {
        if (value < 1) {
            throw CliException.usage(option + " must be 1 or more, not " + value);
        }
    }
}
