package dev.liveblog.benchmarks.suite;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * The cluster the suite measures on, and one set of the pipeline's topics per benchmark, so that no benchmark
 * reads another's records. Every topic has the same partition count.
 */
final class BenchCluster {

    private final Settings base;
    private final int partitions;

    BenchCluster(final String bootstrapServers, final Map<String, String> kafkaProperties, final int partitions) {
        final Map<String, String> values = new HashMap<>(kafkaProperties);
        values.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.base = Settings.of(values);
        this.partitions = partitions;
    }

    String bootstrapServers() {
        return base.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "");
    }

    int partitions() {
        return partitions;
    }

    /** Settings naming a fresh set of topics, {@code bench.<run>.<topic>}, created on the cluster. */
    Settings topicsFor(final String run) {
        return topicsFor(run, partitions);
    }

    /** As {@link #topicsFor(String)}, with another partition count. */
    Settings topicsFor(final String run, final int topicPartitions) {
        Settings settings = base;
        for (final Map.Entry<String, String> topic : Map.of(
                Topics.RAW_NAME_KEY, Topics.RAW_DEFAULT,
                Topics.FILTERED_NAME_KEY, Topics.FILTERED_DEFAULT,
                Topics.CANONICAL_NAME_KEY, Topics.CANONICAL_DEFAULT,
                Topics.DEAD_LETTER_NAME_KEY, Topics.DEAD_LETTER_DEFAULT,
                Topics.QUOTES_NAME_KEY, Topics.QUOTES_DEFAULT,
                Topics.REFERENCE_ENTITIES_NAME_KEY, Topics.REFERENCE_ENTITIES_DEFAULT).entrySet()) {
            settings = settings.with(topic.getKey(), "bench." + run + "." + topic.getValue());
        }
        try (TopicAdmin admin = TopicAdmin.connect(settings)) {
            admin.awaitReachable();
            admin.createMissing(List.copyOf(Topics.from(settings).all()), topicPartitions, (short) 1);
        }
        return settings;
    }

    /** Creates one more topic with the suite's partition count. */
    void create(final Topic<?, ?> topic) {
        try (TopicAdmin admin = TopicAdmin.connect(base)) {
            admin.createMissing(List.of(topic), partitions, (short) 1);
        }
    }

    Map<String, Object> kafkaProperties() {
        return base.kafkaProperties();
    }

    /** The end offset of every partition of the topic: where a reader that has read everything stands. */
    Map<TopicPartition, Long> endOffsets(final String topic) {
        try (TopicAdmin admin = TopicAdmin.connect(base)) {
            return admin.endOffsets(topic, IsolationLevel.READ_UNCOMMITTED);
        }
    }

    static long sum(final Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }
}
