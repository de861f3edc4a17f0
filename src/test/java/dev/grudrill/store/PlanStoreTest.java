package dev.grudrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.drill.PlanGoal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanStoreTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    static final PlanGoal GOAL = new PlanGoal(LocalDate.of(2026, 12, 10), 0.9);

    @TempDir
    Path dir;

    @Test
    void savesLoadsAndClears() throws IOException {
        PlanStore store = new PlanStore(dir, CLOCK);
        assertEquals(Optional.empty(), store.load());
        store.save(GOAL);
        assertEquals("{\n  \"schemaVersion\" : 1,\n  \"interviewDate\" : \"2026-12-10\",\n  \"target\" : 0.9\n}\n",
                Files.readString(store.file()));
        assertEquals(Optional.of(GOAL), new PlanStore(dir, CLOCK).load());
        store.save(new PlanGoal(LocalDate.of(2027, 1, 5), 0.95));
        assertEquals(Optional.of(new PlanGoal(LocalDate.of(2027, 1, 5), 0.95)), store.load());
        assertTrue(store.clear());
        assertFalse(store.clear());
        assertEquals(Optional.empty(), store.load());
    }

    @Test
    void aDamagedFileIsMovedAsideWithAMessage() throws IOException {
        PlanStore store = new PlanStore(dir, CLOCK);
        for (String damaged : List.of("{\"schemaVersion\":1,\"interviewDate\":\"2026-12-", "{\"schemaVersion\":1,"
                + "\"interviewDate\":\"tomorrow\",\"target\":0.9}", "{\"schemaVersion\":1,\"interviewDate\":\"2026-12-10\","
                + "\"target\":1.5}")) {
            Files.writeString(store.file(), damaged);
            assertEquals(Optional.empty(), store.load());
            String note = store.takeNotes().get(0);
            assertTrue(note.contains("plan.json") && note.contains("; it was moved to plan.json.corrupt-20261125T100000Z")
                    && note.endsWith("set the interview date again with plan --interview-date"), note);
            assertFalse(Files.exists(store.file()));
        }
        assertEquals(3, Files.list(dir).filter(p -> p.getFileName().toString().startsWith("plan.json.corrupt-")).count());
    }

    @Test
    void aNewerSchemaIsRefusedAndNeitherRewrittenNorRemoved() throws IOException {
        PlanStore store = new PlanStore(dir, CLOCK);
        String newer = "{\"schemaVersion\":2,\"goals\":[]}";
        Files.writeString(store.file(), newer);
        assertThrows(StoreException.class, store::load);
        assertThrows(StoreException.class, () -> store.save(GOAL));
        assertThrows(StoreException.class, store::clear);
        assertEquals(newer, Files.readString(store.file()));
    }
}
