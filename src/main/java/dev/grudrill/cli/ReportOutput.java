package dev.grudrill.cli;

/** {@code --format text|json} and {@code --color}: the output options of commands that print a report. */
final class ReportOutput extends OptionGroup {
    enum Format { text, json }

    private final Arg<Format> format = option("--format").label("FORMAT").defaultValue("text")
            .description("Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").of(Format.class);
    private final ColorOptions color;

    ReportOutput(BaseCommand command) {
        super(command);
        color = new ColorOptions(command);
    }

    boolean json() {
        return format.get() == Format.json;
    }

    Screen screen(Context context) {
        return Screen.of(context, color);
    }
}
