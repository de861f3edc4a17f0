package dev.grudrill.cli;

import dev.grudrill.bank.BankIndex;
import dev.grudrill.bank.BankLoader;
import dev.grudrill.bank.BundledFiles;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.LoadResult;
import dev.grudrill.bank.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: compiles the repository's bank into the index the application reads at start-up
 * ({@link BankIndex}) plus {@code show}'s plain-text rendering of every card, so that a lookup from a
 * script needs neither the YAML loader nor the Markdown renderer. A bank with a problem fails the build.
 */
public final class BundleIndex {
    private BundleIndex() {
    }

    /** {@code BundleIndex BANK_DIR OUT_DIR}. */
    public static void main(String[] args) throws IOException {
        LoadResult result = new BankLoader().load(Path.of(args[0]), "");
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("the bank has problems, run 'gru-drill bank check --bank .':\n"
                    + String.join("\n", result.problems().stream().map(Problem::toString).toList()));
        }
        Path out = Path.of(args[1]);
        BankIndex.write(result.bank(), out);
        for (Card card : result.bank().cards()) {
            Files.writeString(out.resolve(card.id() + ".txt"), plain(card, false), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(card.id() + ".short.txt"), plain(card, true), StandardCharsets.UTF_8);
        }
    }

    /** What {@code show} prints for a card when standard output is not a terminal. */
    static String plain(Card card, boolean shortOnly) {
        return Screen.plain().markdown(CardViews.markdown(card, shortOnly));
    }

    /** The rendering the build made for a card of the bundled bank, or null when there is none. */
    static String rendered(Card card, boolean shortOnly) {
        String name = card.id() + (shortOnly ? ".short.txt" : ".txt");
        try (InputStream in = BundledFiles.open(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
