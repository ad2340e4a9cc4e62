package dev.liveblog.app;

import dev.liveblog.common.ops.SharedMeters;
import dev.liveblog.processor.metrics.PipelineMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one line {@code liveblog run} shows while it runs: entries the processor has read, and what became of them,
 * read from the processor's own counters. On a terminal the line is rewritten in place; into a file or a pipe it is
 * written as a new line at a slower pace and only when the counts changed, so a log keeps a few of them rather than
 * hundreds.
 */
final class ProgressLine implements AutoCloseable {

    /** The counts one line shows. */
    record Counts(double entries, double items, double duplicates, double furniture, double deadLetters) {

        static Counts of(final MeterRegistry registry) {
            return new Counts(sum(registry, PipelineMetrics.ENTRIES, null, null),
                    sum(registry, PipelineMetrics.ITEMS, "change", "new"),
                    sum(registry, PipelineMetrics.ENTRIES, "outcome", "duplicate"),
                    sum(registry, PipelineMetrics.ENTRIES, "outcome", "furniture"),
                    sum(registry, SharedMeters.DEAD_LETTERS, null, null));
        }

        private static double sum(final MeterRegistry registry, final String name, final String tag,
                                  final String value) {
            var search = registry.find(name);
            if (tag != null) {
                search = search.tag(tag, value);
            }
            return search.counters().stream().mapToDouble(Counter::count).sum();
        }
    }

    private final MeterRegistry registry;
    private final PrintStream out;
    private final boolean interactive;
    private final ScheduledExecutorService timer;
    private final long started = System.nanoTime();
    private Counts last = new Counts(0, 0, 0, 0, 0);
    private long lastAt = started;

    ProgressLine(final MeterRegistry registry, final PrintStream out, final boolean interactive) {
        this.registry = registry;
        this.out = out;
        this.interactive = interactive;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "liveblog-progress");
            thread.setDaemon(true);
            return thread;
        });
        final Duration every = interactive ? Duration.ofMillis(500) : Duration.ofSeconds(5);
        timer.scheduleAtFixedRate(this::show, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The line for {@code now}, with the rate since {@code before}, {@code seconds} earlier. */
    static String line(final Counts now, final Counts before, final double seconds) {
        final double rate = seconds > 0 ? (now.entries() - before.entries()) / seconds : 0;
        return String.format(Locale.ROOT, "%,.0f entries read: %,.0f items, %,.0f duplicates, %,.0f furniture, "
                        + "%,.0f dead letters (%,.0f entries/s)", now.entries(), now.items(), now.duplicates(),
                now.furniture(), now.deadLetters(), rate);
    }

    private synchronized void show() {
        final long at = System.nanoTime();
        final Counts now = Counts.of(registry);
        if (!interactive && now.equals(last)) {
            return;
        }
        final String line = line(now, last, (at - lastAt) / 1e9);
        last = now;
        lastAt = at;
        if (interactive) {
            // Pad over a longer line shown before; \r returns to the start of the line.
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Stops updating; on a terminal, ends the line so that the report starts on a line of its own. */
    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (interactive) {
            out.print("\r" + line(Counts.of(registry), new Counts(0, 0, 0, 0, 0),
                    (System.nanoTime() - started) / 1e9) + "   \n");
            out.flush();
        }
    }
}
