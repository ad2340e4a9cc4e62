package dev.liveblog.processor.reset;

import dev.liveblog.common.topics.Topic;
import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.schema.CanonicalEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/**
 * The highest version of each item in the canonical topic, seeded after a reset into the changelog of the store
 * that keeps the processor's version floors ({@link EnrichStores#versionFloorKey}). The reset removes the state that numbers versions, so without them every item made again
 * would start at version 1 under its old id, and a reader keeping each item's highest version would keep the old
 * one. With them, the first version made after the reset is one higher than the last before it.
 *
 * <p>Each floor goes to the changelog partition of its blog's raw partition (raw records are keyed by blog with the
 * default partitioner), which is the partition of the task that owns the blog; Kafka Streams restores it from there
 * before the first record is processed.
 */
final class VersionFloors {

    private final Map<String, Map<String, Integer>> byBlog = new HashMap<>();
    private int undecodable;

    private VersionFloors() {
    }

    /** Reads the canonical topic from its start to its end (committed records only). */
    static VersionFloors read(final Map<String, Object> kafkaProperties, final Topic<String, CanonicalEntry> canonical,
                              final Duration timeout) {
        final Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "liveblog-reset-versions");
        final VersionFloors floors = new VersionFloors();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(canonical.name(), timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            final long deadline = System.nanoTime() + timeout.toNanos() * 10;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + canonical.name() + " to its end within "
                            + timeout.toSeconds() * 10 + " s");
                }
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    floors.note(canonical, record);
                }
            }
        }
        return floors;
    }

    private void note(final Topic<String, CanonicalEntry> canonical, final ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return;
        }
        final CanonicalEntry item;
        try {
            item = canonical.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (final RuntimeException e) {
            // The consumer dead-letters such a record; it has no version to continue.
            undecodable++;
            return;
        }
        byBlog.computeIfAbsent(item.getBlogId(), b -> new HashMap<>())
                .merge(item.getCanonicalId(), item.getVersion(), Math::max);
    }

    int items() {
        return byBlog.values().stream().mapToInt(Map::size).sum();
    }

    int undecodable() {
        return undecodable;
    }

    /**
     * Creates {@code changelog} (compacted, one partition per raw partition) and writes every floor to the
     * partition of its blog.
     */
    void seed(final Admin admin, final Map<String, Object> kafkaProperties, final String changelog,
              final int partitions, final Duration timeout) throws ExecutionException, InterruptedException,
            TimeoutException {
        try {
            admin.createTopics(List.of(new NewTopic(changelog, Optional.of(partitions), Optional.empty())
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final ExecutionException e) {
            // the changelog is there already (made by a processor started in between): the floors go in as well
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        final Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "liveblog-reset-versions");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            byBlog.forEach((blogId, versions) -> {
                final int partition = Utils.toPositive(Utils.murmur2(blogId.getBytes(StandardCharsets.UTF_8)))
                        % partitions;
                versions.forEach((canonicalId, version) -> producer.send(new ProducerRecord<>(changelog, partition,
                        EnrichStores.versionFloorKey(blogId, canonicalId), Integer.toString(version))));
            });
            producer.flush();
        }
    }

    /** The changelog topic of the version floors store of {@code applicationId}. */
    static String changelog(final String applicationId) {
        return applicationId + "-" + EnrichStores.VERSION_FLOORS_STORE + "-changelog";
    }
}
