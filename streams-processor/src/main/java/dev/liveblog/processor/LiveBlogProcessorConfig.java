package dev.liveblog.processor;

import dev.liveblog.common.config.ClientDefault;
import dev.liveblog.common.config.ConfigDeclaration;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.config.Validators;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.lifecycle.StateConfig;
import dev.liveblog.processor.state.StoreOptions;
import dev.liveblog.processor.topology.InvalidInputHandler;
import dev.liveblog.processor.topology.UndecodableRecordHandler;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The processor's settings, declared once: the deduplication thresholds and bounds, the state's retention and
 * sweep, and the Kafka Streams properties it sets; with the settings every component shares
 * ({@link LiveBlogConfig}). The typed values the topology is built from ({@link DedupConfig}, {@link StateConfig})
 * are made from it, so their defaults live only here.
 */
public final class LiveBlogProcessorConfig extends LiveBlogConfig {

    public static final String DEDUP_PREFIX = "liveblog.dedup.";
    public static final String NEAR_THRESHOLD = DEDUP_PREFIX + "near.threshold";
    public static final String NEAR_LENGTH_RATIO = DEDUP_PREFIX + "near.length.ratio";
    public static final String CONTAINED_THRESHOLD = DEDUP_PREFIX + "contained.threshold";
    public static final String MIN_TOKENS = DEDUP_PREFIX + "min.tokens";
    public static final String MIN_QUOTE_TOKENS = DEDUP_PREFIX + "min.quote.tokens";
    public static final String MIN_QUOTE_SHARE = DEDUP_PREFIX + "min.quote.share";
    public static final String CANDIDATES = DEDUP_PREFIX + "candidates";
    public static final String MAX_POSTINGS = DEDUP_PREFIX + "max.postings";
    public static final String MAX_ITEMS_PER_BLOG = DEDUP_PREFIX + "max.items.per.blog";
    public static final String INDEX_MAX_BYTES = DEDUP_PREFIX + "index.max.bytes";
    /** The retention's older name, in hours; {@link #RETENTION_SECONDS} wins when both are set. */
    public static final String RETENTION_HOURS = DEDUP_PREFIX + "retention.hours";
    public static final String RETENTION_SECONDS = "liveblog.state.retention.seconds";
    public static final String SWEEP_SECONDS = "liveblog.state.sweep.interval.seconds";
    public static final String SWEEP_BUDGET = "liveblog.state.sweep.budget";
    public static final String QUOTE_OCCURRENCES = "liveblog.quotes.max.occurrences";

    public static final String DEFAULT_APPLICATION_ID = "liveblog-processor";

