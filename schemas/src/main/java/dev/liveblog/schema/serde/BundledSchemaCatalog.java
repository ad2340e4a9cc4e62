package dev.liveblog.schema.serde;

import org.apache.avro.Schema;

/** The released schemas of a build, from its history folders; nothing outside the process is read or written. */
final class BundledSchemaCatalog implements SchemaCatalog {

    static final SchemaCatalog CONTRACT = new BundledSchemaCatalog(SchemaHistory.contract());

    private final SchemaHistory history;

    BundledSchemaCatalog(final SchemaHistory history) {
        this.history = history;
    }

    @Override
    public Schema findByFingerprint(final long fingerprint) {
        return history.store().findByFingerprint(fingerprint);
    }

    @Override
    public void publish(final Schema writerSchema) {
        // Nowhere to publish: readers of this catalog know exactly the schemas bundled with the build.
    }
}
