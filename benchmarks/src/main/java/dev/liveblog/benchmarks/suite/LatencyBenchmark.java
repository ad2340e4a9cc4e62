package dev.liveblog.benchmarks.suite;

import dev.liveblog.benchmarks.SyntheticBlog;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Completion;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.consumer.Outputs;
import dev.liveblog.consumer.TopicWriter;
import dev.liveblog.consumer.sink.FileFormat;
import dev.liveblog.consumer.sink.FileSink;
import dev.liveblog.processor.LiveBlogProcessor;
import dev.liveblog.producer.EntryPublisher;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Produce-to-file latency of the whole pipeline: entries sent at a fixed rate, processed under
 * {@code exactly_once_v2} with a stated commit interval, and written by our consumer to its file. An entry's
 * latency runs from the moment the producer read it to the moment its item is durable in the file.
 */
final class LatencyBenchmark {

    static final int COMMIT_INTERVAL_MS = 100;
    private static final int BUDGET_OVER_COMMIT_MS = 50;
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    /** How long the entries sent may take to reach the file before the run fails. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(1);

    private final BenchCluster cluster;
    private final Path workDir;

    LatencyBenchmark(final BenchCluster cluster, final Path workDir) {
        this.cluster = cluster;
        this.workDir = workDir;
    }

    List<Figure> run(final double ratePerSecond, final Duration measured) throws InterruptedException {
        final Settings settings = cluster.topicsFor("latency")
                .with(StreamsConfig.APPLICATION_ID_CONFIG, "bench-latency-" + UUID.randomUUID())
                .with(StreamsConfig.STATE_DIR_CONFIG, tempDir("latency-state-").toString())
                .with(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(COMMIT_INTERVAL_MS))
                .with(ConsumerConfig.GROUP_ID_CONFIG, "bench-latency-" + UUID.randomUUID());
        final Topics topics = Topics.from(settings);
        final String applicationId = settings.get(StreamsConfig.APPLICATION_ID_CONFIG, "");
        final TimedSink sink = new TimedSink(FileSink.open(tempDir("latency-out-").resolve("canonical.jsonl"),
                FileFormat.JSONL, CanonicalEntry.getClassSchema()));
        final List<Long> latencies;
        final List<Long> writes;
        try (TopicAdmin admin = TopicAdmin.connect(settings);
             LiveBlogProcessor processor = LiveBlogProcessor.start(settings);
             TopicWriter<CanonicalEntry> writer = Outputs.writer(settings, topics.canonical(), sink)) {
            final Thread consumer = new Thread(writer, "bench-latency-consumer");
            consumer.start();
            if (!processor.awaitRunning(Duration.ofMinutes(1))) {
                throw new IllegalStateException("the processor did not start: " + processor.failure());
            }
            awaitAssigned(writer);
            final Runnable awaitWritten = () -> {
                final Completion completion = new Completion(admin, DRAIN_TIMEOUT);
                completion.awaitProcessed(topics.raw().name(), applicationId, () -> processor.failure() != null);
                completion.awaitWritten(topics.canonical().name(), writer::positions);
            };
            latencies = send(settings, topics.raw(), ratePerSecond, measured, sink, awaitWritten);
            writes = sink.drainWrites();
            writer.close();
            consumer.join(TimeUnit.SECONDS.toMillis(30));
        }
        return figures(latencies, writes, ratePerSecond);
    }

    /**
     * Sends the warm-up's entries and the measured ones, each time waiting until every entry sent is processed and
     * its items are in the file ({@code awaitWritten}): the slowest items are those the p99 is about, and a fixed
     * wait would cut them off.
     */
    private List<Long> send(final Settings settings, final Topic<String, BlogEntry> raw, final double rate,
                            final Duration measured, final TimedSink sink, final Runnable awaitWritten) {
        final Map<String, Object> props = new HashMap<>(EntryPublisher.DEFAULTS);
        props.putAll(settings.kafkaProperties());
        final SyntheticBlog blog = new SyntheticBlog("bench-latency", 5);
        final long interval = (long) (1e9 / rate);
        try (KafkaProducer<String, BlogEntry> producer = new KafkaProducer<>(props, raw.keySerde().serializer(),
                raw.valueSerde().serializer())) {
            sendFor(producer, raw, blog, interval, WARM_UP);
            awaitWritten.run();
            sink.drain();
            sink.drainWrites();
            sendFor(producer, raw, blog, interval, measured);
        }
        awaitWritten.run();
        return sink.drain();
    }

    /** Sends new entries on a fixed schedule; a late send does not shift the ones after it. */
    private static void sendFor(final KafkaProducer<String, BlogEntry> producer, final Topic<String, BlogEntry> raw,
                                final SyntheticBlog blog, final long intervalNanos, final Duration duration) {
        final long start = System.nanoTime();
        final long end = start + duration.toNanos();
        for (long due = start; due < end; due += intervalNanos) {
            LockSupport.parkNanos(due - System.nanoTime());
            final BlogEntry entry = BlogEntry.newBuilder(blog.next()).setIngestedAt(Instant.now()).build();
            producer.send(new ProducerRecord<>(raw.name(), entry.getBlogId(), entry));
        }
        producer.flush();
    }

    private static void awaitAssigned(final TopicWriter<CanonicalEntry> writer) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (writer.positions().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the consumer was not assigned its partitions within a minute");
            }
            Thread.sleep(20);
        }
    }

    private List<Figure> figures(final List<Long> latencies, final List<Long> writes, final double rate) {
        if (latencies.isEmpty()) {
            throw new IllegalStateException("no item reached the file while latency was measured");
        }
        final List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        final List<Long> sortedWrites = new ArrayList<>(writes);
        Collections.sort(sortedWrites);
        final String note = String.format(Locale.ROOT, "%,d items at %.0f entries/s; commit interval %d ms; "
                + "exactly_once_v2, read_committed, file and checkpoint synced; %,d batch writes, p50 %.0f ms, "
                + "p99 %.0f ms, max %.0f ms", sorted.size(), rate, COMMIT_INTERVAL_MS, sortedWrites.size(),
                percentile(sortedWrites, 0.50), percentile(sortedWrites, 0.99), percentile(sortedWrites, 1.0));
        return List.of(
                Figure.plain("latency", "produce-to-file p50", percentile(sorted, 0.50), "ms", note),
                Figure.limited("latency", "produce-to-file p99", percentile(sorted, 0.99),
                        COMMIT_INTERVAL_MS + BUDGET_OVER_COMMIT_MS, "ms", note),
                Figure.plain("latency", "produce-to-file max", sorted.get(sorted.size() - 1), "ms", note));
    }

    static double percentile(final List<Long> sorted, final double p) {
        final int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private Path tempDir(final String prefix) {
        try {
            return Files.createTempDirectory(workDir, prefix);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
