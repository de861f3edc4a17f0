package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * picocli loads every command class at start-up; commands that only count must not drag in Commons
 * Math (or Jackson for text output). Runs a fresh JVM and lists the classes it loads.
 */
class StartupClassesTest {
    @Test
    void paramsLoadsNeitherCommonsMathNorJackson() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                "dev.grudrill.Main", "calc", "params", "--input", "10", "--hidden", "20")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("1,920 parameters"), output);
        assertTrue(output.contains("dev.grudrill.cli.CalcForwardCommand"), "the check sees the command classes load");
        assertFalse(output.contains("org.apache.commons.math3"), "Commons Math loaded");
        assertFalse(output.contains("com.fasterxml.jackson"), "Jackson loaded");
    }
}