    /**
     * Exactly-once processing. A record that cannot be deserialised, or that decodes but is invalid, is logged,
     * sent as it was to the dead-letter topic with the error in its headers, and skipped; any other error (the
     * schemas topic unreadable, a bug) fails the task, so that the transaction aborts and no store keeps half of a
     * record ({@link UndecodableRecordHandler}, {@link InvalidInputHandler}).
     */
    public static final List<ClientDefault> CLIENT_DEFAULTS = List.of(
            ClientDefault.of(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID,
                    "the Streams application id (`--application-id`): its group, and the prefix of its internal "
                            + "topics"),
            ClientDefault.of(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2,
                    "every entry's outputs and store writes are committed together, or not at all"),
            ClientDefault.of(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                    UndecodableRecordHandler.class.getName(), "an undecodable record goes to the dead-letter topic"),
            ClientDefault.of(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                    InvalidInputHandler.class.getName(), "an invalid entry goes to the dead-letter topic; any other "
                            + "error fails the task"),
            ClientDefault.fromSetting(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
                    Topics.DEAD_LETTER_NAME_KEY, "where both handlers send records"),
            ClientDefault.of(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true",
                    "an invalid reference entity is dead-lettered too"),
            ClientDefault.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1", "stream threads per instance"),
            // Measured on the embedded broker: Streams' check of new internal topics finds one more ready each
            // round, so a first start waited fifteen pauses for the processor's fifteen changelogs.
            ClientDefault.of(StreamsConfig.RETRY_BACKOFF_MS_CONFIG, "10", "Streams' pause between checks of its "
                    + "new internal topics, one of which turns ready each check (Kafka's 100 ms cost 1.5 s at a first "
                    + "start); the clients' back-off starts from it and doubles up to `retry.backoff.max.ms`"),
            // A small record cache, used only by the stores whose few keys many entries rewrite (per blog: the
            // counters and last speakers; the items waiting for a short name; a quotation's event): a commit writes
            // each of those keys once. The stores whose keys are per item have none: each entry writes keys of its
            // own, so a cache coalesced little, and flushing it at every commit held each item behind a burst of
            // writes (p99 produce-to-file at ~500 entries/s was about 570 ms with caches on every store, 140 ms
            // without; BENCHMARKS.md).
            ClientDefault.of(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "1048576", "a record cache for "
                    + "the stores of keys that many entries rewrite (per blog, per short name, per quotation); "
                    + "the per-item stores have none (BENCHMARKS.md)"),
            ClientDefault.of(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, StoreOptions.class.getName(),
                    "RocksDB keeps a Bloom filter on every sorted run, as most reads ask for absent keys "
                            + "(a setter of your own replaces it)"),
            ClientDefault.of(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, "0", "warm copies of each task's state on "
                    + "other instances, for a faster failover (Kafka's default, set here to be seen)"),
            // With Kafka's 1 MiB a fetch holds about 1,800 entries of one partition, and a thread with a backlog
            // (a restart, a failover) drained its partitions one after another: the blogs of the last waited for
            // all the others. 64 KiB interleaves them at the same throughput (BENCHMARKS.md, issue 15).
            ClientDefault.of(StreamsConfig.MAIN_CONSUMER_PREFIX + ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                    "65536", "the processor's consumer fetches 64 KiB of a partition at a time, so that after a "
                            + "backlog every partition, every blog, moves on together (Kafka's 1 MiB drained one "
                            + "partition after another)"));

    private static final ConfigDef OWN = ownSettings(new ConfigDef());
    private static final ConfigDef ALL = withSharedSettings(OWN);

    private LiveBlogProcessorConfig(final Settings settings) {
        super(ALL, settings);
    }

    /** The processor's settings, checked: every problem is one line of the {@code UserException} (exit code 5). */
    public static LiveBlogProcessorConfig from(final Settings settings) {
        return new LiveBlogProcessorConfig(settings);
    }

    /** The defaults alone, for tests and benchmarks that build the topology without a command. */
    public static LiveBlogProcessorConfig defaults() {
        return from(Settings.of(java.util.Map.of()));
    }

