package dev.liveblog.app.crash;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** How far a pipeline of separate processes has come: the processor's committed input, the consumer's file. */
final class PipelineProgress {

    static final String RAW = "liveblog.entries.raw";
    static final String CANONICAL = "liveblog.entries.canonical";
    static final String PROCESSOR_GROUP = "liveblog-processor";

    private PipelineProgress() {
    }

    /**
     * Done when the processor committed the end of the raw topic and the consumer's file holds as many events as
     * the canonical topic has committed records (transaction markers take offsets too, so offsets are not counted).
     * Those are counted when the processor is done and again whenever the file has caught up with the count (a
     * punctuation may still add events), so that the whole topic is not read every poll.
     */
    static void awaitComplete(final String bootstrap, final Path output, final Duration within, final Path logs)
            throws Exception {
        final long deadline = System.nanoTime() + within.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long events = -1;
            while (System.nanoTime() < deadline) {
                if (events < 0 && processedAll(admin)) {
                    events = committedRecords(bootstrap, CANONICAL);
                }
                if (events >= 0 && lines(output) >= events) {
                    events = committedRecords(bootstrap, CANONICAL);
                    if (lines(output) == events) {
                        return;
                    }
                }
                Thread.sleep(events < 0 ? 1000 : 250);
            }
        }
        throw new AssertionError("the pipeline did not complete within " + within.toSeconds() + " s; see " + logs);
    }

    /** Lines of the consumer's file so far (0 before it exists), counted without decoding it. */
    private static long lines(final Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long count = 0;
        final byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Whether the processor has committed the end of every partition of the raw topic. */
    private static boolean processedAll(final Admin admin) throws Exception {
        final Map<TopicPartition, Long> rawEnd = ends(admin, RAW);
        final Map<TopicPartition, OffsetAndMetadata> committed = committed(admin);
        return rawEnd.entrySet().stream().allMatch(e -> e.getValue() == 0
                || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
    }

    /** The processor's committed offset of each raw partition; a partition it never committed is absent. */
    static Map<TopicPartition, OffsetAndMetadata> committed(final Admin admin) throws Exception {
        final Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(PROCESSOR_GROUP).partitionsToOffsetAndMetadata().get().forEach((tp, offset) -> {
            if (offset != null && RAW.equals(tp.topic())) {
                committed.put(tp, offset);
            }
        });
        return committed;
    }

    /** The raw records the processor has committed, all partitions together; 0 while its coordinator cannot answer. */
    static long processed(final Admin admin) {
        try {
            return committed(admin).values().stream().mapToLong(OffsetAndMetadata::offset).sum();
        } catch (final Exception e) {
            return 0;
        }
    }

    /** Waits until the processor has committed {@code records} raw records, so that a fault finds it busy. */
    static void awaitProcessed(final Admin admin, final long records) throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        long done = 0;
        while (System.nanoTime() < deadline) {
            done = processed(admin);
            if (done >= records) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the processor committed " + done + " of " + records + " records in 4 minutes");
    }

    /** How many records of a topic are committed: read to the end with read_committed, as subscribers do. */
    static long committedRecords(final String bootstrap, final String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "isolation.level", "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                count += consumer.poll(Duration.ofMillis(500)).count();
            }
            return count;
        }
    }

    /** The committed end offset of each partition of a topic. */
    static Map<TopicPartition, Long> ends(final Admin admin, final String topic) throws Exception {
        final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        final Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                .forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }
}
