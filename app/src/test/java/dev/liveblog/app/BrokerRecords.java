package dev.liveblog.app;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.schema.BlogEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Sends raw entries to, and reads committed records from, a real broker, for the end-to-end tests. */
final class BrokerRecords {

    private final EmbeddedKafkaBroker broker;
    private final Topics topics;

    BrokerRecords(final EmbeddedKafkaBroker broker, final Topics topics) {
        this.broker = broker;
        this.topics = topics;
    }

    /** Processor settings on this broker with their own state directory, plus any extra settings. */
    static Settings settings(final EmbeddedKafkaBroker broker, final Path stateDir, final Map<String, String> extra) {
        final Map<String, String> all = new java.util.HashMap<>(extra);
        all.put("bootstrap.servers", broker.bootstrapServers());
        all.put("state.dir", stateDir.toString());
        return Settings.of(all);
    }

    static BlogEntry entry(final String blog, final String text, final String poll, final int position,
                           final Integer above) {
        return BlogEntry.newBuilder()
                .setBlogId(blog).setEntryId(EntryIds.entryId(blog, text)).setSource("stdin").setPosition(position)
                .setText(text).setIngestedAt(Instant.now()).setBlogDate(LocalDate.of(2026, 11, 26))
                .setBlogZone("UTC").setAbovePosition(above).setPollId(poll)
                .build();
    }

    void send(final List<BlogEntry> entries) throws Exception {
        try (KafkaProducer<String, BlogEntry> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()), topics.raw().keySerde().serializer(),
                topics.raw().valueSerde().serializer())) {
            for (final BlogEntry entry : entries) {
                producer.send(new ProducerRecord<>(topics.raw().name(), entry.getBlogId(), entry)).get();
            }
        }
    }

    /**
     * Committed records of a topic, until {@code atLeast} arrived, and then one more poll of up to a second (ten of
     * the exactly-once processor's 100 ms commit intervals) for whatever else the same input made.
     */
    <V> List<ConsumerRecord<String, V>> read(final String topic, final Serde<V> serde, final int atLeast) {
        final List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "group.id", "test-" + System.nanoTime(),
                "auto.offset.reset", "earliest", "isolation.level", "read_committed"),
                new StringDeserializer(), serde.deserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
        }
        return records;
    }
}
