package dev.liveblog.processor.lifecycle;

import dev.liveblog.processor.dedup.DedupEngine;
import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.processor.enrich.QuoteCollector;
import dev.liveblog.processor.state.DedupItem;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Quote;
import dev.liveblog.schema.QuoteEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The one lifecycle of the processor's state. A blog's state lives while the blog is active: a blog with no entry
 * for the retention, on the processor's clock, is forgotten whole (its items, their enrichment and quotation
 * occurrences, its names, speakers and lines). Within an active blog, the deduplicator forgets items beyond its
 * count bound or older than the retention before the blog's newest entry, and every forgotten item takes with it
 * what the enricher and the quotation view knew of it ({@link #forgetItem}).
 *
 * <p>Expiry runs in {@link #sweep}, called by a wall-clock punctuator: it moves through the blogs a few at a time,
 * doing at most its budget of store operations per call, so no record pays for a scan and an idle partition
 * still expires. The wall clock rather than stream time, because expiry bounds disk and restore time, which pass
 * with real time whether or not records arrive; and the processor's clock rather than the entries', so a producer
 * with a skewed clock cannot age other blogs.
 */
public final class StateLifecycle {

    /** Blog id to when the processor last saw it (its clock) and the blog's newest ingestion time. */
    public static final String ACTIVITY_STORE = "blog-activity";
    private static final int RECENT_BLOGS = 10_000;

    private final KeyValueStore<String, String> activity;
    private final DedupEngine dedup;
    private final EnrichStores enrich;
    private final KeyValueStore<String, QuoteEvent> quoteEvents;
    private final Duration retention;
    private final int budget;
    /** A blog's activity is written at most this often: a tenth of the retention, at most a minute. */
    private final long touchEveryMillis;
    /** What each recently seen blog's activity value last was, so most records write nothing. */
    private final Map<String, long[]> written = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(final Map.Entry<String, long[]> eldest) {
            return size() > RECENT_BLOGS;
        }
    };
    /** The last blog the sweep finished with; the next sweep starts after it. */
    private String cursor;

    public StateLifecycle(final KeyValueStore<String, String> activity, final Function<Consumer<DedupItem>, DedupEngine> dedup,
                          final EnrichStores enrich, final KeyValueStore<String, QuoteEvent> quoteEvents,
                          final Duration retention, final int budget) {
        this.activity = activity;
        this.dedup = dedup.apply(this::forgetItem);
        this.enrich = enrich;
        this.quoteEvents = quoteEvents;
        this.retention = retention;
        this.budget = budget;
        this.touchEveryMillis = Math.min(Duration.ofMinutes(1).toMillis(), retention.toMillis() / 10);
    }

    /** The deduplicator whose forgotten items this lifecycle follows. */
    public DedupEngine dedup() {
        return dedup;
    }

    /** Notes that a record of the blog arrived at {@code now} (the processor's clock), ingested at {@code ingested}. */
    public void touch(final String blogId, final long now, final Instant ingested) {
        final long ingestedMillis = ingested == null ? 0 : ingested.toEpochMilli();
        final long[] last = written.computeIfAbsent(blogId, this::stored);
        if (last != null && now - last[0] < touchEveryMillis && ingestedMillis - last[1] < touchEveryMillis) {
            return;
        }
        final long newest = last == null ? ingestedMillis : Math.max(last[1], ingestedMillis);
        activity.put(blogId, now + " " + newest);
        written.put(blogId, new long[] {now, newest});
    }

    /** Everything the enricher and the quotation view knew of an item the deduplicator forgot. */
    public void forgetItem(final DedupItem item) {
        final CanonicalEntry enriched = enrich.forgetItem(item.getCanonicalId());
        if (enriched == null) {
            return;
        }
        for (final Quote quote : enriched.getQuotes()) {
            final QuoteEvent event = quoteEvents.get(quote.getQuoteId());
            if (event == null) {
                continue;
            }
            final QuoteEvent rest = QuoteCollector.without(event, item.getCanonicalId());
            if (rest == null) {
                quoteEvents.delete(quote.getQuoteId());
                enrich.forgetQuote(item.getBlogId(), quote.getQuoteId());
            } else if (rest != event) {
                quoteEvents.put(quote.getQuoteId(), rest);
            }
        }
    }

    /**
     * One round of expiry at {@code now}: the next blogs after the cursor, each forgotten whole when idle for the
     * retention, else rid of its expired items, until the budget is spent. Returns the store operations done.
     */
    public int sweep(final long now) {
        int work = 0;
        final int batch = Math.max(1, budget / 10);
        final List<KeyValue<String, String>> blogs = nextBlogs(batch);
        for (final KeyValue<String, String> blog : blogs) {
            final long[] seen = parse(blog.value);
            if (now - seen[0] >= retention.toMillis()) {
                // An item is several store operations (its indexes, its enrichment): counted as four.
                final int items = dedup.forgetBlog(blog.key, Math.max(1, (budget - work) / 4));
                work += 4 * items;
                if (work >= budget) {
                    return work;
                }
                final int deleted = enrich.forgetBlog(blog.key, budget - work);
                work += deleted;
                if (work >= budget) {
                    return work;
                }
                activity.delete(blog.key);
                written.remove(blog.key);
            } else {
                work += 1 + dedup.expire(blog.key, Instant.ofEpochMilli(seen[1]), budget - work);
            }
            cursor = blog.key;
            if (work >= budget) {
                return work;
            }
        }
        if (blogs.size() < batch) {
            cursor = null;
        }
        return work;
    }

    private List<KeyValue<String, String>> nextBlogs(final int limit) {
        final List<KeyValue<String, String>> blogs = new ArrayList<>(limit);
        try (KeyValueIterator<String, String> it = cursor == null ? activity.all()
                : activity.range(cursor + '\u0000', null)) {
            while (it.hasNext() && blogs.size() < limit) {
                blogs.add(it.next());
            }
        }
        return blogs;
    }

    private long[] stored(final String blogId) {
        final String value = activity.get(blogId);
        return value == null ? null : parse(value);
    }

    private static long[] parse(final String value) {
        final String[] parts = value.split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }
}
