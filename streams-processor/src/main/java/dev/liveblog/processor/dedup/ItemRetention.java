package dev.liveblog.processor.dedup;

import dev.liveblog.processor.state.DedupItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Bounds the deduplicator's state per blog: at most {@code maxItemsPerBlog} items (the oldest are forgotten
 * first, as the blog makes new ones) and none older than the retention since its last update (forgotten by the
 * state's sweep, {@link #expire}). A forgotten item takes its index entries with it, and is passed to the listener
 * so that everything else known about it goes too; a later repeat of it becomes a new item.
 *
 * <p>Time retention walks a blog's items in creation order and stops at the first one still fresh, so an old item
 * that was recently updated also shields the ones created after it until it expires.
 */
final class ItemRetention {

    private final DedupStores stores;
    private final DedupConfig config;
    private final Consumer<DedupItem> onForget;

    ItemRetention(final DedupStores stores, final DedupConfig config, final Consumer<DedupItem> onForget) {
        this.stores = stores;
        this.config = config;
        this.onForget = onForget;
    }

    long nextSequence(final String blogId) {
        return counters(blogId)[0];
    }

    /** Records a new item and forgets the blog's oldest items beyond the count bound. */
    void track(final DedupItem item) {
        final long[] counters = counters(item.getBlogId());
        stores.sequence().put(sequenceKey(item.getBlogId(), item.getSeq()), item.getCanonicalId());
        long live = counters[1] + 1;
        while (live > config.maxItemsPerBlog()) {
            final List<KeyValue<String, String>> oldest = oldest(item.getBlogId(), 1);
            if (oldest.isEmpty()) {
                break;
            }
            forget(oldest.get(0));
            live--;
        }
        stores.counters().put(item.getBlogId(), (item.getSeq() + 1) + " " + live);
    }

    /**
     * Forgets, oldest first, at most {@code limit} of a blog's items not updated since {@code cutoff}; the number
     * forgotten (fewer than the limit: none of that age is left).
     */
    int expire(final String blogId, final Instant cutoff, final int limit) {
        int forgotten = 0;
        boolean more = true;
        while (more && forgotten < limit) {
            final int batchSize = Math.min(100, limit - forgotten);
            final List<KeyValue<String, String>> batch = oldest(blogId, batchSize);
            more = batch.size() == batchSize;
            for (final KeyValue<String, String> entry : batch) {
                final DedupItem item = stores.items().get(entry.value);
                if (cutoff != null && item != null && !item.getLastUpdatedAt().isBefore(cutoff)) {
                    more = false;
                    break;
                }
                forget(entry);
                forgotten++;
            }
        }
        if (forgotten > 0) {
            final long[] counters = counters(blogId);
            stores.counters().put(blogId, counters[0] + " " + Math.max(0, counters[1] - forgotten));
        }
        return forgotten;
    }

    /**
     * Forgets at most {@code limit} of a blog's items, oldest first, and the blog itself once none is left; the
     * number forgotten (fewer than the limit: nothing of the blog remains).
     */
    int forgetBlog(final String blogId, final int limit) {
        final int forgotten = expire(blogId, null, limit);
        if (forgotten < limit) {
            stores.counters().delete(blogId);
        }
        return forgotten;
    }

    private List<KeyValue<String, String>> oldest(final String blogId, final int limit) {
        final List<KeyValue<String, String>> oldest = new ArrayList<>();
        try (KeyValueIterator<String, String> it = stores.sequence().prefixScan(DedupStores.blogPrefix(blogId),
                new StringSerializer())) {
            while (it.hasNext() && oldest.size() < limit) {
                oldest.add(it.next());
            }
        }
        return oldest;
    }

    private void forget(final KeyValue<String, String> sequenceEntry) {
        stores.sequence().delete(sequenceEntry.key);
        final DedupItem item = stores.items().delete(sequenceEntry.value);
        if (item == null) {
            return;
        }
        onForget.accept(item);
        for (final String exactKey : item.getFingerprints()) {
            if (item.getCanonicalId().equals(stores.exactIndex().get(exactKey))) {
                stores.exactIndex().delete(exactKey);
            }
        }
        ShingleIndex.remove(stores.shingleIndex(), item.getBlogId(), item.getCanonicalId(),
                Profile.of(item.getText()).indexKeys());
    }

    /** {next sequence number, live item count} of a blog. */
    private long[] counters(final String blogId) {
        final String value = stores.counters().get(blogId);
        if (value == null) {
            return new long[] {0, 0};
        }
        final String[] parts = value.split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    private static String sequenceKey(final String blogId, final long seq) {
        return DedupStores.blogKey(blogId, String.format(Locale.ROOT, "%019d", seq));
    }
}
