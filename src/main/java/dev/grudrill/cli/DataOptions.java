package dev.grudrill.cli;

import java.nio.file.Path;

/** {@code --data-dir DIR}: the folder of the history, the card state and the plan. */
final class DataOptions extends OptionGroup {
    static final String HOME_ENV = "GRU_DRILL_HOME";

    private final Arg<Path> dataDir = option("--data-dir").label("DIR")
            .description("Folder of the history, card state and plan (default: $" + HOME_ENV
                    + ", else $XDG_DATA_HOME/gru-drill, else ~/.local/share/gru-drill).")
            .of(Path.class);

    DataOptions(BaseCommand command) {
        super(command);
    }

    Path folder(Context context) {
        Path explicit = dataDir.get();
        if (explicit != null) {
            return explicit;
        }
        if (context.getenv(HOME_ENV) != null) {
            return Path.of(context.getenv(HOME_ENV));
        }
        if (context.getenv("XDG_DATA_HOME") != null) {
            return Path.of(context.getenv("XDG_DATA_HOME"), "gru-drill");
        }
        String home = context.getenv("HOME") != null ? context.getenv("HOME") : System.getProperty("user.home");
        return Path.of(home, ".local", "share", "gru-drill");
    }
}
