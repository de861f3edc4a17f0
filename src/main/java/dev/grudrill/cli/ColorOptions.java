package dev.grudrill.cli;


/** {@code --color auto|always|never}: colour only on a terminal and never with NO_COLOR, unless forced. */
final class ColorOptions {
    enum When { auto, always, never }

    private final Arg<When> when;

    ColorOptions(BaseCommand command) {
        when = command.option("--color").label("WHEN").defaultValue("auto")
                .description("Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto = on a terminal"
                        + " without NO_COLOR).")
                .of(When.class);
    }

    boolean enabled(Context context) {
        return switch (when.get()) {
            case always -> true;
            case never -> false;
            case auto -> context.stdoutTerminal() && context.getenv("NO_COLOR") == null
                    && !"dumb".equals(context.getenv("TERM"));
        };
    }
}
