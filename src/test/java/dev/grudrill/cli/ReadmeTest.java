package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grudrill.bank.Doctest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's calculator examples are real output: they run as doctests. */
class ReadmeTest {
    @Test
    void everyCalcExampleInTheReadmePrintsWhatItShows() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(Doctest.in(readme, 1).size() >= 10, "the README shows the calculators");
        assertEquals(java.util.List.of(), Doctests.checkMarkdown(readme, 1, "README.md"));
    }
}
