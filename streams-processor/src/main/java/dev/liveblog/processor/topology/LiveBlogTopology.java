package dev.liveblog.processor.topology;

import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.ProcessorSettings;
import dev.liveblog.processor.dedup.DedupStores;
import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.processor.enrich.ReferenceData;
import dev.liveblog.processor.lifecycle.StateLifecycle;
import dev.liveblog.processor.state.StateSchemas;
import dev.liveblog.schema.serde.SchemaCatalog;
import org.apache.kafka.streams.state.Stores;
import dev.liveblog.processor.text.FurnitureClassifier;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.QuoteEvent;
import dev.liveblog.schema.serde.EncodedOnce;
import org.apache.kafka.common.serialization.Serde;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The processor's topology, built by one pure function of its configuration; the application and the tests call
 * the same {@link #build}.
 *
 * <pre>
 * raw ─ classify-furniture ─┬─ furniture ──────────────────────────────────────────────▶ filtered
 *                           └─ news and lines ─ deduplicate-and-enrich ─┬─ duplicates ───────▶ filtered
 *                                                                       └─ items ─┬─ key-by-canonical-id ─▶ canonical
 *                                                                                 └─ collect-quotes ──────▶ quotes
 * </pre>
 *
 * Every processor and store is named, so internal topic names (the stores' changelogs) stay stable across
 * releases. Raw records are keyed by blog, so one blog's entries meet in one task and no repartition is needed.
 * An entry that repeats an item and adds to it yields both a duplicate record and a new version of the item.
 */
public final class LiveBlogTopology {

    private LiveBlogTopology() {
    }

    /**
     * Builds the topology.
     *
     * @param settings the topic registry and the deduplication settings
     * @param streamsConfig the application's Kafka Streams configuration (it also configures the topology)
     */
    public static Topology build(final ProcessorSettings settings, final Properties streamsConfig) {
        final StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsConfig)));
        // Store values decode through the registry's catalog too: during a rolling upgrade an instance restores
        // changelogs an instance of the other release wrote, older schemas bundled, newer ones in the schemas topic.
        final SchemaCatalog schemas = settings.topics().schemaCatalog();
        FurnitureRouter.builders(schemas).forEach(builder::addStateStore);
        DedupStores.builders(StateSchemas.with(schemas)).forEach(builder::addStateStore);
        // The emitted items and quote events go to a store and then to their topic: one serde each, which encodes
        // such a record once.
        final Topics topics = settings.topics();
        final Serde<CanonicalEntry> canonicalValues = EncodedOnce.of(topics.canonical().valueSerde());
        final Serde<QuoteEvent> quoteValues = EncodedOnce.of(topics.quotes().valueSerde());
        EnrichStores.builders(canonicalValues).forEach(builder::addStateStore);
        builder.addStateStore(QuoteEvents.storeBuilder(quoteValues));
        builder.addStateStore(QuoteEvents.occurrencesStoreBuilder());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StateLifecycle.ACTIVITY_STORE),
                org.apache.kafka.common.serialization.Serdes.String(),
                org.apache.kafka.common.serialization.Serdes.String()));
        final ReferenceData reference = new ReferenceData(settings.catalog());
        final var entities = settings.topics().referenceEntities();
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ReferenceData.GLOBAL_STORE),
                        entities.keySerde(), entities.valueSerde()).withLoggingDisabled(),
                entities.name(), Consumed.with(entities.keySerde(), entities.valueSerde())
                        .withName("read-reference-entities"), () -> new ReferenceUpdates(reference));

        final var raw = topics.raw();
        final KStream<String, Routed> classified = builder
                .stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName("read-raw-entries"))
                .processValues(() -> new FurnitureRouter(new FurnitureClassifier(), settings.metrics()), Named.as("classify-furniture"),
                        FurnitureRouter.STORES.toArray(new String[0]));

        classified.split(Named.as("route-"))
                .branch((key, value) -> value instanceof Routed.Dropped,
                        Branched.withConsumer(furniture -> writeFiltered(furniture, topics.filtered(), "furniture"),
                                "furniture"))
                .defaultBranch(Branched.withConsumer(news -> deduplicate(news, settings, reference, canonicalValues,
                        quoteValues), "news"));
        return builder.build(streamsConfig);
    }

    private static void deduplicate(final KStream<String, Routed> news, final ProcessorSettings settings,
                                    final ReferenceData reference, final Serde<CanonicalEntry> canonicalValues,
                                    final Serde<QuoteEvent> quoteValues) {
        final Topics topics = settings.topics();
        news.processValues(() -> new ItemProcessor(settings.dedup(), settings.state(), reference,
                        settings.topicTagger(), settings.metrics()), Named.as("deduplicate-and-enrich"),
                        ItemProcessor.stores().toArray(new String[0]))
                .split(Named.as("items-"))
                .branch((key, value) -> value instanceof Routed.Dropped,
                        Branched.withConsumer(duplicates -> writeFiltered(duplicates, topics.filtered(), "duplicates"),
                                "duplicates"))
                .defaultBranch(Branched.withConsumer(items -> writeCanonical(items, topics, canonicalValues,
                        quoteValues, settings.state().quoteOccurrences()), "items"));
    }

    private static void writeFiltered(final KStream<String, Routed> dropped, final Topic<String, FilteredEntry> topic,
                                      final String what) {
        dropped.mapValues(value -> ((Routed.Dropped) value).filtered(), Named.as("unwrap-" + what))
                .to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName("write-" + what));
    }

    private static void writeCanonical(final KStream<String, Routed> items, final Topics topics,
                                       final Serde<CanonicalEntry> canonicalValues,
                                       final Serde<QuoteEvent> quoteValues, final int quoteOccurrences) {
        final Topic<String, CanonicalEntry> canonical = topics.canonical();
        final KStream<String, CanonicalEntry> enriched =
                items.mapValues(value -> ((Routed.Item) value).canonical(), Named.as("unwrap-items"));
        enriched.selectKey((blogId, item) -> item.getCanonicalId(), Named.as("key-by-canonical-id"))
                .to(canonical.name(), Produced.with(canonical.keySerde(), canonicalValues)
                        .withName("write-canonical"));
        enriched.process(() -> new QuoteEvents(quoteOccurrences), Named.as("collect-quotes"), QuoteEvents.STORE,
                        QuoteEvents.OCCURRENCES_STORE)
                .to(topics.quotes().name(), Produced.with(topics.quotes().keySerde(), quoteValues)
                        .withName("write-quotes"));
    }
}
