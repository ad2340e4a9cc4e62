package dev.liveblog.producer.source;

/**
 * A source that cannot be read as a live blog: not the format it claims, no updates found, invalid JSON-LD. The
 * message is one readable line that starts with the source (URL or file name), so that the caller can print it as
 * is and choose the exit code.
 */
public final class SourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SourceException(final String source, final String problem) {
        super(oneLine(source + ": " + problem));
    }

    public SourceException(final String source, final String problem, final Throwable cause) {
        super(oneLine(source + ": " + problem), cause);
    }

    private SourceException(final RuntimeException wrapped) {
        super(oneLine(wrapped.getMessage()), wrapped);
    }

    /** Wraps an error whose message already starts with the source, such as a plain-text line's. */
    static SourceException wrapping(final RuntimeException error) {
        return new SourceException(error);
    }

    /** Library messages (XML and JSON parsers) may span lines; a user-facing error should not. */
    private static String oneLine(final String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
