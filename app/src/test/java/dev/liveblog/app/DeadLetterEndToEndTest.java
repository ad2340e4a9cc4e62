package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.consumer.Outputs;
import dev.liveblog.consumer.TopicWriter;
import dev.liveblog.consumer.sink.FileFormat;
import dev.liveblog.consumer.sink.FileSink;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessor;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.serde.Serdes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Poison records on a real broker: each goes to the dead-letter topic with its error, and nothing else stops. */
class DeadLetterEndToEndTest {

    private static final String BLOG = "blog-dlq";
    private EmbeddedKafkaBroker broker;
    private Settings settings;
    private Topics topics;

    @TempDir
    Path dir;

    @BeforeEach
    void startBroker() {
        broker = EmbeddedKafkaBroker.start();
        settings = Settings.of(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "state.dir", dir.resolve("state").toString()));
        topics = Topics.from(settings);
        try (TopicAdmin admin = TopicAdmin.connect(settings.kafkaProperties(), Duration.ofSeconds(30))) {
            admin.createMissing(List.copyOf(topics.all()), 1, (short) 1);
        }
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void shouldDeadLetterEveryPoisonRecordOnTheRawTopicAndKeepRunning() throws Exception {
        // given a running processor (random bytes, truncated Avro, an unknown schema fingerprint, no value, a key
        // that is not the blog, random bytes near the size limit)
        try (LiveBlogProcessor processor = LiveBlogProcessor.start(settings)) {
            final byte[] valid = Serdes.blogEntry().encode(entry("The first valid entry of the day."));
            final byte[] unknownFingerprint = valid.clone();
            unknownFingerprint[5] ^= 0x5A;

            // when poison records arrive between two valid entries
            sendRaw(BLOG, valid);
            sendRaw(BLOG, "random bytes, not Avro".getBytes(StandardCharsets.UTF_8));
            sendRaw(BLOG, Arrays.copyOf(valid, valid.length / 2));
            sendRaw(BLOG, unknownFingerprint);
            sendRaw(BLOG, null);
            sendRaw("another-blog", Serdes.blogEntry().encode(entry("An entry keyed by the wrong blog.")));
            final byte[] nearLimit = new byte[900 * 1024];
            new java.util.Random(1).nextBytes(nearLimit);
            sendRaw(BLOG, nearLimit);
            sendRaw(BLOG, Serdes.blogEntry().encode(entry("The second valid entry of the day.")));

            // then each poison record is dead-lettered with its error and its place
            final List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>(readAll(topics.deadLetter().name(), 6));
            assertEquals(6, dead.size());
            final List<Long> offsets = new ArrayList<>();
            for (final ConsumerRecord<byte[], byte[]> record : dead) {
                assertEquals(topics.raw().name(), header(record, "__streams.errors.topic"));
                assertNotNull(header(record, "__streams.errors.message"));
                offsets.add(Long.parseLong(header(record, "__streams.errors.offset")));
            }
            // (records keyed by another blog land on another partition of the dead-letter topic: sort by offset)
            dead.sort(java.util.Comparator.comparingLong(r -> Long.parseLong(header(r, "__streams.errors.offset"))));
            offsets.sort(null);
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), offsets);
            assertEquals(900 * 1024, dead.get(5).value().length, "the record near the size limit is kept whole");
            assertTrue(header(dead.get(1), "__streams.errors.message").contains("cannot decode BlogEntry"));
            // and both valid entries became canonical items while the processor kept running
            assertEquals(2, readAll(topics.canonical().name(), 2).size());
            assertEquals(KafkaStreams.State.RUNNING, processor.state());
        }
    }

    @Test
    void shouldDeadLetterACanonicalRecordTheConsumerCannotDecodeAndWriteTheRest() throws Exception {
        // given a canonical topic holding a valid item, garbage, and another valid item
        final CanonicalEntry first = item("First item.");
        final CanonicalEntry second = item("Second item.");
        send(topics.canonical().name(), first.getCanonicalId(), Serdes.canonicalEntry().encode(first));
        send(topics.canonical().name(), "c-garbage", new byte[] {1, 2, 3});
        send(topics.canonical().name(), second.getCanonicalId(), Serdes.canonicalEntry().encode(second));

        // when the consumer writes the topic to a file
        final Path file = dir.resolve("canonical.jsonl");
        final TopicWriter<CanonicalEntry> writer = Outputs.writer(settings, topics.canonical(),
                FileSink.open(file, FileFormat.JSONL, CanonicalEntry.getClassSchema()));
        final Thread thread = new Thread(writer);
        thread.start();
        final List<ConsumerRecord<byte[], byte[]>> dead = readAll(topics.deadLetter().name(), 1);
        awaitLines(file, 2);
        writer.close();
        thread.join();

        // then the garbage is dead-lettered with its place, and both items are in the file
        assertEquals(1, dead.size());
        assertEquals(topics.canonical().name(), header(dead.get(0), "__streams.errors.topic"));
        assertEquals("1", header(dead.get(0), "__streams.errors.offset"));
        final List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains(second.getCanonicalId()));
    }

    private void sendRaw(final String key, final byte[] value) throws Exception {
        send(topics.raw().name(), key, value);
    }

    private void send(final String topic, final String key, final byte[] value) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(final String topic, final int expected) {
        final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "group.id", "test-" + topic,
                "auto.offset.reset", "earliest", "isolation.level", "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // one more poll shows nothing beyond what was expected arrived
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static void awaitLines(final Path file, final int expected) throws Exception {
        final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline
                && (!Files.exists(file) || Files.readAllLines(file).size() < expected)) {
            Thread.sleep(100);
        }
    }

    private static String header(final ConsumerRecord<byte[], byte[]> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static BlogEntry entry(final String text) {
        return BlogEntry.newBuilder()
                .setBlogId(BLOG).setEntryId(EntryIds.entryId(BLOG, text)).setSource("poll.txt").setPosition(1)
                .setText(text).setIngestedAt(Instant.parse("2025-05-16T09:00:00Z"))
                .setBlogDate(LocalDate.of(2025, 5, 16)).setBlogZone("UTC")
                .build();
    }

    private static CanonicalEntry item(final String text) {
        final String id = "c-" + EntryIds.entryId(BLOG, text).substring(2);
        return CanonicalEntry.newBuilder()
                .setCanonicalId(id).setBlogId(BLOG).setVersion(1).setText(text)
                .setMemberEntryIds(List.of(EntryIds.entryId(BLOG, text)))
                .setOrigins(List.of(new dev.liveblog.schema.Origin("poll.txt", 1)))
                .setFirstSeenAt(Instant.EPOCH).setLastUpdatedAt(Instant.EPOCH)
                .build();
    }
}
