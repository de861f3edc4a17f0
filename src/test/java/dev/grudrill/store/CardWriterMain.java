package dev.grudrill.store;

import dev.grudrill.drill.Fsrs;
import dev.grudrill.drill.Records;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A second process for {@link CardStoreTest}: records N reviews of one card in a folder. */
public final class CardWriterMain {
    private CardWriterMain() {
    }

    public static void main(String[] args) {
        CardStore store = new CardStore(Path.of(args[0]), Clock.systemUTC(), new Fsrs());
        Instant t0 = Instant.parse("2026-11-20T09:00:00Z");
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            store.record(Records.review(args[1], t0.plus(Duration.ofMinutes(i)), "good"));
        }
    }
}
