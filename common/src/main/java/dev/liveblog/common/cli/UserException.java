package dev.liveblog.common.cli;

/**
 * A mistake of the user or of the environment (wrong path, unreachable broker, bad option) that the command
 * reports as one readable line and an exit code, without a stack trace.
 */
public final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UserException(final int exitCode, final String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserException(final int exitCode, final String message, final Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
