package dev.dealcoach.core.store;

/** The storage back end could not be reached or answered with an error. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
