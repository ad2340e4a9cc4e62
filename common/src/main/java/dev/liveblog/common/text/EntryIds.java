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

    /** The fingerprint of already-normalised text in a blog, as used by the exact-duplicate index. */
    public static String fingerprint(final String blogId, final String normalizedText) {
        return digest(blogId, normalizedText);
    }

    /** The canonical id of an item first created by the given entry: {@code c-} and the entry's digest. */
    public static String canonicalIdFor(final String entryId) {
        return "c-" + (entryId.startsWith("e-") ? entryId.substring(2) : entryId);
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