    private static ConfigDef ownSettings(final ConfigDef def) {
        final ConfigDef.Validator fraction = Validators.between(0, 1);
        final ConfigDef.Validator positive = Validators.atLeast(1);
        define(def, NEAR_THRESHOLD, ConfigDef.Type.DOUBLE, 0.85, fraction,
                "Least word-edit similarity of two texts of similar length for a NEAR repeat.");
        define(def, NEAR_LENGTH_RATIO, ConfigDef.Type.DOUBLE, 0.8, fraction,
                "Least ratio of the shorter text's length to the longer's for a NEAR comparison.");
        define(def, CONTAINED_THRESHOLD, ConfigDef.Type.DOUBLE, 0.9, fraction,
                "Least containment of the shorter text (or its quotation) in the longer for a CONTAINED repeat.");
        define(def, MIN_TOKENS, ConfigDef.Type.INT, 6, positive,
                "Fewest words of a near or contained repeat; a shorter entry is only ever an exact repeat.");
        define(def, MIN_QUOTE_TOKENS, ConfigDef.Type.INT, 8, positive,
                "Fewest quoted words for an entry to count as mostly a quotation.");
        define(def, MIN_QUOTE_SHARE, ConfigDef.Type.DOUBLE, 0.6, fraction,
                "Least share of an entry's words its quotation makes up for the entry to count as mostly a "
                        + "quotation.");
        define(def, CANDIDATES, ConfigDef.Type.INT, 8, positive, "Index candidates verified per entry.");
        define(def, MAX_POSTINGS, ConfigDef.Type.INT, 64, positive,
                "Items holding one word trigram from which it is too common to tell items apart; lookups skip it.");
        define(def, MAX_ITEMS_PER_BLOG, ConfigDef.Type.INT, 100_000, positive,
                "Items kept per blog; the oldest are forgotten first.");
        define(def, INDEX_MAX_BYTES, ConfigDef.Type.LONG, 128L * 1024 * 1024, Validators.atLeast(1),
                "Heap the in-memory trigram index of each task (partition) may take, about 1.2 KB per item; beyond "
                        + "it the blogs least recently posted to leave memory, to be indexed again from their items "
                        + "when they post.");
        define(def, RETENTION_HOURS, ConfigDef.Type.INT, 7 * 24, positive,
                "The retention in hours (its older name), used when `" + RETENTION_SECONDS + "` is not set.");
        define(def, RETENTION_SECONDS, ConfigDef.Type.INT, null, "`" + RETENTION_HOURS + "` × 3600: 604800 (7 days)",
                Validators.optional(positive),
                "How long a quiet blog's state, and an item not updated, is kept.");
        define(def, SWEEP_SECONDS, ConfigDef.Type.INT, 1, positive,
                "How often expiry runs, in seconds of the processor's clock.");
        define(def, SWEEP_BUDGET, ConfigDef.Type.INT, 5_000, positive,
                "Store operations per expiry run, besides 100 per record processed since the last.");
        define(def, QUOTE_OCCURRENCES, ConfigDef.Type.INT, 10, positive,
                "Latest occurrences a quotation's event on the quotes topic lists; its `occurrenceCount` counts "
                        + "them all.");
        return def;
    }

    /** The deduplication thresholds and bounds. */
    public DedupConfig dedup() {
        return new DedupConfig(getDouble(NEAR_THRESHOLD), getDouble(NEAR_LENGTH_RATIO),
                getDouble(CONTAINED_THRESHOLD), getInt(MIN_TOKENS), getInt(MIN_QUOTE_TOKENS),
                getDouble(MIN_QUOTE_SHARE), getInt(CANDIDATES), getInt(MAX_POSTINGS), getInt(MAX_ITEMS_PER_BLOG),
                retention(), getLong(INDEX_MAX_BYTES));
    }

    /** How the state's sweep runs, and how many occurrences a quotation's event lists. */
    public StateConfig state() {
        return new StateConfig(Duration.ofSeconds(getInt(SWEEP_SECONDS)), getInt(SWEEP_BUDGET),
                getInt(QUOTE_OCCURRENCES));
    }

    /** {@value #RETENTION_SECONDS}, else the older {@value #RETENTION_HOURS}. */
    public Duration retention() {
        final Integer seconds = getInt(RETENTION_SECONDS);
        return seconds != null ? Duration.ofSeconds(seconds) : Duration.ofHours(getInt(RETENTION_HOURS));
    }

    /** The Kafka Streams configuration: the processor's defaults, then the user's properties untouched. */
    public Properties streamsProperties() {
        final Properties properties = new Properties();
        properties.putAll(ClientDefault.apply(CLIENT_DEFAULTS, this, kafkaProperties()));
        return properties;
    }

    /** The Streams application id in force: the user's, else the processor's default. */
    public String applicationId() {
        return streamsProperties().getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    }

    /** The processor's settings, for the README and the check for unknown keys. */
    public static final class Declaration extends ConfigDeclaration {

        public Declaration() {
            super(2, "`liveblog process`", OWN, CLIENT_DEFAULTS);
        }
    }
}
