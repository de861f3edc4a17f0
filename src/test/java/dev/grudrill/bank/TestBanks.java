package dev.grudrill.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The repository's bank for tests, as it is, or with some answers marked "not written yet" the way a
 * bank still being written looks (every answer of the real bank is written).
 */
public final class TestBanks {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();

    private TestBanks() {
    }

    public static Bank real() {
        return new BankLoader().load(REPOSITORY, "").orThrow();
    }

    public static Bank withUnwritten(String... ids) {
        Bank real = real();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Card card : real.cards()) {
            answers.put(card.id(), List.of(ids).contains(card.id()) ? Answer.notWritten(card.id()) : card.answer());
        }
        return new Bank(real.decks(), answers);
    }

    /** A copy of the real bank's folders in {@code dir}, with these answers not written. */
    public static Path folderWithUnwritten(Path dir, String... ids) {
        try {
            for (String folder : List.of("questions", "answers")) {
                Files.createDirectories(dir.resolve(folder));
                try (Stream<Path> files = Files.list(REPOSITORY.resolve(folder))) {
                    for (Path file : files.toList()) {
                        Files.copy(file, dir.resolve(folder).resolve(file.getFileName()));
                    }
                }
            }
            for (String id : ids) {
                Files.writeString(dir.resolve("answers").resolve(id + ".md"), "---\nid: " + id + "\n---\nNot written yet.\n");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
