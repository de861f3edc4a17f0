package dev.grudrill.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}: the folder of the history, the card state and the plan. */
final class DataOptions {
    static final String HOME_ENV = "GRU_DRILL_HOME";

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the history, card state and plan (default: $" + HOME_ENV
                    + ", else $XDG_DATA_HOME/gru-drill, else ~/.local/share/gru-drill).")
    Path dataDir;

    Path folder(Context context) {
        return folder(dataDir, context);
    }

    /** {@code explicit}, else $GRU_DRILL_HOME, else $XDG_DATA_HOME/gru-drill, else ~/.local/share/gru-drill. */
    static Path folder(Path explicit, Context context) {
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
