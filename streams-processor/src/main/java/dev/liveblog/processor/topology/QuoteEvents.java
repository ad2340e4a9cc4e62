package dev.liveblog.processor.topology;

import dev.liveblog.processor.enrich.QuoteCollector;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.QuoteEvent;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Turns enriched items into quotation events keyed by quote id, through the {@link QuoteCollector}. */
final class QuoteEvents implements Processor<String, CanonicalEntry, String, QuoteEvent> {

    /** Quote id to the latest event of that quotation. */
    static final String STORE = "quote-events";

    private ProcessorContext<String, QuoteEvent> context;
    private QuoteCollector collector;

    /**
     * The store, with the values' serde of the quotes topic: an event saved and then forwarded is the same
     * instance, encoded once ({@link dev.liveblog.schema.serde.EncodedOnce}).
     */
    static StoreBuilder<KeyValueStore<String, QuoteEvent>> storeBuilder(final Serde<QuoteEvent> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE),
                org.apache.kafka.common.serialization.Serdes.String(), values);
    }

    @Override
    public void init(final ProcessorContext<String, QuoteEvent> context) {
        this.context = context;
        final KeyValueStore<String, QuoteEvent> store = context.getStateStore(STORE);
        this.collector = new QuoteCollector(store::get, event -> store.put(event.getQuoteId(), event));
    }

    @Override
    public void process(final Record<String, CanonicalEntry> record) {
        for (final QuoteEvent event : collector.collect(record.value())) {
            context.forward(record.withKey(event.getQuoteId()).withValue(event));
        }
    }
}
