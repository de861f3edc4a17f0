package dev.grudrill.store;

import java.nio.file.Path;
import java.time.Clock;

/** A second process for {@link HistoryStoreTest}: appends N records to the history in a folder. */
public final class HistoryWriterMain {
    private HistoryWriterMain() {
    }

    public static void main(String[] args) {
        HistoryStore store = new HistoryStore(Path.of(args[0]), Clock.systemUTC());
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            store.append(HistoryStoreTest.record(args[1], i));
        }
    }
}
