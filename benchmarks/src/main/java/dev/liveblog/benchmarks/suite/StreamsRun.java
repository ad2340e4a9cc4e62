package dev.liveblog.benchmarks.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * Runs a topology on input already in Kafka until it has processed a given number of records, and reports the
 * rate between its first processed record and its last, so start-up and the first rebalance are not counted. The
 * count is Kafka Streams' own thread metric {@code process-total}: records taken from the input and processed.
 */
final class StreamsRun {

    /** What one run sustained, and how busy its stream thread was meanwhile (CPU time over wall time). */
    record Outcome(long records, Duration elapsed, double streamThreadBusy, String applicationId) {
        double perSecond() {
            return records / (elapsed.toNanos() / 1e9);
        }
    }

    /** Kafka Streams names its processing threads {@code <client id>-StreamThread-<n>}. */
    static final Pattern STREAM_THREAD = Pattern.compile(".*-StreamThread-\\d+$");

    private static final Duration POLL = Duration.ofMillis(5);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private StreamsRun() {
    }

    /** Fresh application id and state directory for each run, so no run starts from another's state. */
    static Properties properties(final Properties base, final String bootstrapServers, final Path workDir,
                                 final String guarantee) {
        final Properties props = new Properties();
        props.putAll(base);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-" + UUID.randomUUID());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
        try {
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory(workDir, "state-").toString());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    static Outcome measure(final Topology topology, final Properties props, final long expected) {
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final KafkaStreams streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(error -> {
            failure.set(error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.start();
        try {
            return await(streams, expected, failure, props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
        } finally {
            streams.close(Duration.ofSeconds(30));
            streams.cleanUp();
        }
    }

    private static Outcome await(final KafkaStreams streams, final long expected,
                                 final AtomicReference<Throwable> failure, final String applicationId) {
        final long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long firstAt = 0;
        long firstCount = 0;
        long firstCpu = 0;
        List<Metric> counters = List.of();
        while (System.nanoTime() < deadline) {
            if (failure.get() != null) {
                throw new IllegalStateException("the topology failed: " + failure.get(), failure.get());
            }
            if (counters.isEmpty()) {
                counters = processTotals(streams);
            }
            final long processed = sum(counters);
            final long now = System.nanoTime();
            if (processed > 0 && firstAt == 0) {
                firstAt = now;
                firstCount = processed;
                firstCpu = streamThreadCpu();
            }
            if (processed >= expected) {
                final long wall = Math.max(1, now - firstAt);
                return new Outcome(processed - firstCount, Duration.ofNanos(wall),
                        (streamThreadCpu() - firstCpu) / (double) wall, applicationId);
            }
            sleep();
        }
        throw new IllegalStateException("the topology processed " + sum(counters) + " of " + expected
                + " records within " + TIMEOUT.toMinutes() + " minutes");
    }

    /** CPU time of this JVM's stream threads so far, in nanoseconds. */
    private static long streamThreadCpu() {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (final Thread thread : Thread.getAllStackTraces().keySet()) {
            if (STREAM_THREAD.matcher(thread.getName()).matches()) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return total;
    }

    private static List<Metric> processTotals(final KafkaStreams streams) {
        final List<Metric> found = new ArrayList<>();
        for (final var entry : streams.metrics().entrySet()) {
            final MetricName name = entry.getKey();
            if ("process-total".equals(name.name()) && "stream-thread-metrics".equals(name.group())) {
                found.add(entry.getValue());
            }
        }
        return found;
    }

    private static long sum(final List<Metric> counters) {
        double total = 0;
        for (final Metric counter : counters) {
            total += ((Number) counter.metricValue()).doubleValue();
        }
        return (long) total;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
