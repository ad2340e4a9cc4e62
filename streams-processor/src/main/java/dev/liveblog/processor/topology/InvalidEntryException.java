package dev.liveblog.processor.topology;

/**
 * A record that decoded but cannot be processed (no value, a key that is not its blog, empty text). Thrown so that
 * the processing exception handler sends the original record to the dead-letter topic with this message.
 */
public final class InvalidEntryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidEntryException(final String message) {
        super(message);
    }
}
