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
        final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        final Serde<String> strings = org.apache.kafka.common.serialization.Serdes.String();
        return new EnrichStores(store(context, EnrichStores.NAMES_STORE, strings),
                store(context, EnrichStores.SPEAKERS_STORE, strings), store(context, EnrichStores.QUOTES_STORE, strings),
                store(context, EnrichStores.LINES_STORE, strings), store(context, EnrichStores.WAITING_STORE, strings),
                store(context, EnrichStores.ITEMS_STORE, Serdes.canonicalEntry()),
                store(context, EnrichStores.QUOTE_INDEX_STORE, strings),
                store(context, EnrichStores.NAME_WAITS_STORE, strings));
    }

    private static <V> KeyValueStore<String, V> store(final MockProcessorContext<Object, Object> context,
                                                      final String name, final Serde<V> values) {
        final KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                org.apache.kafka.common.serialization.Serdes.String(), values).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
