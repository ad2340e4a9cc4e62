package dev.liveblog.processor.topology;

import dev.liveblog.processor.enrich.EntityCatalog;
import dev.liveblog.processor.enrich.ReferenceData;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the global store of reference entities: a valid entity is stored under its id, a null value deletes it.
 * An invalid one throws, so the processing exception handler sends it to the dead-letter topic with the reason.
 */
final class ReferenceUpdates implements Processor<String, String, Void, Void> {

    private final ReferenceData reference;
    private KeyValueStore<String, String> store;

    ReferenceUpdates(final ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public void init(final ProcessorContext<Void, Void> context) {
        this.store = context.getStateStore(ReferenceData.GLOBAL_STORE);
    }

    @Override
    public void process(final Record<String, String> record) {
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            try {
                EntityCatalog.parse(record.value(), "reference entity '" + record.key() + "'");
            } catch (final IllegalArgumentException e) {
                // Checked before the store is written: invalid input, skipped with its reason, never half-applied.
                throw new InvalidEntryException(e.getMessage());
            }
            store.put(record.key(), record.value());
        }
        reference.changed();
    }
}
