package dev.liveblog.schema.serde;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.OptionalLong;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * The CRC-64-AVRO fingerprint that names a writer schema in single-object encoding, and its text form: 16
 * lower-case hex digits of the 64-bit number (the 8 header bytes read as a little-endian unsigned number), the key
 * of the schema in the schemas topic.
 */
public final class Fingerprints {

    /** Single-object encoding: the marker {@code C3 01}, then the 8-byte little-endian fingerprint. */
    static final int HEADER_LENGTH = 10;
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;

    private Fingerprints() {
    }

    /** The fingerprint of a schema's Parsing Canonical Form: docs, defaults and aliases do not change it. */
    public static long of(final Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    public static String hex(final long fingerprint) {
        return String.format(Locale.ROOT, "%016x", fingerprint);
    }

    /** Reads a fingerprint written by {@link #hex}; empty when the text is not 16 hex digits. */
    public static OptionalLong parseHex(final String text) {
        if (text == null || text.length() != 16) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseUnsignedLong(text, 16));
        } catch (final NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The writer fingerprint in a single-object encoded value; empty when the value has no such header. */
    public static OptionalLong ofMessage(final byte[] value) {
        if (value == null || value.length < HEADER_LENGTH || value[0] != MARKER_0 || value[1] != MARKER_1) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ByteBuffer.wrap(value, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong());
    }
}
