package dev.liveblog.consumer;

import dev.liveblog.common.ops.SharedMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;

/**
 * A writer's meters: records written and dead-lettered, how long a record took from the producer's send to its
 * write, and how far the writer is behind each partition's end ({@code liveblog_consumer_lag}). The names match the
 * processor's, so one dashboard query spans both.
 */
final class WriterMetrics {

    static final String WRITTEN = "liveblog.records.written";
    static final String LAG = "liveblog.consumer.lag";

    private final MeterRegistry registry;
    private final Counter written;
    private final Counter deadLetters;
    private final Timer endToEnd;
    private final Map<TopicPartition, Long> lag = new ConcurrentHashMap<>();

    WriterMetrics(final MeterRegistry registry, final String topic) {
        this.registry = registry;
        this.written = Counter.builder(WRITTEN).description("Records written to the output").tag("topic", topic)
                .register(registry);
        this.deadLetters = SharedMeters.deadLetters(registry);
        this.endToEnd = SharedMeters.endToEnd(registry, "written");
    }

    MeterRegistry registry() {
        return registry;
    }

    /** A batch written; {@code sentAt} holds each record's timestamp (the time its raw entry was sent). */
    void written(final int records, final long[] sentAt, final long now) {
        written.increment(records);
        for (final long at : sentAt) {
            if (at > 0 && now >= at) {
                endToEnd.record(Duration.ofMillis(now - at));
            }
        }
    }

    void deadLetter() {
        deadLetters.increment();
    }

    /** The records between the writer's position and the partition's end, as of its last poll. */
    void lag(final TopicPartition partition, final long records) {
        if (lag.put(partition, records) == null) {
            Gauge.builder(LAG, lag, l -> l.getOrDefault(partition, 0L))
                    .description("Records of a partition not yet written")
                    .tag("topic", partition.topic()).tag("partition", Integer.toString(partition.partition()))
                    .register(registry);
        }
    }
}
