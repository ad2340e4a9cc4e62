package dev.liveblog.producer.poll;

/**
 * What a server said about a version of a page, sent back on the next request so that an unchanged page costs a
 * 304 instead of a full download. Values are kept exactly as the server sent them (a weak ETag keeps its
 * {@code W/}, a date its original form), as the conditional headers must echo them.
 *
 * @param etag         the {@code ETag} header, or null if there was none
 * @param lastModified the {@code Last-Modified} header, or null if there was none
 */
public record Validators(String etag, String lastModified) {

    /** No validators: the next request is unconditional. */
    public static final Validators NONE = new Validators(null, null);

    /** True if neither validator is known, so a request cannot be conditional. */
    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }

    /** These validators with any that {@code newer} knows taking their place (a 304 may update either). */
    Validators updatedBy(final Validators newer) {
        return new Validators(newer.etag != null ? newer.etag : etag,
                newer.lastModified != null ? newer.lastModified : lastModified);
    }
}
