package dev.liveblog.consumer;

import dev.liveblog.common.cli.AccessErrors;
import dev.liveblog.common.topics.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends a record the consumer cannot decode to the dead-letter topic, as it was, with the same error headers
 * Kafka Streams writes ({@code __streams.errors.*}), so one reader of the dead-letter topic understands both.
 */
final class DeadLetters implements AutoCloseable {

    static final String HEADER_MESSAGE = "__streams.errors.message";
    static final String HEADER_EXCEPTION = "__streams.errors.exception";
    static final String HEADER_TOPIC = "__streams.errors.topic";
    static final String HEADER_PARTITION = "__streams.errors.partition";
    static final String HEADER_OFFSET = "__streams.errors.offset";

    private final Map<String, Object> kafkaProperties;
    private final Topic<byte[], byte[]> topic;
    private KafkaProducer<byte[], byte[]> producer;

    DeadLetters(final Map<String, Object> kafkaProperties, final Topic<byte[], byte[]> topic) {
        this.kafkaProperties = kafkaProperties;
        this.topic = topic;
    }

    /** Sends the undecodable record and waits for the broker's acknowledgement. */
    void send(final RecordDeserializationException error) {
        final RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER_EXCEPTION, utf8(error.getCause() == null ? error.getClass().getName()
                : error.getCause().getClass().getName()));
        headers.add(HEADER_MESSAGE, utf8(String.valueOf(error.getCause() == null ? error.getMessage()
                : error.getCause().getMessage())));
        headers.add(HEADER_TOPIC, utf8(error.topicPartition().topic()));
        headers.add(HEADER_PARTITION, utf8(Integer.toString(error.topicPartition().partition())));
        headers.add(HEADER_OFFSET, utf8(Long.toString(error.offset())));
        final ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic.name(), null,
                bytes(error.keyBuffer()), bytes(error.valueBuffer()), headers);
        try {
            producer().send(record).get();
        } catch (final ExecutionException e) {
            AccessErrors.explain(e, kafkaProperties, AccessErrors.TopicAccess.WRITE).ifPresent(refused -> {
                throw refused;
            });
            throw new IllegalStateException("cannot write to dead-letter topic " + topic.name(), e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to dead-letter topic " + topic.name(), e);
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            final Map<String, Object> props = new HashMap<>(kafkaProperties);
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "liveblog-consumer-dlq");
            producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
        }
        return producer;
    }

    private static byte[] utf8(final String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(final java.nio.ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        final java.nio.ByteBuffer copy = buffer.duplicate();
        final byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
