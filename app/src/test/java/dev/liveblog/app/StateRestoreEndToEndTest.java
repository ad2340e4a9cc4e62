package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessor;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.DuplicateKind;
import dev.liveblog.schema.FilteredEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deduplicator's state lives in Kafka: a processor whose local state is gone rebuilds it from changelogs. */
class StateRestoreEndToEndTest {

    private static final String BLOG = "blog-restore";

    @Test
    void shouldRecogniseARepeatAfterTheLocalStateWasLost(@TempDir final Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            // given a processor that made an item from an entry, then stopped
            final Settings first = settings(broker, dir.resolve("state-1"));
            final Topics topics = Topics.from(first);
            try (TopicAdmin admin = TopicAdmin.connect(first)) {
                admin.createMissing(List.copyOf(topics.all()), 1, (short) 1);
            }
            final String text = "The coastguard said it had lifted a family of five to safety from a farmhouse roof.";
            try (LiveBlogProcessor processor = LiveBlogProcessor.start(first)) {
                send(broker, topics, entry(text, "poll-1.txt"));
                assertEquals(1, read(broker, topics.canonical().name(), topics.canonical().valueSerde(), 1).size());
            }

            // when a processor with an empty state directory sees the entry again
            try (LiveBlogProcessor processor = LiveBlogProcessor.start(settings(broker, dir.resolve("state-2")))) {
                send(broker, topics, entry(text, "poll-2.txt"));

                // then it knows the item: the entry is an exact repeat, and no new item appears (the processor
                // commits its outputs for an entry in one transaction, so the canonical topic is complete once the
                // filtered record is visible)
                final List<FilteredEntry> filtered = read(broker, topics.filtered().name(),
                        topics.filtered().valueSerde(), 1);
                assertEquals(DuplicateKind.EXACT, filtered.get(0).getDuplicateKind());
                assertEquals(1, read(broker, topics.canonical().name(), topics.canonical().valueSerde(), 1).size());
            }
        }
    }

    private static Settings settings(final EmbeddedKafkaBroker broker, final Path stateDir) {
        return Settings.of(Map.of("bootstrap.servers", broker.bootstrapServers(), "state.dir", stateDir.toString()));
    }

    private static void send(final EmbeddedKafkaBroker broker, final Topics topics, final BlogEntry entry)
            throws Exception {
        try (KafkaProducer<String, BlogEntry> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()), topics.raw().keySerde().serializer(),
                topics.raw().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topics.raw().name(), BLOG, entry)).get();
        }
    }

    /** Reads committed records until {@code atLeast} arrived or a few seconds passed without more. */
    private static <V> List<V> read(final EmbeddedKafkaBroker broker, final String topic,
                                    final org.apache.kafka.common.serialization.Serde<V> serde, final int atLeast) {
        final List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "group.id", "restore-" + System.nanoTime(),
                "auto.offset.reset", "earliest", "isolation.level", "read_committed"),
                new org.apache.kafka.common.serialization.StringDeserializer(), serde.deserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            consumer.poll(Duration.ofSeconds(2)).forEach(r -> values.add(r.value()));
        }
        return values;
    }

    private static BlogEntry entry(final String text, final String source) {
        return BlogEntry.newBuilder()
                .setBlogId(BLOG).setEntryId(EntryIds.entryId(BLOG, text)).setSource(source).setPosition(1)
                .setText(text).setIngestedAt(Instant.now()).setBlogDate(LocalDate.now()).setBlogZone("UTC")
                .build();
    }
}
