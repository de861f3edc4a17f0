package dev.grudrill.term;

import dev.grudrill.drill.HistoryRecord;

/** Where a record goes the moment its grade is confirmed (the history store, in the app). */
@FunctionalInterface
public interface HistorySink {
    void save(HistoryRecord record);
}
