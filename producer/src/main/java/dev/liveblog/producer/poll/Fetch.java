package dev.liveblog.producer.poll;

import java.net.URI;

/**
 * The outcome of a successful GET: either a new body or the server's word that nothing changed. Failures are a
 * {@link FetchException} instead, so a {@code Fetch} always means "the source answered".
 *
 * @param status      {@link Status#OK} with a body, or {@link Status#NOT_MODIFIED} after a 304
 * @param uri         the final URI, after any redirects (the one to resolve relative links against)
 * @param statusCode  the HTTP status (200, 203, 304, …)
 * @param contentType the {@code Content-Type} header, or null if absent (always null after a 304)
 * @param body        the decoded (gunzipped) body; empty after a 304. Not copied: the caller owns it
 * @param validators  the validators to send next time; after a 304, the previous ones updated by any the 304 sent
 */
public record Fetch(Status status, URI uri, int statusCode, String contentType, byte[] body, Validators validators) {

    /** Whether the body is new. */
    public enum Status {
        /** A 2xx with a (possibly empty) body. */
        OK,
        /** A 304: the page is as it was at the previous fetch. */
        NOT_MODIFIED
    }

    /** True if the page changed (or this was the first fetch), so the body is worth parsing. */
    public boolean modified() {
        return status == Status.OK;
    }
}
