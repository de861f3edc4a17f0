package dev.grudrill.cli;

/** The output options of the lookup commands: {@code --format} and {@code --color}. */
final class LookupOutput {
    private final Arg<LookupFormat> format;
    private final ColorOptions color;

    LookupOutput(BaseCommand command) {
        format = command.option("--format").label("FORMAT").defaultValue("text")
                .description("Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").of(LookupFormat.class);
        color = new ColorOptions(command);
    }

    LookupFormat format() {
        return format.get();
    }

    Screen screen(Context context) {
        return Screen.of(context, color);
    }
}
