package dev.grudrill.bank;

import java.util.List;

/** A named list of questions loaded from one file under {@code questions/}. */
public record Deck(String name, String title, List<Question> questions) {
    public Deck {
        questions = List.copyOf(questions);
    }
}
