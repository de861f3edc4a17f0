package dev.grudrill.bank;

/** A question number that several decks hold; the user has to name the deck or the id. */
public class AmbiguousNumberException extends RuntimeException {
    public AmbiguousNumberException(String message) {
        super(message);
    }
}
