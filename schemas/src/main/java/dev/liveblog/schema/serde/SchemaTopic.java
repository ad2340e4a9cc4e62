package dev.liveblog.schema.serde;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The schemas topic as a {@link SchemaChannel}: compacted, keyed by the fingerprint in hex, the value the schema's
 * JSON text. Reads and writes are rare (a writer's first record, a reader's first unknown fingerprint), so each
 * uses a short-lived client; the read positions are kept, so a later read fetches only what was added since.
 */
public final class SchemaTopic implements SchemaChannel {

    /**
     * Per call; a lookup makes three, inside the stream thread's open transaction, so together they stay under
     * Kafka Streams' exactly-once transaction timeout (10 s).
     */
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    /**
     * A write outlasts a leader election: with a broker just killed, its partitions move only once the controller
     * misses its heartbeats (9 s by default), and a writer publishes its schema once, before its first record.
     */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> kafkaProperties;
    private final String topic;
    private final Map<TopicPartition, Long> positions = new HashMap<>();

    /**
     * @param kafkaProperties the cluster's client properties (bootstrap servers, security); group and transaction
     *                        settings are ignored
     * @param topic the schemas topic's name
     */
    public SchemaTopic(final Map<String, Object> kafkaProperties, final String topic) {
        this.kafkaProperties = Map.copyOf(kafkaProperties);
        this.topic = topic;
    }

    @Override
    public String name() {
        return "topic " + topic;
    }

    @Override
    public synchronized Map<String, String> readNew() {
        final Map<String, String> entries = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(),
                new StringDeserializer(), new StringDeserializer())) {
            final List<PartitionInfo> partitions = consumer.partitionsFor(topic, TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                throw new SchemaChannelException(name() + " does not exist; create it with 'liveblog create-topics'");
            }
            final List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            for (final TopicPartition partition : assigned) {
                final Long position = positions.get(partition);
                if (position == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, position);
                }
            }
            final Map<TopicPartition, Long> end = consumer.endOffsets(assigned, TIMEOUT);
            final long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!atEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new SchemaChannelException("cannot read " + name() + " to its end within "
                            + TIMEOUT.toSeconds() + " s");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(r -> entries.put(r.key(), r.value()));
            }
            assigned.forEach(p -> positions.put(p, consumer.position(p)));
        } catch (final SchemaChannelException e) {
            throw e;
        } catch (final KafkaException e) {
            throw new SchemaChannelException("cannot read " + name() + ": " + e.getMessage(), e);
        }
        return entries;
    }

    private static boolean atEnd(final KafkaConsumer<String, String> consumer, final Map<TopicPartition, Long> end) {
        for (final Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void write(final String fingerprintHex, final String schemaJson) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties(),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, fingerprintHex, schemaJson))
                    .get(WRITE_TIMEOUT.plus(TIMEOUT).toMillis(), TimeUnit.MILLISECONDS);
        } catch (final ExecutionException e) {
            throw cannotPublish(fingerprintHex, e.getCause());
        } catch (final TimeoutException | KafkaException e) {
            throw cannotPublish(fingerprintHex, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cannotPublish(fingerprintHex, e);
        }
    }

    private SchemaChannelException cannotPublish(final String fingerprintHex, final Throwable cause) {
        return new SchemaChannelException("cannot publish writer schema " + fingerprintHex + " to " + name()
                + " (readers older than this writer could not decode its records): " + cause.getMessage()
                + "; is the topic there? 'liveblog create-topics' creates it", cause);
    }

    private Map<String, Object> consumerProperties() {
        final Map<String, Object> props = clientProperties();
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // a reader never creates the topic: auto-created, it would not be compacted
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "liveblog-schema-reader");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return props;
    }

    private Map<String, Object> producerProperties() {
        final Map<String, Object> props = clientProperties();
        props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "liveblog-schema-publisher");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) WRITE_TIMEOUT.toMillis());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return props;
    }

    /** The user's properties, without the serde settings the clients here set themselves. */
    private Map<String, Object> clientProperties() {
        final Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.keySet().removeIf(key -> key.endsWith(".serializer") || key.endsWith(".deserializer"));
        return props;
    }
}
