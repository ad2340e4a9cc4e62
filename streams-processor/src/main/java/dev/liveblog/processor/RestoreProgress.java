package dev.liveblog.processor;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * Which stores are being restored from their changelogs, and how far: a processor restoring its state is alive but
 * not ready, and the operator wants to see how long that will take.
 */
final class RestoreProgress implements StateRestoreListener {

    private record Restoring(String store, long total, long restored) {
    }

    private final Map<TopicPartition, Restoring> active = new ConcurrentHashMap<>();

    @Override
    public void onRestoreStart(final TopicPartition partition, final String store, final long startingOffset,
                               final long endingOffset) {
        active.put(partition, new Restoring(store, Math.max(0, endingOffset - startingOffset), 0));
    }

    @Override
    public void onBatchRestored(final TopicPartition partition, final String store, final long batchEndOffset,
                                final long numRestored) {
        active.computeIfPresent(partition, (tp, r) -> new Restoring(r.store(), r.total(), r.restored() + numRestored));
    }

    @Override
    public void onRestoreEnd(final TopicPartition partition, final String store, final long totalRestored) {
        active.remove(partition);
    }

    @Override
    public void onRestoreSuspended(final TopicPartition partition, final String store, final long totalRestored) {
        active.remove(partition);
    }

    boolean restoring() {
        return !active.isEmpty();
    }

    /** {@code changelog-partition -> "restored/total records"} for each restoration under way. */
    Map<String, String> progress() {
        final Map<String, String> progress = new TreeMap<>();
        active.forEach((tp, r) -> progress.put(tp.toString(), r.restored() + "/" + r.total()));
        return progress;
    }
}
