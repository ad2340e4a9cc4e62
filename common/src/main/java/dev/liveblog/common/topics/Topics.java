package dev.liveblog.common.topics;

import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.QuoteEvent;
import dev.liveblog.schema.serde.SchemaCatalog;
import dev.liveblog.schema.serde.SchemaTopic;
import dev.liveblog.schema.serde.Serdes;
import dev.liveblog.schema.serde.SharedSchemaCatalog;
import java.util.List;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.serialization.Serde;

/**
 * The typed registry of the pipeline's topics. Their names are part of the public contract; each can be changed
 * with a setting ({@code liveblog.topic.raw} and so on) but operators never spell a topic name themselves.
 *
 * <p>The Avro serdes share one {@link SchemaCatalog}: with a cluster in the settings, the schemas released with
 * this build plus the schemas topic, where each serde publishes its writer schema before its first record and
 * where a reader looks up a fingerprint it was not built with; without one, the released schemas only.
 */
public final class Topics {

    // The names and their defaults are declared as settings by LiveBlogConfig, from these constants.
    public static final String RAW_NAME_KEY = "liveblog.topic.raw";
    public static final String FILTERED_NAME_KEY = "liveblog.topic.filtered";
    public static final String CANONICAL_NAME_KEY = "liveblog.topic.canonical";
    public static final String DEAD_LETTER_NAME_KEY = "liveblog.topic.dlq";
    public static final String QUOTES_NAME_KEY = "liveblog.topic.quotes";
    public static final String REFERENCE_ENTITIES_NAME_KEY = "liveblog.topic.reference.entities";
    public static final String SCHEMAS_NAME_KEY = "liveblog.topic.schemas";

    public static final String RAW_DEFAULT = "liveblog.entries.raw";
    public static final String FILTERED_DEFAULT = "liveblog.entries.filtered";
    public static final String CANONICAL_DEFAULT = "liveblog.entries.canonical";
    public static final String DEAD_LETTER_DEFAULT = "liveblog.entries.dlq";
    public static final String QUOTES_DEFAULT = "liveblog.quotes";
    public static final String REFERENCE_ENTITIES_DEFAULT = "liveblog.reference.entities";
    public static final String SCHEMAS_DEFAULT = "liveblog.schemas";

    private final Topic<String, BlogEntry> raw;
    private final Topic<String, FilteredEntry> filtered;
    private final Topic<String, CanonicalEntry> canonical;
    private final Topic<byte[], byte[]> deadLetter;
    private final Topic<String, QuoteEvent> quotes;
    private final Topic<String, String> referenceEntities;
    private final Topic<String, String> schemas;
    private final SchemaCatalog schemaCatalog;

    private Topics(final LiveBlogConfig config) {
        final Settings settings = config.settings();
        final Serde<String> strings = org.apache.kafka.common.serialization.Serdes.String();
        final Serde<byte[]> bytes = org.apache.kafka.common.serialization.Serdes.ByteArray();
        schemas = new Topic<>(config.topicName(SCHEMAS_NAME_KEY), strings, strings,
                Topic.CleanupPolicy.COMPACT, "every writer schema in use, keyed by its CRC-64-AVRO fingerprint"
                + " (16 hex digits), the schema's JSON text; readers look up the ones they were not built with");
        // Clients are made only on a writer's first record and on a reader's first unknown fingerprint, so a
        // registry built for its names alone (or by a unit test) never touches Kafka.
        schemaCatalog = settings.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG).isPresent()
                ? SharedSchemaCatalog.over(new SchemaTopic(settings.kafkaProperties(), schemas.name()))
                : SchemaCatalog.bundled();
        raw = new Topic<>(config.topicName(RAW_NAME_KEY), strings, Serdes.blogEntry(schemaCatalog),
                Topic.CleanupPolicy.DELETE, "raw entries as read, keyed by blog id");
        filtered = new Topic<>(config.topicName(FILTERED_NAME_KEY), strings,
                Serdes.filteredEntry(schemaCatalog),
                Topic.CleanupPolicy.DELETE, "furniture and duplicates with the reason, keyed by blog id");
        canonical = new Topic<>(config.topicName(CANONICAL_NAME_KEY), strings,
                Serdes.canonicalEntry(schemaCatalog), Topic.CleanupPolicy.COMPACT,
                "one record per canonical item and version, keyed by canonical id");
        deadLetter = new Topic<>(config.topicName(DEAD_LETTER_NAME_KEY), bytes, bytes,
                Topic.CleanupPolicy.DELETE, "records that could not be processed, as they were, with the error in headers");
        quotes = new Topic<>(config.topicName(QUOTES_NAME_KEY), strings,
                Serdes.quoteEvent(schemaCatalog),
                Topic.CleanupPolicy.COMPACT, "one record per distinct quotation and version, keyed by quote id");
        referenceEntities = new Topic<>(config.topicName(REFERENCE_ENTITIES_NAME_KEY), strings,
                strings, Topic.CleanupPolicy.COMPACT,
                "reference entities added at runtime, keyed by entity id, one JSON object each (null deletes)");
    }

    /**
     * The registry of the cluster the settings name; its serdes read and write that cluster's schemas topic. The
     * settings are checked first ({@link LiveBlogConfig}).
     */
    public static Topics from(final Settings settings) {
        return new Topics(LiveBlogConfig.from(settings));
    }

    /** The registry of a component's checked config. */
    public static Topics from(final LiveBlogConfig config) {
        return new Topics(config);
    }

    /** The default names, with serdes that know the schemas released with this build only. */
    public static Topics defaults() {
        return from(Settings.of(java.util.Map.of()));
    }

    public Topic<String, BlogEntry> raw() {
        return raw;
    }

    public Topic<String, FilteredEntry> filtered() {
        return filtered;
    }

    public Topic<String, CanonicalEntry> canonical() {
        return canonical;
    }

    public Topic<byte[], byte[]> deadLetter() {
        return deadLetter;
    }

    public Topic<String, QuoteEvent> quotes() {
        return quotes;
    }

    /** Entities ops add without a redeploy; read by every processor instance as a global store. */
    public Topic<String, String> referenceEntities() {
        return referenceEntities;
    }

    /**
     * Writer schemas by fingerprint: what a reader older than a writer needs to decode it. Compacted, so it keeps
     * one record per schema however often writers publish.
     */
    public Topic<String, String> schemas() {
        return schemas;
    }

    /** Where this registry's serdes find and publish writer schemas; for serdes built elsewhere (stores). */
    public SchemaCatalog schemaCatalog() {
        return schemaCatalog;
    }

    public List<Topic<?, ?>> all() {
        return List.of(raw, filtered, canonical, deadLetter, quotes, referenceEntities, schemas);
    }
}
