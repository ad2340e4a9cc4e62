package dev.liveblog.app.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * The processor's committed position on each raw partition, sampled a few times a second while faults are injected,
 * so the time from a fault to processing resumed can be read off afterwards: the time until every partition that
 * had input waiting at the fault committed further.
 */
final class ProgressTimeline implements AutoCloseable {

    private static final long SAMPLE_MS = 200;

    private record Sample(long nanos, Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;

    ProgressTimeline(final String bootstrap) {
        this.sampler = new Thread(() -> sample(bootstrap), "progress-timeline");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample(final String bootstrap) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "default.api.timeout.ms", 3000,
                "request.timeout.ms", 2000))) {
            while (running.get()) {
                try {
                    final Map<TopicPartition, Long> committed = new HashMap<>();
                    PipelineProgress.committed(admin).forEach((tp, offset) -> committed.put(tp, offset.offset()));
                    final Map<TopicPartition, Long> ends = PipelineProgress.ends(admin, PipelineProgress.RAW);
                    synchronized (samples) {
                        samples.add(new Sample(System.nanoTime(), committed, ends));
                    }
                } catch (final Exception e) {
                    // a broker just killed, a coordinator moving: this sample is lost, the next one counts
                }
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (final InterruptedException e) {
                    return;
                }
            }
        }
    }

    /**
     * From a fault at {@code faultNanos} to the first sample in which every partition that had input waiting in
     * the last sample before the fault has committed past where it stood then; empty if that never came.
     */
    Optional<Duration> resumedAfter(final long faultNanos) {
        final List<Sample> copy;
        synchronized (samples) {
            copy = List.copyOf(samples);
        }
        Sample before = null;
        for (final Sample sample : copy) {
            if (sample.nanos() <= faultNanos) {
                before = sample;
            }
        }
        if (before == null) {
            return Optional.empty();
        }
        final List<TopicPartition> waiting = new ArrayList<>();
        for (final Map.Entry<TopicPartition, Long> end : before.ends().entrySet()) {
            if (before.committed().getOrDefault(end.getKey(), 0L) < end.getValue()) {
                waiting.add(end.getKey());
            }
        }
        final Map<TopicPartition, Long> stood = before.committed();
        for (final Sample sample : copy) {
            if (sample.nanos() > faultNanos && waiting.stream().allMatch(tp ->
                    sample.committed().getOrDefault(tp, 0L) > stood.getOrDefault(tp, 0L))) {
                return Optional.of(Duration.ofNanos(sample.nanos() - faultNanos));
            }
        }
        return Optional.empty();
    }

    /** Every sample, a line each: seconds since {@code fromNanos}, then each partition's committed/end offsets. */
    void write(final Path file, final long fromNanos) throws IOException {
        final List<String> lines = new ArrayList<>();
        synchronized (samples) {
            for (final Sample sample : samples) {
                final StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%7.1f",
                        (sample.nanos() - fromNanos) / 1e9));
                final Map<TopicPartition, Long> ends = new TreeMap<>(
                        Comparator.comparingInt(TopicPartition::partition));
                ends.putAll(sample.ends());
                ends.forEach((tp, end) -> line.append(String.format(Locale.ROOT, "  p%d %d/%d", tp.partition(),
                        sample.committed().getOrDefault(tp, 0L), end)));
                lines.add(line.toString());
            }
        }
        Files.write(file, lines);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        sampler.interrupt();
        sampler.join(10_000);
    }
}
