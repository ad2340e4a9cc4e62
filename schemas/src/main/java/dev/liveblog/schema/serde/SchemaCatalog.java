package dev.liveblog.schema.serde;

import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Where the serdes find a writer schema by its fingerprint, and where a writer makes its own schema findable. A
 * reader built before a writer's schema existed finds it only if the writer published it: the serdes publish their
 * writer schema before their first record, once per catalog.
 *
 * <p>{@link #bundled()} knows the released schemas of this build and publishes nowhere (unit tests, tools without
 * a cluster); {@link SharedSchemaCatalog} also reads and writes the schemas topic.
 */
public interface SchemaCatalog extends SchemaStore {

    /**
     * Makes a writer schema findable by readers that were not built with it. Idempotent, and cheap after the first
     * call for a schema.
     *
     * @throws SchemaChannelException when the schema cannot be published
     */
    void publish(Schema writerSchema);

    /** The released schemas of the public contract bundled in this build; publishing does nothing. */
    static SchemaCatalog bundled() {
        return BundledSchemaCatalog.CONTRACT;
    }

    /** The released schemas of one history; publishing does nothing. */
    static SchemaCatalog of(final SchemaHistory history) {
        return new BundledSchemaCatalog(history);
    }
}
