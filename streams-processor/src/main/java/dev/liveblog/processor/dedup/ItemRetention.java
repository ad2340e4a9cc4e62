package dev.liveblog.processor.dedup;

import dev.liveblog.processor.state.DedupItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Bounds the deduplicator's state per blog: at most {@code maxItemsPerBlog} items (the oldest are forgotten
 * first, as the blog makes new ones) and none older than the retention since its last update (forgotten by the
 * state's sweep, {@link #expire}). A forgotten item takes its index entries with it, and is passed to the listener
 * so that everything else known about it goes too (the listener answers with the store operations that took); a
 * later repeat of it becomes a new item.
 *
 * <p>Time retention walks a blog's items in creation order and stops at the first one still fresh, so an old item
 * that was recently updated also shields the ones created after it until it expires.
 */
final class ItemRetention {

    private final DedupStores stores;
    private final DedupConfig config;
    private final ShingleIndex index;
    private final ToIntFunction<DedupItem> onForget;

    ItemRetention(final DedupStores stores, final DedupConfig config, final ShingleIndex index,
                  final ToIntFunction<DedupItem> onForget) {
        this.stores = stores;
        this.config = config;
        this.index = index;
        this.onForget = onForget;
    }

    /** A blog's next sequence number and live item count, read once for the new item that takes the number. */
    record Counters(long next, long live) {
    }

    Counters counters(final String blogId) {
        final long[] counters = read(blogId);
        return new Counters(counters[0], counters[1]);
    }

    /**
     * Records a new item, numbered {@code counters.next()}, and forgets the blog's oldest items beyond the count
     * bound; {@code counters} as read for it ({@link #counters}).
     */
    void track(final DedupItem item, final Counters counters) {
        stores.sequence().put(sequenceKey(item.getBlogId(), item.getSeq()), item.getCanonicalId());
        long live = counters.live() + 1;
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
     * Forgets a blog's items not updated since {@code cutoff} (all of them when it is null), oldest first, until
     * about {@code budget} store operations are spent.
     */
    Progress expire(final String blogId, final Instant cutoff, final int budget) {
        int operations = 0;
        int forgotten = 0;
        boolean done = false;
        while (!done && operations < budget) {
            final List<KeyValue<String, String>> batch = oldest(blogId, 16);
            operations += 1 + batch.size();
            done = batch.size() < 16;
            for (final KeyValue<String, String> entry : batch) {
                final DedupItem item = stores.items().get(entry.value);
                if (cutoff != null && item != null && !item.getLastUpdatedAt().isBefore(cutoff)) {
                    done = true;
                    break;
                }
                operations += forget(entry);
                forgotten++;
                if (operations >= budget) {
                    done = false;
                    break;
                }
            }
        }
        if (forgotten > 0) {
            final long[] counters = read(blogId);
            stores.counters().put(blogId, counters[0] + " " + Math.max(0, counters[1] - forgotten));
        }
        return new Progress(operations + (forgotten > 0 ? 2 : 0), done);
    }

    /** Forgets a blog's items, oldest first, within about {@code budget} store operations, then the blog itself. */
    Progress forgetBlog(final String blogId, final int budget) {
        final Progress progress = expire(blogId, null, budget);
        if (progress.done()) {
            stores.counters().delete(blogId);
            index.drop(blogId);
        }
        return progress;
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

    /** Forgets an item and its index entries; the store operations it took, the listener's included. */
    private int forget(final KeyValue<String, String> sequenceEntry) {
        stores.sequence().delete(sequenceEntry.key);
        final DedupItem item = stores.items().delete(sequenceEntry.value);
        if (item == null) {
            return 2;
        }
        int operations = 2;
        for (final String exactKey : item.getFingerprints()) {
            operations++;
            if (item.getCanonicalId().equals(stores.exactIndex().get(exactKey))) {
                stores.exactIndex().delete(exactKey);
                DedupStores.fingerprintBits(item.getBlogId(), exactKey)
                        .ifPresent(bits -> index.textRemoved(item.getBlogId(), bits));
                operations++;
            }
        }
        // a blog's index not in memory is built from the store, where the item is gone already
        if (index.holds(item.getBlogId())) {
            final long[] keys = Profile.of(item.getText()).indexKeys();
            index.remove(item.getBlogId(), item.getCanonicalId(), keys);
            operations += keys.length;
        }
        return operations + onForget.applyAsInt(item);
    }

    /** {next sequence number, live item count} of a blog. */
    private long[] read(final String blogId) {
        final String value = stores.counters().get(blogId);
        if (value == null) {
            return new long[] {0, 0};
        }
        final String[] parts = value.split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    /** The blog and the sequence number in 19 digits, so keys sort in creation order (as "%019d" writes it). */
    static String sequenceKey(final String blogId, final long seq) {
        final String digits = Long.toString(seq);
        return DedupStores.blogKey(blogId, "0".repeat(Math.max(0, 19 - digits.length())) + digits);
    }
}
