package dev.grudrill.gru;

/**
 * A network that cannot be computed as asked: a combination no framework has, a size that is not
 * positive, or a count beyond a {@code long}. The message is meant for the user.
 */
public class SpecException extends IllegalArgumentException {
    public SpecException(String message) {
        super(message);
    }
}
