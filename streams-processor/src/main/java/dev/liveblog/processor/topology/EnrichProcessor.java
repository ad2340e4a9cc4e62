package dev.liveblog.processor.topology;

import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.processor.enrich.Enricher;
import dev.liveblog.processor.enrich.ReferenceData;
import dev.liveblog.processor.enrich.TopicTagger;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Wires the {@link Enricher} into the topology: every new item and every new version is enriched from its text;
 * items whose speakers waited for this one's line come out again as new versions. Lines that are no item (furniture,
 * repeats) pass their place on the page, and may release items waiting below them.
 */
final class EnrichProcessor implements FixedKeyProcessor<String, Routed, Routed> {

    private final ReferenceData reference;
    private final TopicTagger topics;
    private FixedKeyProcessorContext<String, Routed> context;
    private Enricher enricher;

    EnrichProcessor(final ReferenceData reference, final TopicTagger topics) {
        this.reference = reference;
        this.topics = topics;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, Routed> context) {
        this.context = context;
        final EnrichStores stores = EnrichStores.from(context);
        final ReferenceData.Tracker catalog = reference.new Tracker(context.getStateStore(ReferenceData.GLOBAL_STORE));
        this.enricher = new Enricher(catalog::current, stores, stores, topics, stores);
    }

    @Override
    public void process(final FixedKeyRecord<String, Routed> record) {
        if (record.value() instanceof Routed.Line line) {
            for (final var released : enricher.line(line.blogId(), line.page(), line.line(), line.above(),
                    line.repeated())) {
                context.forward(record.withValue(new Routed.Item(released, null, null, null, null)));
            }
            return;
        }
        final Routed.Item item = (Routed.Item) record.value();
        for (final var enriched : enricher.enrich(item.canonical(), item.page(), item.blogDate(), item.blogZone(),
                item.above())) {
            context.forward(record.withValue(new Routed.Item(enriched, item.blogDate(), item.blogZone(), null, null)));
        }
    }
}
