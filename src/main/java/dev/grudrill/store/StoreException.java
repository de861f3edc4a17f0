package dev.grudrill.store;

/** The history cannot be read or written; the message names the file and says why. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
