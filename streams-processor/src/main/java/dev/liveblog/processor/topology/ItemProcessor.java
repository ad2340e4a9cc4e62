package dev.liveblog.processor.topology;

import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.dedup.DedupEngine;
import dev.liveblog.processor.dedup.DedupStores;
import dev.liveblog.processor.dedup.IndexMeter;
import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.processor.enrich.Enricher;
import dev.liveblog.processor.enrich.ReferenceData;
import dev.liveblog.processor.enrich.TopicTagger;
import dev.liveblog.processor.lifecycle.StateConfig;
import dev.liveblog.processor.lifecycle.StateLifecycle;
import dev.liveblog.processor.metrics.PipelineMetrics;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Wires the item's one owner into the topology: the {@link DedupEngine} decides what an entry is (a new item, a new
 * version, a repeat), the {@link Enricher} fills the item's fields and numbers its versions, and the
 * {@link StateLifecycle} forgets all of it together. One processor, so that forgetting an item reaches every store
 * that knows it in the same call. Lines that make no item (furniture, repeats that add nothing) pass their place
 * on the page to the enricher, which may release items waiting below them.
 */
final class ItemProcessor implements FixedKeyProcessor<String, Routed, Routed> {

    private final DedupConfig dedupConfig;
    private final StateConfig stateConfig;
    private final ReferenceData reference;
    private final TopicTagger topics;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Routed> context;
    private EnrichStores enrichStores;
    private StateLifecycle lifecycle;
    private Enricher enricher;

    ItemProcessor(final DedupConfig dedupConfig, final StateConfig stateConfig, final ReferenceData reference,
                  final TopicTagger topics, final PipelineMetrics metrics) {
        this.dedupConfig = dedupConfig;
        this.stateConfig = stateConfig;
        this.reference = reference;
        this.topics = topics;
        this.metrics = metrics;
    }

    static List<String> stores() {
        final List<String> stores = new ArrayList<>(DedupStores.NAMES);
        stores.addAll(EnrichStores.NAMES);
        stores.add(QuoteEvents.STORE);
        stores.add(QuoteEvents.OCCURRENCES_STORE);
        stores.add(StateLifecycle.ACTIVITY_STORE);
        return stores;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, Routed> context) {
        this.context = context;
        this.enrichStores = EnrichStores.from(context);
        final DedupStores dedupStores = DedupStores.from(context);
        this.lifecycle = new StateLifecycle(context.getStateStore(StateLifecycle.ACTIVITY_STORE),
                forgotten -> new DedupEngine(dedupStores, dedupConfig, forgotten, indexMeter()),
                dedupStores.counters(),
                enrichStores, context.getStateStore(QuoteEvents.STORE),
                QuoteEvents.occurrences(context.getStateStore(QuoteEvents.OCCURRENCES_STORE)), dedupConfig.retention(),
                stateConfig,
                context.currentSystemTimeMs());
        final ReferenceData.Tracker catalog = reference.new Tracker(context.getStateStore(ReferenceData.GLOBAL_STORE));
        this.enricher = new Enricher(catalog::current, enrichStores, enrichStores, topics, enrichStores);
        context.schedule(stateConfig.sweepInterval(), PunctuationType.WALL_CLOCK_TIME, lifecycle::sweep);
    }

    /** The deduplicator's in-memory index, reported in the pipeline's meters. */
    private IndexMeter indexMeter() {
        return new IndexMeter() {
            @Override
            public void bytesChanged(final long delta) {
                metrics.indexBytesChanged(delta);
            }

            @Override
            public void built(final int items) {
                metrics.indexBuilt(items);
            }
        };
    }

    @Override
    public void close() {
        // the task's in-memory index goes with it (a new task builds its own from the stores)
        if (lifecycle != null) {
            lifecycle.dedup().close();
        }
    }

    @Override
    public void process(final FixedKeyRecord<String, Routed> record) {
        if (record.value() instanceof Routed.Line line) {
            lifecycle.touch(line.blogId(), context.currentSystemTimeMs(), null);
            enrichStores.notePage(line.blogId(), line.page(), line.line(), line.above());
            forward(record, enricher.line(line.blogId(), line.page(), line.line(), line.above(), null), null, null);
            return;
        }
        final BlogEntry entry = ((Routed.News) record.value()).entry();
        final String page = Routed.page(entry);
        lifecycle.touch(entry.getBlogId(), context.currentSystemTimeMs(), entry.getIngestedAt());
        enrichStores.notePage(entry.getBlogId(), page, entry.getPosition(), entry.getAbovePosition());
        final DedupEngine.Outcome outcome = lifecycle.dedup().process(entry);
        if (outcome.filtered() != null) {
            metrics.duplicate(outcome.filtered());
            context.forward(record.withValue(new Routed.Dropped(outcome.filtered())));
        } else {
            metrics.entry(PipelineMetrics.Outcome.NEWS, "item");
        }
        final ZoneId zone = BlogZones.of(entry.getBlogZone());
        if (outcome.canonical() != null) {
            forward(record, enricher.enrich(outcome.canonical(), page, entry.getBlogDate(), zone,
                    entry.getAbovePosition()), entry, zone);
        } else {
            // A repeat that adds nothing still has its place on the page, for the lines below it.
            forward(record, enricher.line(entry.getBlogId(), page, entry.getPosition(), entry.getAbovePosition(),
                    outcome.filtered().getCanonicalId()), entry, zone);
        }
    }

    private void forward(final FixedKeyRecord<String, Routed> record, final List<CanonicalEntry> items,
                         final BlogEntry entry, final ZoneId zone) {
        for (final CanonicalEntry item : items) {
            metrics.item(item);
            metrics.endToEnd(Duration.ofMillis(context.currentSystemTimeMs() - record.timestamp()));
            context.forward(record.withValue(new Routed.Item(item, entry == null ? null : entry.getBlogDate(), zone,
                    null, null)));
        }
    }
}
