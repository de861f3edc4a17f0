package dev.grudrill.bank;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A question with its model answer (which may not be written yet). The answer of the bundled bank is
 * read on first use: a lookup of one question should not pay for the other 49 answers.
 */
public final class Card {
    private final Question question;
    private final boolean written;
    private Supplier<Answer> loader;
    private Answer answer;

    public Card(Question question, Answer answer) {
        this.question = Objects.requireNonNull(question);
        this.answer = Objects.requireNonNull(answer);
        this.written = answer.written();
    }

    /** A card whose answer {@code loader} reads when it is first asked for. */
    Card(Question question, boolean written, Supplier<Answer> loader) {
        this.question = Objects.requireNonNull(question);
        this.written = written;
        this.loader = Objects.requireNonNull(loader);
    }

    public Question question() {
        return question;
    }

    public String id() {
        return question.id();
    }

    /** Whether the model answer is written, known without reading it. */
    public boolean written() {
        return written;
    }

    public synchronized Answer answer() {
        if (answer == null) {
            answer = loader.get();
            loader = null;
        }
        return answer;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Card c && question.equals(c.question) && answer().equals(c.answer());
    }

    @Override
    public int hashCode() {
        return question.hashCode();
    }

    @Override
    public String toString() {
        return "Card[" + id() + (written ? "" : ", not written") + "]";
    }
}
