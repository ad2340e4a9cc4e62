package dev.liveblog.processor.dedup;

import dev.liveblog.processor.state.DedupItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Bounds the deduplicator's state per blog: at most {@code maxItemsPerBlog} items (the oldest are forgotten
 * first) and none older than the retention since its last update. A forgotten item takes its index entries with
 * it; a later repeat of it becomes a new item.
 *
 * <p>Time retention walks each blog's items in creation order and stops at the first one still fresh, so an
 * old item that was recently updated also shields the ones created after it until it expires.
 */
final class ItemRetention {

    private final DedupStores stores;
    private final DedupConfig config;

    ItemRetention(final DedupStores stores, final DedupConfig config) {
        this.stores = stores;
        this.config = config;
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

    int expire(final Instant now) {
        final Instant cutoff = now.minus(config.retention());
        final List<String> blogs = new ArrayList<>();
        try (KeyValueIterator<String, String> all = stores.counters().all()) {
            all.forEachRemaining(kv -> blogs.add(kv.key));
        }
        int forgotten = 0;
        for (final String blogId : blogs) {
            forgotten += expire(blogId, cutoff);
        }
        return forgotten;
    }

    private int expire(final String blogId, final Instant cutoff) {
        int forgotten = 0;
        boolean more = true;
        while (more) {
            final List<KeyValue<String, String>> batch = oldest(blogId, 100);
            more = batch.size() == 100;
            for (final KeyValue<String, String> entry : batch) {
                final DedupItem item = stores.items().get(entry.value);
                if (item != null && !item.getLastUpdatedAt().isBefore(cutoff)) {
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
