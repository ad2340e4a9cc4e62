package dev.liveblog.benchmarks.suite;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.consumer.Outputs;
import dev.liveblog.consumer.TopicWriter;
import dev.liveblog.consumer.sink.FileFormat;
import dev.liveblog.consumer.sink.FileSink;
import dev.liveblog.schema.CanonicalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Our consumer writing its file (JSON lines, synced with its checkpoint after every batch) against a plain
 * {@code read_committed} consumer with the same deserialisers that only reads. The input is the full processor's
 * canonical output, copied in transactions until it is large enough to time, so it has commit markers as a
 * processor's output does.
 */
final class ConsumerBenchmark {

    private static final int RECORDS_PER_TRANSACTION = 500;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final BenchCluster cluster;
    private final Path workDir;

    ConsumerBenchmark(final BenchCluster cluster, final Path workDir) {
        this.cluster = cluster;
        this.workDir = workDir;
    }

    Figure run(final String canonicalTopic, final int records, final int rounds) throws InterruptedException {
        final Settings settings = cluster.topicsFor("consumer");
        final Topic<String, CanonicalEntry> input = Topics.from(settings).canonical();
        final int copied = copy(canonicalTopic, input.name(), records);
        final long end = BenchCluster.sum(cluster.endOffsets(input.name()));
        double plain = 0;
        double ours = 0;
        for (int round = 0; round < rounds; round++) {
            plain = Math.max(plain, readPlain(input, end));
            ours = Math.max(ours, readOurs(settings, input, end));
        }
        final String note = String.format(Locale.ROOT, "%,d canonical items (the full processor's output, copied "
                + "in transactions of %d), best of %d; ours writes JSON lines and syncs file and checkpoint per batch",
                copied, RECORDS_PER_TRANSACTION, rounds);
        return Figure.compared("consumer", "our consumer writing its file vs plain consumer", ours, plain, "rec/s", 0,
                note);
    }

    private double readPlain(final Topic<String, CanonicalEntry> input, final long end) {
        final Map<String, Object> props = new HashMap<>(cluster.kafkaProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-plain-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, CanonicalEntry> consumer = new KafkaConsumer<>(props,
                input.keySerde().deserializer(), input.valueSerde().deserializer())) {
            consumer.subscribe(List.of(input.name()));
            final Stopwatch watch = new Stopwatch();
            long read = 0;
            while (read < end && watch.withinTimeout()) {
                consumer.poll(Duration.ofMillis(200));
                read = position(consumer);
                watch.progress(read);
            }
            return watch.rate(end);
        }
    }

    private double readOurs(final Settings settings, final Topic<String, CanonicalEntry> input, final long end)
            throws InterruptedException {
        final Path file = tempFile();
        final Settings group = settings.with(ConsumerConfig.GROUP_ID_CONFIG, "bench-ours-" + UUID.randomUUID());
        final TopicWriter<CanonicalEntry> writer = Outputs.writer(group, input,
                FileSink.open(file, FileFormat.JSONL, CanonicalEntry.getClassSchema()));
        final Thread thread = new Thread(writer, "bench-consumer");
        thread.start();
        try {
            final LongSupplier read = () -> BenchCluster.sum(writer.positions());
            final Stopwatch watch = new Stopwatch();
            while (read.getAsLong() < end && watch.withinTimeout()) {
                watch.progress(read.getAsLong());
                Thread.sleep(1);
            }
            watch.progress(read.getAsLong());
            return watch.rate(end);
        } finally {
            writer.close();
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    /** Copies the processor's output, as bytes, until the input holds at least {@code records} records. */
    private int copy(final String from, final String to, final int records) {
        final List<ConsumerRecord<byte[], byte[]>> source = readAll(from);
        if (source.isEmpty()) {
            throw new IllegalStateException(from + " is empty: the full processor wrote no canonical items");
        }
        final Map<String, Object> props = new HashMap<>(cluster.kafkaProperties());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-copy-" + UUID.randomUUID());
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        int copied = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            while (copied < records) {
                producer.beginTransaction();
                for (int i = 0; i < RECORDS_PER_TRANSACTION && copied < records; i++, copied++) {
                    final ConsumerRecord<byte[], byte[]> record = source.get(copied % source.size());
                    producer.send(new ProducerRecord<>(to, record.key(), record.value()));
                }
                producer.commitTransaction();
            }
        }
        return copied;
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(final String topic) {
        final long end = BenchCluster.sum(cluster.endOffsets(topic));
        final Map<String, Object> props = new HashMap<>(cluster.kafkaProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-copy-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            final Stopwatch watch = new Stopwatch();
            long position = 0;
            while (position < end && watch.withinTimeout()) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                position = position(consumer);
            }
        }
        return records;
    }

    /** How far the consumer has read, summed over its partitions. */
    private static long position(final KafkaConsumer<?, ?> consumer) {
        long position = 0;
        for (final TopicPartition tp : consumer.assignment()) {
            position += consumer.position(tp);
        }
        return position;
    }

    private Path tempFile() {
        try {
            return Files.createTempDirectory(workDir, "consumer-out-").resolve("canonical.jsonl");
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Times a reader from its first progress to the end, so joining the group is not counted. */
    private static final class Stopwatch {

        private final long deadline = System.nanoTime() + TIMEOUT.toNanos();
        private long firstAt;
        private long firstOffset;
        private long lastAt;

        boolean withinTimeout() {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("a consumer did not read its input within " + TIMEOUT.toMinutes()
                        + " minutes");
            }
            return true;
        }

        void progress(final long offset) {
            final long now = System.nanoTime();
            if (offset > 0 && firstAt == 0) {
                firstAt = now;
                firstOffset = offset;
            }
            lastAt = now;
        }

        double rate(final long end) {
            return (end - firstOffset) / ((lastAt - firstAt) / 1e9);
        }
    }
}
