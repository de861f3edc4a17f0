package dev.grudrill.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank cannot make gru-drill read outside its folder: deck and answer files, or the questions/ and
 * answers/ folders themselves, that are symbolic links to files elsewhere (here a passwd-like file in
 * the test's own folder) are refused by name, and their content is never printed. A FIFO cannot make
 * it wait.
 */
class BankPathsTest {
    static final String SECRET = "root:x:0:0:SECRET-MARKER:/root:/bin/bash";

    @TempDir
    Path tmp;

    Path bank;
    Path outside;

    @BeforeEach
    void setUp() throws IOException {
        bank = HostileBank.write(tmp.resolve("bank"));
        Path etc = Files.createDirectories(tmp.resolve("etc"));
        outside = Files.writeString(etc.resolve("passwd"), "schemaVersion: 1\ndeck: passwd\ntitle: \"" + SECRET
                + "\"\nquestions: []\n# " + SECRET + "\n");
    }

    private HostileBank.Run check() {
        return HostileBank.run("bank", "check", "--bank", bank.toString());
    }

    private static void assertRefused(HostileBank.Run run, String entry) {
        assertEquals(3, run.code(), run.err());
        assertTrue(run.out().contains(entry + ": points outside the bank folder; refusing to read it"), run.out());
        assertFalse(run.printed().contains("SECRET-MARKER"), run.printed());
    }

    @Test
    void aDeckFileLinkedToAFileOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(bank.resolve("questions/passwd.yaml"), outside);
        assertRefused(check(), "questions/passwd.yaml");
    }

    @Test
    void anAnswerFileLinkedToAFileOutsideIsRefused() throws IOException {
        Files.delete(bank.resolve("answers/evil-02.md"));
        Files.createSymbolicLink(bank.resolve("answers/evil-02.md"), outside);
        HostileBank.Run run = check();
        assertRefused(run, "answers/evil-02.md");
        HostileBank.Run show = HostileBank.run("show", "2", "--bank", bank.toString());
        assertEquals(3, show.code());
        assertFalse(show.printed().contains("SECRET-MARKER"));
    }

    @Test
    void aLinkThroughDotDotIsRefusedToo() throws IOException {
        Files.createSymbolicLink(bank.resolve("questions/up.yaml"), Path.of("../../etc/passwd"));
        assertRefused(check(), "questions/up.yaml");
    }

    @Test
    void aQuestionsFolderLinkedOutsideIsRefusedEntryByEntry() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.copy(outside, elsewhere.resolve("passwd.yaml"));
        Files.move(bank.resolve("questions"), tmp.resolve("questions-moved"));
        Files.createSymbolicLink(bank.resolve("questions"), elsewhere);
        assertRefused(check(), "questions/passwd.yaml");
    }

    @Test
    void anAnswersFolderLinkedOutsideIsRefusedEntryByEntry() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("answers-elsewhere"));
        Files.copy(outside, elsewhere.resolve("evil-01.md"));
        Files.move(bank.resolve("answers"), tmp.resolve("answers-moved"));
        Files.createSymbolicLink(bank.resolve("answers"), elsewhere);
        assertRefused(check(), "answers/evil-01.md");
    }

    @Test
    void aLinkInsideTheBankIsFollowed() throws IOException {
        Path copy = Files.copy(bank.resolve("answers/evil-02.md"), bank.resolve("evil-02.md.orig"));
        Files.delete(bank.resolve("answers/evil-02.md"));
        Files.createSymbolicLink(bank.resolve("answers/evil-02.md"), Path.of("../evil-02.md.orig"));
        HostileBank.Run run = HostileBank.run("show", "2", "--bank", bank.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(copy));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aFifoNamedLikeADeckIsNotOpened() throws Exception {
        Path fifo = bank.resolve("questions/fifo.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        HostileBank.Run run = check();
        assertEquals(3, run.code(), run.err());
        assertTrue(run.out().contains("questions/fifo.yaml: unexpected entry: expected a deck file"), run.out());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aLinkToADeviceIsRefused() throws IOException {
        Files.createSymbolicLink(bank.resolve("questions/zero.yaml"), Path.of("/dev/zero"));
        assertRefused(check(), "questions/zero.yaml");
    }
}
