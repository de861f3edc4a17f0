package dev.grudrill.bank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small bank folders for loader tests. */
final class BankFixture {
    static final String DECK = """
            schemaVersion: 1
            deck: demo
            title: Demo deck
            questions:
              - id: demo-01
                number: 1
                prompt: "What does the reset gate do?"
                topics: [gates]
                difficulty: 1
                time: 2m
              - id: demo-02
                number: 2
                prompt: "Count the parameters of a GRU layer."
                topics: [math, efficiency]
                difficulty: 2
                time: 90s
            """;

    static final String WRITTEN_ANSWER = """
            ---
            id: demo-01
            keyPoints:
              - point: "It scales the previous state inside the candidate."
                terms: ["reset gate & candidate"]
            misconceptions:
              - claim: "It mixes old and new state."
                terms: ["reset gate mixes"]
                correction: "That is the update gate."
            followUps:
              - "And the update gate?"
            references:
              - "Cho et al. 2014, arXiv:1406.1078"
            ---
            ## Short answer

            It decides how much of h_{t-1} the candidate sees.

            ## Details

            More words here.
            """;

    final Path root;

    BankFixture(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve("questions"));
        Files.createDirectories(root.resolve("answers"));
        deck("demo.yaml", DECK);
        answer("demo-01", WRITTEN_ANSWER);
        answer("demo-02", "---\nid: demo-02\n---\nNot written yet.\n");
    }

    BankFixture deck(String file, String text) throws IOException {
        write(root.resolve("questions").resolve(file), text);
        return this;
    }

    BankFixture answer(String id, String text) throws IOException {
        write(root.resolve("answers").resolve(id + ".md"), text);
        return this;
    }

    LoadResult load() {
        return new BankLoader().load(root, "bank/");
    }

    static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
