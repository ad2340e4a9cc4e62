package dev.liveblog.common.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Meters more than one component has, declared once so that their names and buckets agree. */
public final class SharedMeters {

    public static final String DEAD_LETTERS = "liveblog.dead.letters";
    public static final String END_TO_END = "liveblog.end.to.end";

    private SharedMeters() {
    }

    /** {@code liveblog_dead_letters_total}: records this component sent to the dead-letter topic. */
    public static Counter deadLetters(final MeterRegistry registry) {
        return Counter.builder(DEAD_LETTERS).description("Records sent to the dead-letter topic").register(registry);
    }

    /**
     * {@code liveblog_end_to_end_seconds{stage=...}}: time from an entry's ingestion to its item, at one stage
     * ({@code processed}: the processor emitted the item; {@code written}: the consumer wrote it). A histogram with
     * fixed buckets, so that Prometheus can tell a percentile across instances.
     */
    public static Timer endToEnd(final MeterRegistry registry, final String stage) {
        return Timer.builder(END_TO_END)
                .description("Time from an entry's ingestion to its item, per stage")
                .tag("stage", stage)
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
                        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60))
                .register(registry);
    }
}
