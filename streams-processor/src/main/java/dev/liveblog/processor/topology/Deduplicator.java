package dev.liveblog.processor.topology;

import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.dedup.DedupEngine;
import dev.liveblog.processor.dedup.DedupStores;
import dev.liveblog.schema.BlogEntry;
import java.time.ZoneId;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Wires the {@link DedupEngine} into the topology: each news entry becomes a new or updated canonical item, a
 * duplicate record, or both; a repeat that adds nothing also goes on as its line's place on the page, and so do the
 * lines of furniture that come through.
 */
final class Deduplicator implements FixedKeyProcessor<String, Routed, Routed> {

    private final DedupConfig config;
    private FixedKeyProcessorContext<String, Routed> context;
    private DedupEngine engine;

    Deduplicator(final DedupConfig config) {
        this.config = config;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, Routed> context) {
        this.context = context;
        this.engine = new DedupEngine(DedupStores.from(context), config);
    }

    @Override
    public void process(final FixedKeyRecord<String, Routed> record) {
        if (record.value() instanceof Routed.Line) {
            context.forward(record);
            return;
        }
        final BlogEntry entry = ((Routed.News) record.value()).entry();
        final DedupEngine.Outcome outcome = engine.process(entry);
        if (outcome.filtered() != null) {
            context.forward(record.withValue(new Routed.Dropped(outcome.filtered())));
        }
        if (outcome.canonical() != null) {
            context.forward(record.withValue(new Routed.Item(outcome.canonical(), entry.getBlogDate(),
                    ZoneId.of(entry.getBlogZone()), Routed.page(entry), entry.getAbovePosition())));
        } else {
            // A repeat that adds nothing still has its place on the page, for the lines below it.
            context.forward(record.withValue(new Routed.Line(entry.getBlogId(), Routed.page(entry),
                    entry.getPosition(), entry.getAbovePosition(), outcome.filtered().getCanonicalId())));
        }
    }
}
