package dev.liveblog.benchmarks.suite;

import dev.liveblog.consumer.sink.RecordSink;
import dev.liveblog.schema.CanonicalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.common.TopicPartition;

/**
 * Our file sink with a stopwatch: when a batch is durable in the file, each new item's latency is the time since
 * its first entry was read ({@code firstSeenAt}, set by the producer). Later versions of an item are not timed.
 */
final class TimedSink implements RecordSink<CanonicalEntry> {

    private final RecordSink<CanonicalEntry> file;
    private final ConcurrentLinkedQueue<Long> latenciesMillis = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> writeMillis = new ConcurrentLinkedQueue<>();

    TimedSink(final RecordSink<CanonicalEntry> file) {
        this.file = file;
    }

    @Override
    public Map<TopicPartition, Long> committedOffsets() {
        return file.committedOffsets();
    }

    @Override
    public boolean keepsOffsets() {
        return file.keepsOffsets();
    }

    @Override
    public void write(final List<CanonicalEntry> records, final Map<TopicPartition, Long> nextOffsets) {
        final long start = System.nanoTime();
        file.write(records, nextOffsets);
        writeMillis.add((System.nanoTime() - start) / 1_000_000);
        final long now = System.currentTimeMillis();
        for (final CanonicalEntry item : records) {
            if (item.getVersion() == 1) {
                latenciesMillis.add(now - item.getFirstSeenAt().toEpochMilli());
            }
        }
    }

    /** The latencies timed so far, and forgets them: the warm-up's are dropped this way. */
    List<Long> drain() {
        return drain(latenciesMillis);
    }

    /** How long each batch took to write and sync, file and checkpoint, since the last call. */
    List<Long> drainWrites() {
        return drain(writeMillis);
    }

    private static List<Long> drain(final ConcurrentLinkedQueue<Long> queue) {
        final List<Long> drained = new ArrayList<>();
        Long next;
        while ((next = queue.poll()) != null) {
            drained.add(next);
        }
        return drained;
    }

    @Override
    public void close() {
        file.close();
    }
}
