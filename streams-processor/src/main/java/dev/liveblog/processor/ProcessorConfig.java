package dev.liveblog.processor;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.topology.InvalidInputHandler;
import dev.liveblog.processor.topology.UndecodableRecordHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams configuration of the processor: our defaults, then the user's properties untouched. */
public final class ProcessorConfig {

    public static final String DEFAULT_APPLICATION_ID = "liveblog-processor";

    private ProcessorConfig() {
    }

    /**
     * Exactly-once processing. A record that cannot be deserialised, or that decodes but is invalid, is logged,
     * sent as it was to the dead-letter topic with the error in its headers, and skipped; any other error (the schemas
     * topic unreadable, a bug) fails the task, so that the transaction aborts and no store keeps half of a record
     * ({@link UndecodableRecordHandler}, {@link InvalidInputHandler}).
     */
    public static Map<String, String> defaults(final Topics topics) {
        final Map<String, String> defaults = new HashMap<>();
        defaults.put(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
        defaults.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        defaults.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                UndecodableRecordHandler.class.getName());
        defaults.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                InvalidInputHandler.class.getName());
        defaults.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetter().name());
        defaults.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        defaults.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
        // No record caches in front of the stores. Each entry writes keys of its own (its item, its index
        // postings), so the caches coalesced little, and flushing them at every commit held each item behind a
        // burst of store and changelog writes: with them, p99 produce-to-file latency at ~500 entries/s was about
        // 570 ms; without them 140 ms, at the same throughput (BENCHMARKS.md).
        defaults.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0");
        return defaults;
    }

    public static Properties streamsProperties(final Settings settings, final Topics topics) {
        final Map<String, Object> merged = new HashMap<>(defaults(topics));
        merged.putAll(settings.kafkaProperties());
        final Properties properties = new Properties();
        properties.putAll(merged);
        return properties;
    }
}
