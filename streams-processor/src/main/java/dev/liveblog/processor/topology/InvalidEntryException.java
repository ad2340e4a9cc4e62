package dev.liveblog.processor.topology;

/**
 * A record that decoded but cannot be processed (no value, a key that is not its blog, empty text, an unknown zone,
 * a reference entity without a name). Thrown before any store is written, so that the processing exception handler
 * can skip the record (to the dead-letter topic, with this message) without leaving half of it in the state.
 */
public final class InvalidEntryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidEntryException(final String message) {
        super(message);
    }
}
