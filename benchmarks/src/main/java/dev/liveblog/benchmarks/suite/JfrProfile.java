package dev.liveblog.benchmarks.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder profile of one measured run, and a summary of where one thread's time went: the steps
 * named by {@link #STEPS} (each sample goes to the step nearest the running method, so a RocksDB read made by
 * the deduplicator counts as RocksDB), the pipeline's own methods on its stacks (inclusive) and the methods it was
 * running (self). Samples of threads running Java and of threads in native code (RocksDB) both count.
 */
final class JfrProfile {

    /** Steps of a stream thread's work, each recognised by a frame on the stack. */
    static final Map<String, String> STEPS = stepPatterns();

    private static final String OTHER = "other (Kafka Streams, JVM)";
    /** Events of a thread that waits rather than runs: parked, sleeping, waiting on or for a monitor. */
    private static final List<String> WAIT_EVENTS = List.of("jdk.ThreadPark", "jdk.ThreadSleep",
            "jdk.JavaMonitorWait", "jdk.JavaMonitorEnter");
    private static final int WAIT_THRESHOLD_MS = 10;
    private static final Duration SAMPLING = Duration.ofMillis(2);

    private final Recording recording;

    private JfrProfile(final Recording recording) {
        this.recording = recording;
    }

    static JfrProfile start() {
        try {
            // The "profile" settings (waits of 10 ms or more), sampling more often: the JVM samples a few of its
            // threads per period, and the broker's threads share it here.
            final Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.enable("jdk.ExecutionSample").withPeriod(SAMPLING);
            recording.enable("jdk.NativeMethodSample").withPeriod(SAMPLING);
            recording.start();
            return new JfrProfile(recording);
        } catch (final IOException | ParseException e) {
            throw new IllegalStateException("cannot start a JFR recording: " + e.getMessage(), e);
        }
    }

    Path stop(final Path file) {
        recording.stop();
        try {
            recording.dump(file);
            return file;
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            recording.close();
        }
    }

    /** The summary as lines of text, for the threads whose name matches {@code thread}. */
    static List<String> summarise(final Path file, final Pattern thread, final int top) {
        final Map<String, Integer> self = new HashMap<>();
        final Map<String, Integer> ours = new HashMap<>();
        final Map<String, Double> waits = new HashMap<>();
        final Map<String, Integer> steps = new LinkedHashMap<>();
        STEPS.keySet().forEach(step -> steps.put(step, 0));
        steps.put(OTHER, 0);
        int samples = 0;
        try (RecordingFile recordingFile = new RecordingFile(file)) {
            while (recordingFile.hasMoreEvents()) {
                final RecordedEvent event = recordingFile.readEvent();
                final String type = event.getEventType().getName();
                if (WAIT_EVENTS.contains(type)) {
                    countWait(event, thread, waits);
                    continue;
                }
                if (!"jdk.ExecutionSample".equals(type) && !"jdk.NativeMethodSample".equals(type)) {
                    continue;
                }
                final RecordedThread sampled = event.getThread("sampledThread");
                final RecordedStackTrace stack = event.getStackTrace();
                if (sampled == null || stack == null || stack.getFrames().isEmpty()
                        || sampled.getJavaName() == null || !thread.matcher(sampled.getJavaName()).matches()) {
                    continue;
                }
                samples++;
                count(stack, self, ours, steps);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        final int total = samples;
        final List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%,d samples of threads named %s", samples, thread.pattern()));
        lines.add("steps (nearest the running method):");
        steps.forEach((step, n) -> lines.add(share(n, total) + step));
        lines.add("pipeline methods (inclusive):");
        topOf(ours, top).forEach(e -> lines.add(share(e.getValue(), total) + e.getKey()));
        lines.add("methods running (self):");
        topOf(self, top).forEach(e -> lines.add(share(e.getValue(), total) + e.getKey()));
        lines.add(String.format(Locale.ROOT, "waiting (waits of %d ms or more, seconds in all):", WAIT_THRESHOLD_MS));
        waits.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "  %6.2f s  %s", e.getValue(), e.getKey())));
        return lines;
    }

    /** A wait counts under the first frame outside the JDK: the code that chose to wait. */
    private static void countWait(final RecordedEvent event, final Pattern thread,
                                  final Map<String, Double> waits) {
        final RecordedThread waiting = event.getThread();
        final RecordedStackTrace stack = event.getStackTrace();
        if (waiting == null || stack == null || waiting.getJavaName() == null
                || !thread.matcher(waiting.getJavaName()).matches()) {
            return;
        }
        final List<String> caller = new ArrayList<>();
        for (final RecordedFrame frame : stack.getFrames()) {
            final String name = name(frame);
            if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
                caller.add(name);
                if (caller.size() == 3) {
                    break;
                }
            }
        }
        final double seconds = event.getDuration().toNanos() / 1e9;
        waits.merge(caller.isEmpty() ? event.getEventType().getName() : String.join(" < ", caller), seconds,
                Double::sum);
    }

    private static void count(final RecordedStackTrace stack, final Map<String, Integer> self,
                              final Map<String, Integer> ours, final Map<String, Integer> steps) {
        final List<RecordedFrame> frames = stack.getFrames();
        self.merge(name(frames.get(0)), 1, Integer::sum);
        final Set<String> seen = new HashSet<>();
        String step = null;
        for (final RecordedFrame frame : frames) {
            final String name = name(frame);
            if (name.startsWith("dev.liveblog.") && seen.add(name)) {
                ours.merge(name, 1, Integer::sum);
            }
            if (step == null) {
                step = stepOf(name);
            }
        }
        steps.merge(step == null ? OTHER : step, 1, Integer::sum);
    }

    private static String stepOf(final String frame) {
        for (final Map.Entry<String, String> step : STEPS.entrySet()) {
            if (frame.startsWith(step.getValue())) {
                return step.getKey();
            }
        }
        return null;
    }

    private static String name(final RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static List<Map.Entry<String, Integer>> topOf(final Map<String, Integer> counts, final int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top).toList();
    }

    private static String share(final int n, final int total) {
        return String.format(Locale.ROOT, "  %5.1f%%  ", total == 0 ? 0 : 100.0 * n / total);
    }

    private static Map<String, String> stepPatterns() {
        final Map<String, String> steps = new LinkedHashMap<>();
        steps.put("poll input (consumer client)", "org.apache.kafka.clients.consumer.");
        steps.put("send output (producer client)", "org.apache.kafka.clients.producer.");
        steps.put("Avro encode/decode", "org.apache.avro.");
        steps.put("state stores: RocksDB", "org.rocksdb.");
        steps.put("state stores: cache and serdes", "org.apache.kafka.streams.state.");
        steps.put("furniture classification", "dev.liveblog.processor.text.");
        steps.put("deduplication", "dev.liveblog.processor.dedup.");
        steps.put("enrichment", "dev.liveblog.processor.enrich.");
        steps.put("pipeline, other", "dev.liveblog.");
        return steps;
    }
}
