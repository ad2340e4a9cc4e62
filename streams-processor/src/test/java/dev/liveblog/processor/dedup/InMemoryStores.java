package dev.liveblog.processor.dedup;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/** Kafka Streams' own in-memory stores, initialised without a topology, for tests and benchmarks of the engine. */
final class InMemoryStores {

    private InMemoryStores() {
    }

    static DedupStores create() {
        final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        return new DedupStores(store(context, DedupStores.ITEMS, DedupStores.itemSerde()),
                store(context, DedupStores.EXACT_INDEX, Serdes.String()),
                store(context, DedupStores.SEQUENCE, Serdes.String()),
                store(context, DedupStores.COUNTERS, Serdes.String()));
    }

    private static <V> KeyValueStore<String, V> store(final MockProcessorContext<Object, Object> context,
                                                      final String name, final Serde<V> values) {
        final KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                Serdes.String(), values).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
