package dev.liveblog.processor.enrich;

import dev.liveblog.schema.serde.Serdes;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/** The enricher's stores as Kafka Streams' own in-memory stores, initialised without a topology. */
public final class InMemoryEnrichStores {

    private InMemoryEnrichStores() {
    }

    public static EnrichStores create() {
        return create(new java.util.HashMap<>());
    }

    /** As {@link #create()}, each store of strings also put into {@code stores} by its name, to look into. */
    public static EnrichStores create(final java.util.Map<String, KeyValueStore<String, String>> stores) {
        final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        final Serde<String> strings = org.apache.kafka.common.serialization.Serdes.String();
        for (final String name : EnrichStores.NAMES) {
            if (!name.equals(EnrichStores.ITEMS_STORE)) {
                stores.put(name, store(context, name, strings));
            }
        }
        return new EnrichStores(stores.get(EnrichStores.NAMES_STORE), stores.get(EnrichStores.SPEAKERS_STORE),
                stores.get(EnrichStores.QUOTES_STORE), stores.get(EnrichStores.LINES_STORE),
                stores.get(EnrichStores.WAITING_STORE),
                store(context, EnrichStores.ITEMS_STORE, Serdes.canonicalEntry()),
                stores.get(EnrichStores.QUOTE_INDEX_STORE), stores.get(EnrichStores.NAME_WAITS_STORE));
    }

    private static <V> KeyValueStore<String, V> store(final MockProcessorContext<Object, Object> context,
                                                      final String name, final Serde<V> values) {
        final KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                org.apache.kafka.common.serialization.Serdes.String(), values).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
