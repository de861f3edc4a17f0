package dev.grudrill.cli;

import dev.grudrill.gru.ParamSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sizes {@code calc flops} and {@code calc memory} count for. */
final class CostOptions extends OptionGroup {
    final Arg<Long> input = option("--input").label("I").required()
            .description("Input size.").of(Long.class);

    final Arg<Long> hidden = option("--hidden").label("H").required()
            .description("Hidden size.").of(Long.class);

    final Arg<Integer> layers = option("--layers").label("L").defaultValue("1")
            .description("Stacked layers (default: 1).").of(Integer.class);

    final Arg<Boolean> bidirectional = flag("--bidirectional", "Two directions per layer.");

    final Arg<Long> batch = option("--batch").label("B").defaultValue("1")
            .description("Samples per batch (default: 1).").of(Long.class);

    final Arg<Long> steps = option("--steps,--length").label("T").defaultValue("1")
            .description("Sequence length (default: 1).").of(Long.class);

    CostOptions(BaseCommand command) {
        super(command);
    }

    void check() {
        positive("--input", input.get());
        positive("--hidden", hidden.get());
        positive("--batch", batch.get());
        positive("--steps", steps.get());
        if (layers.get() < 1 || layers.get() > ParamSpec.MAX_LAYERS) {
            throw CliException.usage("--layers must be 1 to " + ParamSpec.MAX_LAYERS + ", not " + layers.get());
        }
    }

    /** For overflow messages: the sizes as options. */
    String asOptions() {
        return "--input " + input.get() + " --hidden " + hidden.get() + " --layers " + layers.get() + (bidirectional.get() ? " --bidirectional"
                : "") + " --batch " + batch.get() + " --steps " + steps.get();
    }

    String describe() {
        return "I = " + input.get() + ", H = " + hidden.get() + ", L = " + layers.get() + ", D = " + (bidirectional.get() ? 2 : 1) + ", batch "
                + batch.get() + ", T = " + steps.get();
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", Json.SCHEMA_VERSION);
        m.put("input", input.get());
        m.put("hidden", hidden.get());
        m.put("layers", layers.get());
        m.put("bidirectional", bidirectional.get());
        m.put("batch", batch.get());
        m.put("steps", steps.get());
        return m;
    }

    private static void positive(String option, long value) {
        if (value < 1) {
            throw CliException.usage(option + " must be 1 or more, not " + value);
        }
    }
}
