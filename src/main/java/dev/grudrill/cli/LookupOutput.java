package dev.grudrill.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The output options of the lookup commands: {@code --format} and {@code --color}. */
final class LookupOutput {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    LookupFormat format;

    @Mixin
    ColorOptions color;

    Screen screen(Context context) {
        return Screen.of(context, color);
    }
}
