package dev.liveblog.processor.state;

import dev.liveblog.schema.serde.SchemaCatalog;
import dev.liveblog.schema.serde.SchemaHistory;
import org.apache.avro.Schema;

/**
 * The released schemas of the processor's state records ({@link DedupItem}), kept in this jar under
 * {@code avro/processor-history/} by the same mechanism as the public contract's history. They stay here rather
 * than in the schemas jar because they are no contract: only the processor reads its stores and changelogs, and
 * the schemas jar is what other teams build against.
 */
public final class StateSchemas {

    static final String FOLDER = "/avro/processor-history/";
    private static final SchemaHistory HISTORY = SchemaHistory.load(StateSchemas.class, FOLDER);
    private static final SchemaCatalog BUNDLED = SchemaCatalog.of(HISTORY);

    private StateSchemas() {
    }

    public static SchemaHistory history() {
        return HISTORY;
    }

    /** The state records' released schemas; publishes nowhere. */
    public static SchemaCatalog bundled() {
        return BUNDLED;
    }

    /**
     * The state records' released schemas first, then {@code shared} (e.g. the schemas topic), which also takes the
     * schemas this process writes: an instance of an older release restoring a changelog a newer one wrote finds
     * its schema there.
     */
    public static SchemaCatalog with(final SchemaCatalog shared) {
        return new SchemaCatalog() {
            @Override
            public Schema findByFingerprint(final long fingerprint) {
                final Schema known = HISTORY.store().findByFingerprint(fingerprint);
                return known != null ? known : shared.findByFingerprint(fingerprint);
            }

            @Override
            public void publish(final Schema writerSchema) {
                shared.publish(writerSchema);
            }
        };
    }
}
