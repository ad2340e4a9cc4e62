package dev.liveblog.app;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Completion;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.consumer.Outputs;
import dev.liveblog.consumer.TopicWriter;
import dev.liveblog.consumer.sink.Checkpoint;
import dev.liveblog.consumer.sink.FileFormat;
import dev.liveblog.consumer.sink.FileSink;
import dev.liveblog.consumer.sink.SnapshotSink;
import dev.liveblog.processor.LiveBlogProcessor;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.producer.LiveBlogProducer;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilteredEntry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole pipeline against one cluster: the topics, the processor, two writers (canonical and filtered streams
 * to files) and the producer, run until the output is complete, then shut down in order.
 */
final class LocalPipeline {

    static final String CANONICAL_FILE = "canonical.jsonl";
    static final String FILTERED_FILE = "filtered.jsonl";
    static final String SNAPSHOT_FILE = "canonical-snapshot.jsonl";

    /**
     * What a run produced: every canonical event, the final snapshot (latest version per item), every filtered
     * entry, and the files they were written to.
     */
    record Result(Produced produced, List<CanonicalEntry> canonical, List<CanonicalEntry> snapshot,
                  List<FilteredEntry> filtered, long deadLetters, Path canonicalFile, Path snapshotFile,
                  Path filteredFile, Duration elapsed) {
    }

    /** What the producer of a run sent: which blog(s), and how many entries. */
    record Produced(String blogs, int entries) {
    }

    /** The producer's part of a run, on the run's cluster settings; returns once everything is sent. */
    @FunctionalInterface
    interface Production {
        Produced produce(Settings local) throws InterruptedException;
    }

    private final Settings settings;
    private final Path outDir;
    private final int partitions;
    private final Duration timeout;
    private final MeterRegistry registry;

    /** A pipeline on the cluster that {@code settings} names (bootstrap.servers and any client properties). */
    LocalPipeline(final Settings settings, final Path outDir, final int partitions, final Duration timeout) {
        this(settings, outDir, partitions, timeout, new SimpleMeterRegistry());
    }

    /** The same, its processor counting into {@code registry}. */
    LocalPipeline(final Settings settings, final Path outDir, final int partitions, final Duration timeout,
                  final MeterRegistry registry) {
        this.settings = settings;
        this.outDir = outDir;
        this.partitions = partitions;
        this.timeout = timeout;
        this.registry = registry;
    }

    /** Sends the inputs' sources, in order, then waits for the output. */
    Result run(final PipelineInputs inputs) throws InterruptedException {
        return run(local -> {
            final LiveBlogProducer.Summary summary = LiveBlogProducer.produce(local, inputs.sources(),
                    Clock.systemUTC());
            return new Produced(summary.blog().blogId(), summary.entries());
        });
    }

    /** Runs the production, then waits until everything it sent is processed and written. */
    Result run(final Production production) throws InterruptedException {
        final long start = System.nanoTime();
        final Path canonicalFile = outDir.resolve(CANONICAL_FILE);
        final Path filteredFile = outDir.resolve(FILTERED_FILE);
        final Path snapshotFile = outDir.resolve(SNAPSHOT_FILE);
        final Path stateDir = outDir.resolve(".state");
        // A run reads its topics from the start, so earlier files and their offsets do not apply.
        deleteOutputs(canonicalFile, filteredFile, snapshotFile, stateDir);
        try {
            final Settings local = settings.with("state.dir", stateDir.toAbsolutePath().toString());
            final Topics topics = Topics.from(local);
            try (TopicAdmin admin = TopicAdmin.connect(local.kafkaProperties(), timeout)) {
                admin.createMissing(List.copyOf(topics.all()), partitions, (short) 1);
                final CollectingSink<CanonicalEntry> canonical = new CollectingSink<>(
                        FileSink.open(canonicalFile, FileFormat.JSONL, CanonicalEntry.getClassSchema()));
                final CollectingSink<FilteredEntry> filtered = new CollectingSink<>(
                        FileSink.open(filteredFile, FileFormat.JSONL, FilteredEntry.getClassSchema()));
                final SnapshotSink snapshot = new SnapshotSink(snapshotFile, FileFormat.JSONL);
                final TopicWriter<CanonicalEntry> canonicalWriter = Outputs.writer(local, topics.canonical(), canonical);
                final TopicWriter<FilteredEntry> filteredWriter = Outputs.writer(local, topics.filtered(), filtered);
                // A group of its own: in the writers' group it would share the canonical partitions with them.
                final TopicWriter<CanonicalEntry> snapshotWriter = Outputs.writer(
                        local.with("group.id", "liveblog-consumer-snapshot"), topics.canonical(), snapshot);
                final List<TopicWriter<?>> writers = List.of(canonicalWriter, filteredWriter, snapshotWriter);
                final List<Thread> threads = List.of(start(canonicalWriter, "liveblog-canonical-writer"),
                        start(filteredWriter, "liveblog-filtered-writer"),
                        start(snapshotWriter, "liveblog-snapshot-writer"));
                final Produced produced;
                try (LiveBlogProcessor processor = LiveBlogProcessor.start(local, registry)) {
                    produced = production.produce(local);
                    final Completion completion = new Completion(admin, timeout);
                    completion.awaitProcessed(topics.raw().name(),
                            LiveBlogProcessorConfig.from(local).applicationId(),
                            () -> processor.failure() != null);
                    completion.awaitWritten(topics.canonical().name(), canonicalWriter::positions);
                    completion.awaitWritten(topics.filtered().name(), filteredWriter::positions);
                    completion.awaitWritten(topics.canonical().name(), snapshotWriter::positions);
                    final long deadLetters = completion.records(topics.deadLetter().name());
                    stop(writers, threads);
                    return new Result(produced, canonical.collected(), snapshot.items(), filtered.collected(),
                            deadLetters, canonicalFile, snapshotFile, filteredFile,
                            Duration.ofNanos(System.nanoTime() - start));
                } finally {
                    stop(writers, threads);
                }
            }
        } finally {
            deleteRecursively(stateDir);
        }
    }

    private static Thread start(final Runnable writer, final String name) {
        final Thread thread = new Thread(writer, name);
        thread.start();
        return thread;
    }

    private static void stop(final List<TopicWriter<?>> writers, final List<Thread> threads)
            throws InterruptedException {
        writers.forEach(TopicWriter::close);
        for (final Thread thread : threads) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private static void deleteOutputs(final Path... paths) {
        for (final Path path : paths) {
            deleteRecursively(path);
            deleteRecursively(Checkpoint.pathFor(path));
        }
    }

    private static void deleteRecursively(final Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
