package dev.liveblog.processor.topology;

import dev.liveblog.processor.enrich.QuoteCollector;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.QuoteEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Turns enriched items into quotation events keyed by quote id, through the {@link QuoteCollector}. */
final class QuoteEvents implements Processor<String, CanonicalEntry, String, QuoteEvent> {

    /** Quote id to the latest event of that quotation. */
    static final String STORE = "quote-events";
    /** Quote id, NUL, canonical id to the fingerprint of the item's occurrence of the quotation. */
    static final String OCCURRENCES_STORE = "quote-occurrences";
    private static final char NUL = '\u0000';

    private final int limit;
    private ProcessorContext<String, QuoteEvent> context;
    private QuoteCollector collector;

    /** @param limit how many of its latest occurrences an event lists */
    QuoteEvents(final int limit) {
        this.limit = limit;
    }

    /**
     * The store, with the values' serde of the quotes topic: an event saved and then forwarded is the same
     * instance, encoded once ({@link dev.liveblog.schema.serde.EncodedOnce}). A quotation a blog repeats has its
     * event rewritten by each item that carries it, so the record cache writes it to the changelog once per commit.
     */
    static StoreBuilder<KeyValueStore<String, QuoteEvent>> storeBuilder(final Serde<QuoteEvent> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), values)
                .withCachingEnabled();
    }

    static StoreBuilder<KeyValueStore<String, Long>> occurrencesStoreBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OCCURRENCES_STORE), Serdes.String(),
                Serdes.Long());
    }

    /** The occurrences kept in {@value #OCCURRENCES_STORE}. */
    static QuoteCollector.Occurrences occurrences(final KeyValueStore<String, Long> store) {
        return new QuoteCollector.Occurrences() {
            @Override
            public Long get(final String quoteId, final String canonicalId) {
                return store.get(quoteId + NUL + canonicalId);
            }

            @Override
            public void put(final String quoteId, final String canonicalId, final long fingerprint) {
                store.put(quoteId + NUL + canonicalId, fingerprint);
            }

            @Override
            public boolean remove(final String quoteId, final String canonicalId) {
                return store.delete(quoteId + NUL + canonicalId) != null;
            }

            @Override
            public int removeAll(final String quoteId) {
                final List<String> keys = new ArrayList<>();
                try (KeyValueIterator<String, Long> it = store.prefixScan(quoteId + NUL, new StringSerializer())) {
                    it.forEachRemaining((KeyValue<String, Long> pair) -> keys.add(pair.key));
                }
                keys.forEach(store::delete);
                return keys.size();
            }
        };
    }

    @Override
    public void init(final ProcessorContext<String, QuoteEvent> context) {
        this.context = context;
        final KeyValueStore<String, QuoteEvent> store = context.getStateStore(STORE);
        this.collector = new QuoteCollector(store::get, event -> store.put(event.getQuoteId(), event),
                occurrences(context.getStateStore(OCCURRENCES_STORE)), limit);
    }

    @Override
    public void process(final Record<String, CanonicalEntry> record) {
        for (final QuoteEvent event : collector.collect(record.value())) {
            context.forward(record.withKey(event.getQuoteId()).withValue(event));
        }
    }
}
