package dev.liveblog.common.topics;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Knows when a finite run is complete, from offsets alone: the processor has committed its position at the end
 * of the raw topic (so, under exactly-once, its output transactions are committed too), and every writer has
 * read its topic up to the last committed record.
 */
public final class Completion {

    private static final Duration POLL = Duration.ofMillis(100);

    private final TopicAdmin admin;
    private final Duration timeout;

    public Completion(final TopicAdmin admin, final Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** Waits until group {@code applicationId} has committed the end of {@code topic}. */
    public void awaitProcessed(final String topic, final String applicationId, final BooleanSupplier failed) {
        final Map<TopicPartition, Long> end = admin.endOffsets(topic, IsolationLevel.READ_UNCOMMITTED);
        await("the processor to read " + topic, failed, () -> {
            final Map<TopicPartition, Long> committed = committedOffsets(applicationId);
            return end.entrySet().stream()
                    .allMatch(e -> e.getValue() == 0 || committed.getOrDefault(e.getKey(), -1L) >= e.getValue());
        });
    }

    /**
     * Waits until a writer has read every committed record of {@code topic}: {@code positions} gives the next offset
     * it will read of each partition, once what came before is written.
     */
    public void awaitWritten(final String topic, final Supplier<Map<TopicPartition, Long>> positions) {
        final Map<TopicPartition, Long> end = admin.endOffsets(topic, IsolationLevel.READ_COMMITTED);
        await("the consumer to write " + topic, () -> false, () -> {
            final Map<TopicPartition, Long> written = positions.get();
            return end.entrySet().stream()
                    .allMatch(e -> e.getValue() == 0 || written.getOrDefault(e.getKey(), -1L) >= e.getValue());
        });
    }

    /**
     * The committed end offsets of {@code topic}, summed over its partitions: its records, where no transaction wrote
     * to it (each transaction also leaves a marker that takes an offset).
     */
    public long records(final String topic) {
        return admin.endOffsets(topic, IsolationLevel.READ_COMMITTED).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    private void await(final String what, final BooleanSupplier failed, final BooleanSupplier done) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (failed.getAsBoolean()) {
                throw new UserException(ExitCodes.FAILURE, "the pipeline failed while waiting for " + what
                        + "; see the log above");
            }
            if (System.nanoTime() > deadline) {
                throw new UserException(ExitCodes.FAILURE, "gave up after " + timeout.toSeconds()
                        + " s waiting for " + what);
            }
            sleep();
        }
    }

    private Map<TopicPartition, Long> committedOffsets(final String groupId) {
        try {
            final Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.admin().listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            final Map<TopicPartition, Long> offsets = new HashMap<>();
            committed.forEach((tp, meta) -> {
                if (meta != null) {
                    offsets.put(tp, meta.offset());
                }
            });
            return offsets;
        } catch (final ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of group " + groupId, e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
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
