package dev.liveblog.schema.serde;

import java.util.Map;

/**
 * A shared, append-only place where writers leave their schemas for readers: in production the compacted schemas
 * topic ({@link SchemaTopic}), keyed by the fingerprint in hex, the value the schema's JSON text.
 */
public interface SchemaChannel {

    /**
     * The entries added since the last call (from the beginning on the first call), read up to the current end.
     *
     * @return fingerprint in hex to schema JSON; a later entry of a key replaces an earlier one
     * @throws SchemaChannelException when the channel cannot be read
     */
    Map<String, String> readNew();

    /**
     * Writes one entry and waits until it is stored.
     *
     * @throws SchemaChannelException when the entry cannot be written
     */
    void write(String fingerprintHex, String schemaJson);

    /** What to call the channel in messages, e.g. {@code topic liveblog.schemas}. */
    String name();
}
