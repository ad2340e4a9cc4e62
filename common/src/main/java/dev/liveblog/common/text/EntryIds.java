package dev.liveblog.common.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic ids: the same blog and the same normalised text always give the same entry id, so a source that
 * is read twice produces the same ids and its repeats can be recognised downstream.
 */
public final class EntryIds {

    private static final int ID_BYTES = 8;

    private EntryIds() {
    }

    /** The entry id of a text in a blog: {@code e-} and 16 hex digits of SHA-256 over blog id and normalised text. */
    public static String entryId(final String blogId, final String text) {
        return "e-" + digest(blogId, TextNormalizer.normalize(text));
    }

    /**
     * The entry id of an update that its source names ({@code updateId}: a JSON-LD update's {@code @id}, a feed
     * item's guid): {@code u-} and 16 hex digits of SHA-256 over blog id and update id. It stays the same when the
     * update's text is edited, so an edit reaches the processor as a known entry with new text.
     */
    public static String updateEntryId(final String blogId, final String updateId) {
        return "u-" + updateDigest(blogId, updateId);
    }

    /**
     * The id of the canonical item an update its source names makes: {@code c-} and the digest of its entry id,
     * so the item has the same id however its text was edited before it was first read.
     */
    public static String updateCanonicalId(final String blogId, final String updateId) {
        return "c-" + updateDigest(blogId, updateId);
    }

    private static String updateDigest(final String blogId, final String updateId) {
        return digest(blogId, "\u0000update\u0000" + updateId);
    }

    /** The fingerprint of already-normalised text in a blog: the digest part of its entry id. */
    public static String fingerprint(final String blogId, final String normalizedText) {
        return digest(blogId, normalizedText);
    }

    /**
     * The id of a canonical item first created by a text: {@code c-} and the same digest as that text's entry id,
     * computed here rather than trusted from whichever producer wrote the entry.
     */
    public static String canonicalId(final String fingerprint) {
        return "c-" + fingerprint;
    }

    /**
     * The id of one poll of a source: {@code p-} and 16 hex digits of SHA-256 over the blog id, the source name and
     * the poll's content. Reading the same snapshot again (a retry after a crash) gives the same id; a snapshot that
     * changed, even from the same source name such as standard input, gives another.
     */
    public static String pollId(final String blogId, final String sourceName, final Iterable<String> lines) {
        final MessageDigest sha256 = sha256();
        sha256.update(blogId.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(sourceName.getBytes(StandardCharsets.UTF_8));
        for (final String line : lines) {
            sha256.update((byte) 0);
            sha256.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return "p-" + HexFormat.of().formatHex(sha256.digest(), 0, ID_BYTES);
    }

    private static String digest(final String blogId, final String normalizedText) {
        final MessageDigest sha256 = sha256();
        sha256.update(blogId.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(normalizedText.getBytes(StandardCharsets.UTF_8));
        final byte[] hash = sha256.digest();
        return HexFormat.of().formatHex(hash, 0, ID_BYTES);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
