package dev.liveblog.processor.reset;

import dev.liveblog.common.cli.AccessErrors;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.schema.CanonicalEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
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

/**
 * The highest version of each item in the canonical topic, seeded after a reset into the changelog of the store
 * that keeps the processor's version floors ({@link EnrichStores#versionFloorKey}). The reset removes the state that
 * numbers versions, so without them every item made again would start at version 1 under its old id, and a reader
 * keeping each item's highest version would keep the old one. With them, the first version made after the reset is
 * one higher than the last before it.
 *
 * <p>Only blogs the raw topic still holds get floors (no other blog is processed again, and a floor nobody takes
 * would stay), each on the partition its raw records are on: the partition of the task that owns the blog,
 * whichever partitioner the producer used.
 */
final class VersionFloors {

    /** Client properties a plain reader or writer must not take over from the processor's configuration. */
    private static final Set<String> NOT_FOR_PLAIN_CLIENTS = Set.of(ConsumerConfig.GROUP_ID_CONFIG,
            ConsumerConfig.GROUP_PROTOCOL_CONFIG, ConsumerConfig.GROUP_INSTANCE_ID_CONFIG,
            ConsumerConfig.GROUP_REMOTE_ASSIGNOR_CONFIG, ProducerConfig.TRANSACTIONAL_ID_CONFIG,
            ConsumerConfig.CLIENT_ID_CONFIG);

    private final Map<String, Integer> partitionOfBlog = new HashMap<>();
    private final Map<String, Map<String, Integer>> byBlog = new HashMap<>();
    private int undecodable;

    private VersionFloors() {
    }

    /**
     * Reads which partition each blog of {@code raw} is on, then the canonical topic's items of those blogs, each
     * topic from its start to its end (committed records only). Changes nothing, so it runs before the reset does.
     */
    static VersionFloors read(final Map<String, Object> kafkaProperties, final String raw,
                              final Topic<String, CanonicalEntry> canonical, final Duration timeout) {
        final VersionFloors floors = new VersionFloors();
        readAll(kafkaProperties, raw, timeout, record -> {
            if (record.key() != null) {
                floors.partitionOfBlog.put(new String(record.key(), StandardCharsets.UTF_8), record.partition());
            }
        });
        readAll(kafkaProperties, canonical.name(), timeout, record -> floors.note(canonical, record));
        return floors;
    }

    private static void readAll(final Map<String, Object> kafkaProperties, final String topic,
                                final Duration timeout,
                                final java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> each) {
        final Map<String, Object> props = plain(kafkaProperties, ConsumerConfig.configNames());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "liveblog-reset-versions");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            final long deadline = System.nanoTime() + timeout.toNanos() * 10;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "could not read " + topic
                            + " to its end within " + timeout.toSeconds() * 10 + " s for the version floors");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        } catch (final UserException e) {
            throw e;
        } catch (final RuntimeException e) {
            throw AccessErrors.explain(e, kafkaProperties, AccessErrors.TopicAccess.READ).orElseGet(() ->
                    new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot read " + topic + " for the version "
                            + "floors, so nothing was reset: " + e.getMessage(), e));
        }
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
        if (partitionOfBlog.containsKey(item.getBlogId())) {
            byBlog.computeIfAbsent(item.getBlogId(), b -> new HashMap<>())
                    .merge(item.getCanonicalId(), item.getVersion(), Math::max);
        }
    }

    int items() {
        return byBlog.values().stream().mapToInt(Map::size).sum();
    }

    int undecodable() {
        return undecodable;
    }

    /**
     * Creates {@code changelog} (compacted, one partition per raw partition, {@code replicationFactor} replicas or
     * the broker's default when not positive) and writes every floor to the partition of its blog, each write
     * acknowledged.
     */
    void seed(final Admin admin, final Map<String, Object> kafkaProperties, final String changelog,
              final int partitions, final int replicationFactor, final Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        try {
            admin.createTopics(List.of(new NewTopic(changelog, Optional.of(partitions),
                            replicationFactor > 0 ? Optional.of((short) replicationFactor) : Optional.empty())
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final ExecutionException e) {
            // the changelog is there already (made by a processor started in between): the floors go in as well
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        final Map<String, Object> props = plain(kafkaProperties, ProducerConfig.configNames());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "liveblog-reset-versions");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        final List<Future<?>> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            forEachFloor((blogId, floor) -> sent.add(producer.send(new ProducerRecord<>(changelog,
                    partitionOfBlog.get(blogId), floor.getKey(), floor.getValue()))));
            producer.flush();
            for (final Future<?> future : sent) {
                future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void forEachFloor(final BiConsumer<String, Map.Entry<String, String>> each) {
        byBlog.forEach((blogId, versions) -> versions.forEach((canonicalId, version) -> each.accept(blogId,
                Map.entry(EnrichStores.versionFloorKey(blogId, canonicalId), Integer.toString(version)))));
    }

    private static Map<String, Object> plain(final Map<String, Object> kafkaProperties, final Set<String> names) {
        final Map<String, Object> props = new HashMap<>();
        kafkaProperties.forEach((key, value) -> {
            if (names.contains(key) && !NOT_FOR_PLAIN_CLIENTS.contains(key)) {
                props.put(key, value);
            }
        });
        return props;
    }

    /** The changelog topic of the store that keeps the version floors of {@code applicationId}. */
    static String changelog(final String applicationId) {
        return applicationId + "-" + EnrichStores.VERSION_FLOORS_STORE + "-changelog";
    }
}
