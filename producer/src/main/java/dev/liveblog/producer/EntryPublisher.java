package dev.liveblog.producer;

import dev.liveblog.common.cli.AccessErrors;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.ClientDefault;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.schema.BlogEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Sends entries to the raw topic, keyed by blog id so that one blog's entries stay in order on one partition.
 * The producer is idempotent with {@code acks=all}: a retry never writes an entry twice.
 */
public final class EntryPublisher implements AutoCloseable {

    /**
     * Defaults in code ({@link LiveBlogProducerConfig#CLIENT_DEFAULTS}); any of them can be overridden by the user's
     * Kafka properties.
     */
    public static final Map<String, String> DEFAULTS = LiveBlogProducerConfig.CLIENT_DEFAULTS.stream()
            .collect(Collectors.toUnmodifiableMap(ClientDefault::key, ClientDefault::value));

    private final KafkaProducer<String, BlogEntry> producer;
    private final Topic<String, BlogEntry> topic;
    private final Map<String, Object> kafkaProperties;

    public EntryPublisher(final Map<String, Object> kafkaProperties, final Topic<String, BlogEntry> topic) {
        final Map<String, Object> props = ClientDefault.apply(LiveBlogProducerConfig.CLIENT_DEFAULTS, null,
                kafkaProperties);
        this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
        this.topic = topic;
        this.kafkaProperties = Map.copyOf(kafkaProperties);
    }

    /** Sends every entry and waits until the broker has acknowledged all of them. */
    public int publish(final List<BlogEntry> entries) {
        final List<Future<RecordMetadata>> acks = new ArrayList<>(entries.size());
        try {
            for (final BlogEntry entry : entries) {
                acks.add(producer.send(new ProducerRecord<>(topic.name(), entry.getBlogId(), entry)));
            }
        } catch (final RuntimeException e) {
            // the serialiser publishes the writer schema to the schemas topic on the first send, and may be refused
            throw AccessErrors.explain(e, kafkaProperties, AccessErrors.TopicAccess.WRITE).orElseGet(() ->
                    new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot send to topic " + topic.name() + ": "
                            + e.getMessage(), e));
        }
        producer.flush();
        for (int i = 0; i < acks.size(); i++) {
            await(acks.get(i), entries.get(i));
        }
        return entries.size();
    }

    private void await(final Future<RecordMetadata> ack, final BlogEntry entry) {
        try {
            ack.get();
        } catch (final ExecutionException e) {
            final String where = entry.getSource() + ":" + entry.getPosition();
            AccessErrors.explain(e, kafkaProperties, AccessErrors.TopicAccess.WRITE).ifPresent(refused -> {
                throw refused;
            });
            if (e.getCause() instanceof RecordTooLargeException) {
                throw new UserException(ExitCodes.BAD_INPUT, where + ": entry too large for Kafka ("
                        + e.getCause().getMessage() + ")", e);
            }
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, where + ": cannot send to topic " + topic.name()
                    + ": " + e.getCause().getMessage(), e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCodes.FAILURE, "interrupted while sending to " + topic.name(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
