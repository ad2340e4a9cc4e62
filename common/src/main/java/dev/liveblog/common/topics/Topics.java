package dev.liveblog.common.topics;

import dev.liveblog.common.config.Settings;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.QuoteEvent;
import dev.liveblog.schema.serde.Serdes;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * The typed registry of the pipeline's topics. Their names are part of the public contract; each can be changed
 * with a setting ({@code liveblog.topic.raw} and so on) but operators never spell a topic name themselves.
 */
public final class Topics {

    public static final String RAW_NAME_KEY = "liveblog.topic.raw";
    public static final String FILTERED_NAME_KEY = "liveblog.topic.filtered";
    public static final String CANONICAL_NAME_KEY = "liveblog.topic.canonical";
    public static final String DEAD_LETTER_NAME_KEY = "liveblog.topic.dlq";
    public static final String QUOTES_NAME_KEY = "liveblog.topic.quotes";
    public static final String REFERENCE_ENTITIES_NAME_KEY = "liveblog.topic.reference.entities";

    public static final String RAW_DEFAULT = "liveblog.entries.raw";
    public static final String FILTERED_DEFAULT = "liveblog.entries.filtered";
    public static final String CANONICAL_DEFAULT = "liveblog.entries.canonical";
    public static final String DEAD_LETTER_DEFAULT = "liveblog.entries.dlq";
    public static final String QUOTES_DEFAULT = "liveblog.quotes";
    public static final String REFERENCE_ENTITIES_DEFAULT = "liveblog.reference.entities";

    private final Topic<String, BlogEntry> raw;
    private final Topic<String, FilteredEntry> filtered;
    private final Topic<String, CanonicalEntry> canonical;
    private final Topic<byte[], byte[]> deadLetter;
    private final Topic<String, QuoteEvent> quotes;
    private final Topic<String, String> referenceEntities;

    private Topics(final Settings settings) {
        final Serde<String> strings = org.apache.kafka.common.serialization.Serdes.String();
        final Serde<byte[]> bytes = org.apache.kafka.common.serialization.Serdes.ByteArray();
        raw = new Topic<>(settings.get(RAW_NAME_KEY, RAW_DEFAULT), strings, Serdes.blogEntry(),
                Topic.CleanupPolicy.DELETE, "raw entries as read, keyed by blog id");
        filtered = new Topic<>(settings.get(FILTERED_NAME_KEY, FILTERED_DEFAULT), strings, Serdes.filteredEntry(),
                Topic.CleanupPolicy.DELETE, "furniture and duplicates with the reason, keyed by blog id");
        canonical = new Topic<>(settings.get(CANONICAL_NAME_KEY, CANONICAL_DEFAULT), strings,
                Serdes.canonicalEntry(), Topic.CleanupPolicy.COMPACT,
                "one record per canonical item and version, keyed by canonical id");
        deadLetter = new Topic<>(settings.get(DEAD_LETTER_NAME_KEY, DEAD_LETTER_DEFAULT), bytes, bytes,
                Topic.CleanupPolicy.DELETE, "records that could not be processed, as they were, with the error in headers");
        quotes = new Topic<>(settings.get(QUOTES_NAME_KEY, QUOTES_DEFAULT), strings, Serdes.quoteEvent(),
                Topic.CleanupPolicy.COMPACT, "one record per distinct quotation and version, keyed by quote id");
        referenceEntities = new Topic<>(settings.get(REFERENCE_ENTITIES_NAME_KEY, REFERENCE_ENTITIES_DEFAULT), strings,
                strings, Topic.CleanupPolicy.COMPACT,
                "reference entities added at runtime, keyed by entity id, one JSON object each (null deletes)");
    }

    public static Topics from(final Settings settings) {
        return new Topics(settings);
    }

    public static Topics defaults() {
        return new Topics(Settings.of(java.util.Map.of()));
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

    public List<Topic<?, ?>> all() {
        return List.of(raw, filtered, canonical, deadLetter, quotes, referenceEntities);
    }
}
