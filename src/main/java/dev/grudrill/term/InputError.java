package dev.grudrill.term;

/** A line of standard input in plain mode that is not what was asked for; the message says which and why. */
public final class InputError extends RuntimeException {
    public InputError(String message) {
        super(message);
    }
}
