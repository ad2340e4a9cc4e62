package dev.liveblog.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.schema.BlogEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The producer against a real broker. */
class LiveBlogProducerTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldSendEntriesOldestFirstKeyedByBlogWithTheSameIdsOnEveryRead() {
        // given a raw topic and a source of three entries, newest first
        final Settings settings = settings("liveblog.topic.raw", "raw-ids");
        createTopics(settings);
        final LiveBlogProducer.Input poll = LiveBlogProducer.Input.ofLines("poll.txt", List.of(
                new SourceLine(1, "Newest entry."), new SourceLine(3, "Middle entry."),
                new SourceLine(4, "Oldest entry.")));

        // when the same source is produced twice
        final LiveBlogProducer.Summary first = LiveBlogProducer.produce(settings, List.of(poll), Clock.systemUTC());
        LiveBlogProducer.produce(settings, List.of(poll), Clock.systemUTC());

        // then each run sent the entries oldest first, keyed by blog, with identical ids
        assertEquals(3, first.entries());
        final List<ConsumerRecord<String, BlogEntry>> records = readAll(settings, 6);
        assertEquals(6, records.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(records.get(i).value().getEntryId(), records.get(i + 3).value().getEntryId());
        }
        assertEquals(List.of(4, 3, 1), records.subList(0, 3).stream().map(r -> r.value().getPosition()).toList());
        assertTrue(records.stream().allMatch(r -> "blog-p".equals(r.key())));
    }

    @Test
    void shouldAcceptEntriesOnEveryPartitionAsSoonAsTheTopicIsCreated() {
        // given a raw topic of six partitions, just created
        final Settings settings = settings("liveblog.topic.raw", "raw-fresh");
        try (TopicAdmin admin = TopicAdmin.connect(settings.kafkaProperties(), Duration.ofSeconds(30))) {
            admin.createMissing(List.of(Topics.from(settings).raw(), Topics.from(settings).schemas()), 6, (short) 1);
        }
        final List<BlogEntry> entries = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            entries.add(BlogEntry.newBuilder().setBlogId("blog-" + i % 12).setEntryId("e-" + i).setSource("s")
                    .setPosition(i).setText("Entry number " + i + ".").setIngestedAt(java.time.Instant.EPOCH)
                    .setBlogDate(java.time.LocalDate.of(2025, 5, 16)).setBlogZone("UTC").build());
        }

        // when every blog's entries are sent at once, with in-flight batches on every partition
        try (EntryPublisher publisher = new EntryPublisher(settings.kafkaProperties(), Topics.from(settings).raw())) {
            publisher.publish(entries);
        }

        // then every entry arrived exactly once
        final List<ConsumerRecord<String, BlogEntry>> records = readAll(settings, entries.size());
        assertEquals(entries.size(), records.stream().map(r -> r.value().getEntryId()).distinct().count());
        assertEquals(entries.size(), records.size());
    }

    @Test
    void shouldReportAMissingTopicInOneLine() {
        // given a cluster without the raw topic (the schemas topic is there)
        final Settings settings = settings("liveblog.topic.raw", "no-such-topic");
        try (TopicAdmin admin = TopicAdmin.connect(settings.kafkaProperties(), Duration.ofSeconds(30))) {
            admin.createMissing(List.of(Topics.from(settings).schemas()), 1, (short) 1);
        }

        // when / then
        final UserException error = assertThrows(UserException.class, () -> LiveBlogProducer.produce(settings,
                List.of(LiveBlogProducer.Input.ofLines("s", List.of(new SourceLine(1, "x")))), Clock.systemUTC()));
        assertEquals(ExitCodes.KAFKA_UNAVAILABLE, error.exitCode());
        assertEquals("topic no-such-topic missing at " + broker.bootstrapServers()
                + "; create them with 'liveblog create-topics'", error.getMessage());
    }

    private static Settings settings(final String key, final String value) {
        return Settings.of(Map.of("bootstrap.servers", broker.bootstrapServers(), key, value,
                LiveBlogProducerConfig.BLOG_ID, "blog-p", LiveBlogProducerConfig.BLOG_DATE, "2025-05-16"));
    }

    private static void createTopics(final Settings settings) {
        try (TopicAdmin admin = TopicAdmin.connect(settings.kafkaProperties(), Duration.ofSeconds(30))) {
            admin.createMissing(List.of(Topics.from(settings).raw(), Topics.from(settings).schemas()), 1, (short) 1);
        }
    }

    private static List<ConsumerRecord<String, BlogEntry>> readAll(final Settings settings, final int expected) {
        final var raw = Topics.from(settings).raw();
        final List<ConsumerRecord<String, BlogEntry>> records = new ArrayList<>();
        try (KafkaConsumer<String, BlogEntry> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "group.id", "t", "auto.offset.reset", "earliest"),
                raw.keySerde().deserializer(), raw.valueSerde().deserializer())) {
            consumer.subscribe(List.of(raw.name()));
            final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
