package dev.grudrill.cli;

import picocli.CommandLine.Option;

/** {@code --color auto|always|never}: colour only on a terminal and never with NO_COLOR, unless forced. */
final class ColorOptions {
    enum When { auto, always, never }

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto = on a terminal without NO_COLOR).")
    When when = When.auto;

    boolean enabled(Context context) {
        return switch (when) {
            case always -> true;
            case never -> false;
            case auto -> context.stdoutTerminal() && context.getenv("NO_COLOR") == null
                    && !"dumb".equals(context.getenv("TERM"));
        };
    }
}
