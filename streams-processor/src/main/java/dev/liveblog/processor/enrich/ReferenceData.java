package dev.liveblog.processor.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The entity catalog as it stands: the bundled reference data, plus the entities ops published on the
 * reference topic (a global store, so every instance sees all of them). The global processor bumps a generation
 * on each change; each enricher rebuilds its catalog from the store when the generation it built from is old,
 * and after a restart, when the store was restored without the processor seeing the records.
 */
public final class ReferenceData {

    /** Entity id to entity JSON, as published on the reference topic. */
    public static final String GLOBAL_STORE = "reference-entities";

    private final EntityCatalog bundled;
    private final AtomicLong generation = new AtomicLong(1);

    public ReferenceData(final EntityCatalog bundled) {
        this.bundled = bundled;
    }

    /** Called by the global processor after each change to the reference topic. */
    public void changed() {
        generation.incrementAndGet();
    }

    long generation() {
        return generation.get();
    }

    /** The bundled catalog with every valid entity of the store added. */
    EntityCatalog catalog(final ReadOnlyKeyValueStore<String, String> store) {
        final List<ReferenceEntity> extra = new ArrayList<>();
        try (KeyValueIterator<String, String> all = store.all()) {
            all.forEachRemaining(kv -> extra.add(EntityCatalog.parse(kv.value, GLOBAL_STORE + "/" + kv.key)));
        }
        return extra.isEmpty() ? bundled : bundled.with(extra);
    }

    /** A catalog that follows the store: rebuilt only when the reference data changed. */
    public final class Tracker {

        private final ReadOnlyKeyValueStore<String, String> store;
        private long built;
        private EntityCatalog catalog = bundled;

        public Tracker(final ReadOnlyKeyValueStore<String, String> store) {
            this.store = store;
        }

        public EntityCatalog current() {
            final long now = generation();
            if (built != now) {
                catalog = catalog(store);
                built = now;
            }
            return catalog;
        }
    }
}
