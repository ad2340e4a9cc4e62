package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.consumer.sink.FileFormat;
import dev.liveblog.consumer.Outputs;
import dev.liveblog.consumer.TopicWriter;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two consumers started with the same group id each write the whole canonical topic: the file sink assigns every
 * partition to itself rather than sharing them through the group.
 */
class SharedGroupEndToEndTest {

    private static final int ITEMS = 60;

    @Test
    void shouldWriteEveryPartitionToEachFileOfTwoConsumersOfOneGroup(@TempDir final Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            // given a canonical topic of three partitions holding 60 items
            final Settings settings = Settings.of(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "group.id", "one-group"));
            final Topics topics = Topics.from(settings);
            try (TopicAdmin admin = TopicAdmin.connect(settings)) {
                admin.createMissing(List.copyOf(topics.all()), 3, (short) 1);
            }
            try (KafkaProducer<String, CanonicalEntry> producer = new KafkaProducer<>(
                    Map.of("bootstrap.servers", broker.bootstrapServers()),
                    topics.canonical().keySerde().serializer(), topics.canonical().valueSerde().serializer())) {
                for (int i = 0; i < ITEMS; i++) {
                    producer.send(new ProducerRecord<>(topics.canonical().name(), "c-" + i, item("c-" + i))).get();
                }
            }

            // when two consumers of one group write a file each
            final Path first = dir.resolve("first.jsonl");
            final Path second = dir.resolve("second.jsonl");
            final TopicWriter<CanonicalEntry> a = Outputs.writer(settings, topics.canonical(),
                    CanonicalEntry.getClassSchema(), first.toString(), FileFormat.JSONL);
            final TopicWriter<CanonicalEntry> b = Outputs.writer(settings, topics.canonical(),
                    CanonicalEntry.getClassSchema(), second.toString(), FileFormat.JSONL);
            final Thread ta = new Thread(a);
            final Thread tb = new Thread(b);
            ta.start();
            tb.start();
            final long deadline = System.nanoTime() + 60_000_000_000L;
            while ((a.written() < ITEMS || b.written() < ITEMS) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            a.close();
            b.close();
            ta.join();
            tb.join();

            // then each file holds every item
            assertEquals(ITEMS, Files.readAllLines(first).size());
            assertEquals(ITEMS, Files.readAllLines(second).size());
        }
    }

    private static CanonicalEntry item(final String id) {
        return CanonicalEntry.newBuilder()
                .setCanonicalId(id).setBlogId("blog").setVersion(1).setText("Item " + id + ".")
                .setMemberEntryIds(List.of("e-" + id)).setOrigins(List.of(new Origin("stdin", 1)))
                .setFirstSeenAt(Instant.now()).setLastUpdatedAt(Instant.now())
                .setEntities(List.of()).setQuotes(List.of()).setAttributions(List.of()).setTimeMentions(List.of())
                .setTopics(List.of())
                .build();
    }
}
