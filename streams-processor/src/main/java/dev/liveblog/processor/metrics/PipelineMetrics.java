package dev.liveblog.processor.metrics;

import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.EntityType;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.common.ops.SharedMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The processor's own meters, in the words of the pipeline rather than of Kafka: what became of each entry, how many
 * items and versions it made, what enrichment found, what was dead-lettered, and how long an entry took from its
 * ingestion to its item. Kafka-free, so the topology's processors count into it and a test reads it back.
 *
 * <p>Counters count what a processor did, not what was committed: when a task fails and exactly-once replays its
 * records, their entries are counted again. Prometheus counters are read as rates, where such replays are noise.
 */
public final class PipelineMetrics {

    /** The key under which the Streams configuration carries this object to the exception handlers. */
    public static final String CONFIG_KEY = "liveblog.metrics.instance";

    public static final String ENTRIES = "liveblog.entries";
    public static final String ITEMS = "liveblog.items";
    public static final String ENRICHMENT = "liveblog.enrichment";
    public static final String INDEX = "liveblog.dedup.index";

    /** What became of an entry. */
    public enum Outcome {
        NEWS, FURNITURE, DUPLICATE
    }

    private final MeterRegistry registry;
    private final Timer endToEnd;
    private final Counter deadLetters;
    /** Counters by name and tags, so that counting on the hot path is one map lookup, not a registration. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    /** The deduplicator's in-memory index across this instance's tasks: its estimated heap, and its builds. */
    private final AtomicLong indexBytes = new AtomicLong();
    private final Counter indexBuilds;
    private final Counter indexBuiltItems;

    public PipelineMetrics(final MeterRegistry registry) {
        this.registry = registry;
        this.endToEnd = SharedMeters.endToEnd(registry, "processed");
        this.deadLetters = SharedMeters.deadLetters(registry);
        // Registered at zero, so that a dashboard shows 0 rather than no data before the first of each.
        entry(Outcome.NEWS, "item", 0);
        for (final String kind : List.of("line", "link-box")) {
            entry(Outcome.FURNITURE, kind, 0);
        }
        for (final String kind : List.of("exact", "near", "contained")) {
            entry(Outcome.DUPLICATE, kind, 0);
        }
        change("new", 0);
        change("version", 0);
        Gauge.builder(INDEX + ".bytes", indexBytes, AtomicLong::get).baseUnit("bytes")
                .description("Estimated heap of the deduplicator's in-memory trigram index, all tasks")
                .register(registry);
        this.indexBuilds = Counter.builder(INDEX + ".builds")
                .description("Blogs whose part of the trigram index was built from their stored items")
                .register(registry);
        this.indexBuiltItems = Counter.builder(INDEX + ".built.items")
                .description("Stored items read to build parts of the trigram index").register(registry);
    }

    /** The in-memory index's estimated heap changed by {@code delta} bytes in one of this instance's tasks. */
    public void indexBytesChanged(final long delta) {
        indexBytes.addAndGet(delta);
    }

    /** A blog's part of the in-memory index was built from its {@code items} stored items. */
    public void indexBuilt(final int items) {
        indexBuilds.increment();
        indexBuiltItems.increment(items);
    }

    /** Meters nobody reads: for tests and tools that do not serve metrics. */
    public static PipelineMetrics discarding() {
        return new PipelineMetrics(new SimpleMeterRegistry());
    }

    /** The instance a Streams configuration carries under {@link #CONFIG_KEY}, else one that discards. */
    public static PipelineMetrics from(final Map<String, ?> configs) {
        return configs.get(CONFIG_KEY) instanceof PipelineMetrics metrics ? metrics : discarding();
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** One raw entry's fate; {@code kind} says which kind of news, furniture or duplicate it was. */
    public void entry(final Outcome outcome, final String kind) {
        entry(outcome, kind, 1);
    }

    private void entry(final Outcome outcome, final String kind, final int count) {
        counters.computeIfAbsent(ENTRIES + '|' + outcome + '|' + kind, key -> Counter.builder(ENTRIES)
                .description("Raw entries processed, by what became of them")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).tag("kind", kind)
                .register(registry)).increment(count);
    }

    /** A duplicate, counted under its kind of repeat. */
    public void duplicate(final FilteredEntry filtered) {
        entry(Outcome.DUPLICATE, filtered.getDuplicateKind() == null ? "unknown"
                : filtered.getDuplicateKind().name().toLowerCase(Locale.ROOT));
    }

    /** An item emitted: new (version 1) or a new version, and which enrichment fields it carries. */
    public void item(final CanonicalEntry item) {
        change(item.getVersion() == 1 ? "new" : "version", 1);
        final boolean person = item.getEntities().stream().anyMatch(e -> e.getType() == EntityType.PERSON);
        final boolean place = item.getEntities().stream().anyMatch(e -> e.getType() == EntityType.PLACE);
        final boolean organisation = item.getEntities().stream()
                .anyMatch(e -> e.getType() == EntityType.ORGANIZATION);
        enriched("person", person);
        enriched("place", place);
        enriched("organisation", organisation);
        enriched("quote", !item.getQuotes().isEmpty());
        enriched("speaker", item.getQuotes().stream().anyMatch(q -> q.getSpeaker() != null));
        enriched("attribution", !item.getAttributions().isEmpty());
        enriched("time", !item.getTimeMentions().isEmpty());
        enriched("topic", !item.getTopics().isEmpty());
    }

    private void change(final String change, final int count) {
        counters.computeIfAbsent(ITEMS + '|' + change, key -> Counter.builder(ITEMS)
                .description("Canonical item versions emitted").tag("change", change)
                .register(registry)).increment(count);
    }

    private void enriched(final String field, final boolean found) {
        if (found) {
            counters.computeIfAbsent(ENRICHMENT + '|' + field, key -> Counter.builder(ENRICHMENT)
                    .description("Item versions emitted carrying at least one value of a field")
                    .tag("field", field).register(registry)).increment();
        }
    }

    /** A record dead-lettered by the processor. */
    public void deadLetter() {
        deadLetters.increment();
    }

    /**
     * How long an entry took from its ingestion to the item it made or changed, measured from its record's
     * timestamp (the producer's send time), which also dates the line that releases an item waiting below it.
     */
    public void endToEnd(final Duration elapsed) {
        if (!elapsed.isNegative()) {
            endToEnd.record(elapsed);
        }
    }
}
