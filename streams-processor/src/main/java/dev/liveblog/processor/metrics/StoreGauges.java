package dev.liveblog.processor.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/**
 * {@code liveblog_store_keys{store=...}}: about how many keys each store holds on this instance, summed over its
 * tasks, so that an operator sees state level off (or not) without opening RocksDB. The figure is RocksDB's own
 * estimate, cheap to read at every scrape; NaN while the store cannot be queried (starting, rebalancing).
 */
public final class StoreGauges {

    public static final String STORE_KEYS = "liveblog.store.keys";

    private StoreGauges() {
    }

    public static void bind(final MeterRegistry registry, final KafkaStreams streams,
                            final TopologyDescription topology) {
        for (final String store : stores(topology)) {
            Gauge.builder(STORE_KEYS, streams, s -> keys(s, store))
                    .description("Approximate number of keys in a state store on this instance")
                    .tag("store", store)
                    .register(registry);
        }
    }

    static Set<String> stores(final TopologyDescription topology) {
        final Set<String> stores = new TreeSet<>();
        for (final TopologyDescription.Subtopology sub : topology.subtopologies()) {
            for (final TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor processor) {
                    stores.addAll(processor.stores());
                }
            }
        }
        return stores;
    }

    private static double keys(final KafkaStreams streams, final String store) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return Double.NaN;
        }
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(store,
                    QueryableStoreTypes.<Object, Object>keyValueStore())).approximateNumEntries();
        } catch (final InvalidStateStoreException e) {
            return Double.NaN;
        }
    }
}
