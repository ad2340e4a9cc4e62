package dev.liveblog.processor.topology;

import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.text.TextNormalizer;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.DuplicateKind;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Remembers, per blog, the fingerprint of every normalised text that became a canonical item. An entry whose
 * fingerprint is known is an exact duplicate of that item; any other entry creates a new item.
 *
 * <p>The index lives in a changelogged state store, so it survives restarts and moves with its task.
 */
final class ExactDeduplicator implements FixedKeyProcessor<String, Routed, Routed> {

    private final String storeName;
    private FixedKeyProcessorContext<String, Routed> context;
    private KeyValueStore<String, String> fingerprints;

    ExactDeduplicator(final String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, Routed> context) {
        this.context = context;
        this.fingerprints = context.getStateStore(storeName);
    }

    @Override
    public void process(final FixedKeyRecord<String, Routed> record) {
        final BlogEntry entry = ((Routed.News) record.value()).entry();
        final String fingerprint = EntryIds.fingerprint(entry.getBlogId(), TextNormalizer.normalize(entry.getText()));
        final String key = indexKey(entry.getBlogId(), fingerprint);
        final String known = fingerprints.get(key);
        if (known != null) {
            context.forward(record.withValue(new Routed.Dropped(Records.duplicate(entry, DuplicateKind.EXACT, 1.0,
                    known, "exact repeat of " + known + " after normalisation"))));
            return;
        }
        final String canonicalId = EntryIds.canonicalId(fingerprint);
        fingerprints.put(key, canonicalId);
        context.forward(record.withValue(new Routed.Item(Records.newItem(entry, canonicalId))));
    }

    /** The blog id scopes the index, so that two blogs never share items. */
    static String indexKey(final String blogId, final String fingerprint) {
        return blogId + '\u0000' + fingerprint;
    }
}
