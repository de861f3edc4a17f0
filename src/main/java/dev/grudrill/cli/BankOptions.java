package dev.grudrill.cli;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.BankLoader;
import dev.grudrill.bank.LoadResult;
import java.nio.file.Path;

/** {@code --bank DIR} (or {@code GRU_DRILL_BANK}): which bank to read; the bundled one by default. */
final class BankOptions {
    static final String ENV = "GRU_DRILL_BANK";

    private final Arg<Path> bank;

    BankOptions(BaseCommand command) {
        bank = command.option("--bank").label("DIR")
                .description("Bank folder holding questions/ and answers/ (default: $" + ENV + ", else the bundled"
                        + " bank).")
                .of(Path.class);
    }

    /** The selected folder, or null for the bundled bank. */
    Path folder(Context context) {
        if (bank.get() != null) {
            return bank.get();
        }
        return context.getenv(ENV) == null ? null : Path.of(context.getenv(ENV));
    }

    /** How problems name files of the selected bank: "DIR/" for a folder, "" for the bundled bank. */
    String displayPrefix(Context context) {
        Path dir = folder(context);
        return dir == null ? "" : dir.toString().endsWith("/") ? dir.toString() : dir + "/";
    }

    /** Loads the selected bank, with every problem found. */
    LoadResult load(Context context) {
        Path dir = folder(context);
        BankLoader loader = new BankLoader();
        return dir == null ? loader.loadBundled() : loader.load(dir, displayPrefix(context));
    }

    /** Loads the selected bank or fails with exit code 3 listing its problems. */
    Bank loadOrFail(Context context) {
        return load(context).orThrow();
    }
}
