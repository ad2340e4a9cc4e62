package dev.liveblog.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @Test
    void shouldServeProduceAndConsumeLikeAnyBroker() throws Exception {
        // given a started broker with a topic
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            createTopic(broker, "greetings");

            // when a record is produced
            produce(broker, "greetings", "hello");

            // then a consumer reads it back
            assertEquals(List.of("hello"), consumeAll(broker, "greetings", 1));
        }
    }

    @Test
    void shouldKeepTopicsAndRecordsWhenRestartedOnTheSameDataDirectory(@TempDir final Path dir) throws Exception {
        // given a broker with a persistent data directory that received a record
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dir).start()) {
            createTopic(broker, "kept");
            produce(broker, "kept", "before restart");
        }

        // when a new broker starts on the same directory
        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.builder().dataDir(dir).start()) {
            // then the topic and its record are still there
            assertEquals(List.of("before restart"), consumeAll(restarted, "kept", 1));
        }
        assertTrue(Files.exists(dir), "a directory given by the caller is not deleted");
    }

    @Test
    void shouldDeleteItsTemporaryDataDirectoryOnClose() {
        // given a broker with a temporary directory
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        final Path dir = broker.dataDir();
        assertTrue(Files.isDirectory(dir));

        // when it is closed
        broker.close();

        // then the directory is gone
        assertFalse(Files.exists(dir));
    }

    private static void createTopic(final EmbeddedKafkaBroker broker, final String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(Set.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    private static void produce(final EmbeddedKafkaBroker broker, final String topic, final String value)
            throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, value)).get();
        }
    }

    private static List<String> consumeAll(final EmbeddedKafkaBroker broker, final String topic, final int expected) {
        final List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "group.id", "test", "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
