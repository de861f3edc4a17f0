package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gives one clear line on stderr, no stack trace, and the documented exit code. */
class ErrorsAndHelpTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "shw                          | 2 | unknown command 'shw'; did you mean show?",
        "show                         | 2 | Missing required parameter",
        "show 6 --frmat json          | 2 | Unknown option: '--frmat'",
        "show 6 --format yaml         | 2 | Invalid value for option '--format'",
        "show 0                       | 1 | no question 0 (questions are numbered 1-50)",
        "show 51                      | 1 | no question 51",
        "show abc                     | 1 | no question 'abc'",
        "list --topic gating          | 2 | 'gating' is not a topic",
        "list --difficulty 4          | 2 | --difficulty must be 1, 2 or 3",
        "list --difficulty x          | 2 | Invalid value for option '--difficulty'",
        "list --deck lstm             | 1 | no deck 'lstm'",
        "search the                   | 2 | has no searchable words",
        "search gate --limit 0        | 2 | --limit must be 1 or more",
        "bank chek                    | 2 | unknown command 'chek'",
        "bank import --out x          | 2 | Missing required parameter",
        "bank import nope.md --out x  | 3 | nope.md: no such file",
        "show 6 --bank /no/such/dir   | 3 | /no/such/dir: no such folder",
        "show 6 --deck lstm           | 1 | there is no deck 'lstm'",
    })
    void badInput(String args, int code, String message) {
        CliRun run = CliRun.run(args.split(" "));
        assertEquals(code, run.code(), run.err());
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertTrue(run.err().startsWith("gru-drill"), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aBrokenBankListsEveryProblemAndExits3(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("questions"));
        Files.createDirectories(dir.resolve("answers"));
        Files.writeString(dir.resolve("questions/x.yaml"), "schemaVersion: 1\ndeck: x\nquestions:\n  - id: x-01\n");
        Files.writeString(dir.resolve("answers/y-01.md"), "---\nid: y-01\n---\nNot written yet.\n");
        CliRun check = CliRun.run("bank", "check", "--bank", dir.toString());
        assertEquals(3, check.code());
        assertTrue(check.out().lines().count() >= 5, check.out());
        assertTrue(check.out().contains("missing required field 'prompt'"), check.out());
        assertTrue(check.out().contains("missing required field 'time'"), check.out());
        CliRun show = CliRun.run("show", "1", "--bank", dir.toString());
        assertEquals(3, show.code());
        assertTrue(show.err().lines().allMatch(l -> l.startsWith("gru-drill show: " + dir)), show.err());
    }

    @Test
    void controlCharactersInMessagesAreEscaped() {
        CliRun run = CliRun.run("show", "a\u001b[2Jb");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("a\\u001b[2Jb"), run.err());
        assertTrue(!run.err().contains("\u001b"));
    }

    @Test
    void helpListsTheExitCodes() {
        for (String[] args : new String[][] {{"--help"}, {"show", "--help"}, {"bank", "check", "--help"}}) {
            CliRun run = CliRun.run(args);
            assertEquals(0, run.code());
            assertTrue(run.out().contains("Exit codes:"), run.out());
            assertTrue(run.out().contains("3   bad bank or data file"), run.out());
        }
    }

    @Test
    void versionEverywhere() {
        assertTrue(CliRun.run("--version").out().startsWith("gru-drill "));
        assertTrue(CliRun.run("search", "--version").out().startsWith("gru-drill "));
    }

    @Test
    void noCommandPrintsUsageAndExits2() {
        CliRun run = CliRun.run();
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Usage: gru-drill"));
    }

    @Test
    void completionScriptCoversTheCommands() {
        CliRun run = CliRun.run("completion");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("complete -F"), "a bash completion function");
        assertTrue(run.out().contains("search") && run.out().contains("--format"));
    }
}
