package dev.liveblog.producer.poll;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A GET that did not give a page: an HTTP error status, a network failure, a timeout or a body that could not be
 * taken. The message is one line starting with the URL ({@code https://host/live: HTTP 404 Not Found}), ready to
 * log as it is. {@link #retryable()} tells a transient failure (I/O, timeouts, 408, 425, 429, 5xx gateway and
 * availability errors) from one that waiting would not change (a client error such as 404 or 403). The poller backs
 * off after every failure in a row either way, since a page that is gone for now is often back later.
 */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final URI uri;
    private final int statusCode;
    private final boolean retryable;
    private final Duration retryAfter;

    /**
     * @param uri        the URL requested
     * @param problem    what went wrong, without the URL (e.g. {@code HTTP 404 Not Found})
     * @param statusCode the HTTP status received, or 0 if none was (network failure, timeout)
     * @param retryable  whether the failure is likely transient, so the poller should back off
     * @param retryAfter the server's {@code Retry-After} as a delay from now, or null if it sent none
     * @param cause      the underlying exception, or null
     */
    public FetchException(final URI uri, final String problem, final int statusCode, final boolean retryable,
            final Duration retryAfter, final Throwable cause) {
        super(uri + ": " + problem, cause);
        this.uri = uri;
        this.statusCode = statusCode;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** The URL that was requested (not the one redirected to). */
    public URI uri() {
        return uri;
    }

    /** The HTTP status received, or 0 if the failure came before any (connection, timeout). */
    public int statusCode() {
        return statusCode;
    }

    /** True if the failure is likely transient: the same request may well succeed a little later. */
    public boolean retryable() {
        return retryable;
    }

    /** The delay the server asked for with {@code Retry-After}, if any, not capped (that is {@link Backoff}'s job). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether an HTTP error status is worth backing off for (RFC 9110 and RFC 6585's transient ones). */
    public static boolean retryableStatus(final int statusCode) {
        return switch (statusCode) {
            case 408, 425, 429, 500, 502, 503, 504 -> true;
            default -> false;
        };
    }
}
