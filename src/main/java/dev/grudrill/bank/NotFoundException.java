package dev.grudrill.bank;

/** A question id or number that the bank does not hold. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
