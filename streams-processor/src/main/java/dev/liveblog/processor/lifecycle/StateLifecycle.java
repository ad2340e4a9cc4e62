package dev.liveblog.processor.lifecycle;

import dev.liveblog.processor.dedup.DedupEngine;
import dev.liveblog.processor.dedup.Progress;
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
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The one lifecycle of the processor's state. A blog's state lives while the blog is active: a blog with no entry
 * for the retention is forgotten whole (its items, their enrichment, its quotations, names, speakers and lines).
 * Within an active blog, the deduplicator forgets items beyond its count bound or older than the retention before
 * the blog's newest entry, and every forgotten item takes with it what the enricher and the quotation view knew of
 * it ({@link #forgetItem}).
 *
 * <p>Expiry runs in {@link #sweep}, called by a wall-clock punctuator: it moves through the blogs a few at a time
 * and stops after its budget of store operations, so no record pays for a scan and an idle partition still
 * expires; a busy task's sweep may spend more, in proportion to the records it processed, so forgetting keeps
 * pace with writing, and an idle task's ten budgets, since no record waits behind it. Idleness is measured on the processor's clock, not the entries', so a producer with a skewed clock
 * cannot age other blogs; and on its running time ({@link RunningClock}), so a processor that was down for longer
 * than the retention does not forget every blog before reading what they sent meanwhile.
 */
public final class StateLifecycle {

    /** Blog id to when the processor last saw it (running time) and the blog's newest ingestion time. */
    public static final String ACTIVITY_STORE = "blog-activity";
    /** Blogs read per call of the sweep; the budget, not this, bounds its work. */
    private static final int BATCH = 100;
    private static final int RECENT_BLOGS = 10_000;
    /**
     * Store operations the sweep may spend per record processed since it last ran, besides its budget: about what
     * a record writes, so that forgetting keeps pace with a busy task instead of falling behind it.
     */
    static final int PACE_PER_RECORD = 100;
    /** A sweep of a task that processed nothing since the last one may spend this many budgets: nothing waits. */
    static final int IDLE_BUDGETS = 10;
    /** An ingestion time further ahead of the processor's clock than this counts as this far ahead. */
    private static final long FUTURE_TOLERANCE_MILLIS = Duration.ofHours(1).toMillis();

    private final KeyValueStore<String, String> activity;
    private final DedupEngine dedup;
    private final EnrichStores enrich;
    private final KeyValueStore<String, QuoteEvent> quoteEvents;
    private final QuoteCollector.Occurrences quoteOccurrences;
    private final Duration retention;
    private final int budget;
    private final RunningClock clock;
    private final BlogSeeding seeding;
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
    /** Records processed since the last sweep. */
    private int records;

    /**
     * @param dedup makes the deduplicator, given what to call when it forgets an item
     * @param now the processor's clock at the task's start
     */
    public StateLifecycle(final KeyValueStore<String, String> activity,
                          final Function<ToIntFunction<DedupItem>, DedupEngine> dedup,
                          final KeyValueStore<String, String> counters, final EnrichStores enrich,
                          final KeyValueStore<String, QuoteEvent> quoteEvents,
                          final QuoteCollector.Occurrences quoteOccurrences, final Duration retention,
                          final StateConfig config, final long now) {
        this.activity = activity;
        this.dedup = dedup.apply(this::forgetItem);
        this.enrich = enrich;
        this.quoteEvents = quoteEvents;
        this.quoteOccurrences = quoteOccurrences;
        this.retention = retention;
        this.budget = config.sweepBudget();
        this.clock = new RunningClock(activity, config.sweepInterval().toMillis() * 2, now);
        this.seeding = new BlogSeeding(counters, activity);
        this.touchEveryMillis = Math.min(Duration.ofMinutes(1).toMillis(), retention.toMillis() / 10);
    }

    /** The deduplicator whose forgotten items this lifecycle follows. */
    public DedupEngine dedup() {
        return dedup;
    }

    /** Notes that a record of the blog arrived at {@code now} (the processor's clock), ingested at {@code ingested}. */
    public void touch(final String blogId, final long now, final Instant ingested) {
        records++;
        final long seen = clock.at(now);
        final long ingestedMillis = ingested == null ? 0
                : Math.min(ingested.toEpochMilli(), now + FUTURE_TOLERANCE_MILLIS);
        final long[] last = written.computeIfAbsent(blogId, this::stored);
        if (last != null && seen - last[0] < touchEveryMillis && ingestedMillis - last[1] < touchEveryMillis) {
            return;
        }
        final long newest = last == null ? ingestedMillis : Math.max(last[1], ingestedMillis);
        activity.put(blogId, seen + " " + newest);
        written.put(blogId, new long[] {seen, newest});
    }

    /**
     * Everything the enricher and the quotation view knew of an item the deduplicator forgot; the store operations
     * it took.
     */
    int forgetItem(final DedupItem item) {
        final CanonicalEntry enriched = enrich.forgetItem(item.getCanonicalId());
        if (enriched == null) {
            return 1;
        }
        int operations = 1;
        for (final Quote quote : enriched.getQuotes()) {
            final QuoteEvent event = quoteEvents.get(quote.getQuoteId());
            operations++;
            if (event == null) {
                continue;
            }
            final QuoteEvent rest = QuoteCollector.without(event, item.getCanonicalId(), quoteOccurrences);
            operations++;
            if (rest == null) {
                quoteEvents.delete(quote.getQuoteId());
                operations += 1 + quoteOccurrences.removeAll(quote.getQuoteId())
                        + enrich.forgetQuote(item.getBlogId(), quote.getQuoteId());
            } else if (rest != event) {
                quoteEvents.put(quote.getQuoteId(), rest);
                operations++;
            }
        }
        return operations;
    }

    /**
     * One round of expiry at {@code now}: the next blogs after the cursor, each forgotten whole when idle for the
     * retention, else rid of its expired items, until the budget is spent: the configured one, plus the pace of the
     * records since the last round, or ten of them when there were none. Returns the store operations done.
     */
    public int sweep(final long now) {
        final long at = clock.tick(now);
        final int budget = records == 0 ? (int) Math.min(Integer.MAX_VALUE, (long) this.budget * IDLE_BUDGETS)
                : (int) Math.min(Integer.MAX_VALUE, this.budget + (long) PACE_PER_RECORD * records);
        records = 0;
        int work = seeding.step(at, this.budget / 10);
        boolean forgotBlogs = false;
        final List<KeyValue<String, String>> blogs = nextBlogs();
        for (final KeyValue<String, String> blog : blogs) {
            final long[] seen = parse(blog.value);
            if (at - seen[0] >= retention.toMillis()) {
                forgotBlogs = true;
                final Progress progress = forgetBlog(blog.key, budget - work);
                work += progress.operations();
                if (!progress.done()) {
                    break;
                }
            } else if (seen[1] > 0) {
                final Progress progress = dedup.expire(blog.key, Instant.ofEpochMilli(seen[1]), budget - work);
                work += 1 + progress.operations();
                if (!progress.done()) {
                    break;
                }
            }
            cursor = blog.key;
            if (work >= budget) {
                break;
            }
        }
        if (blogs.size() < BATCH && work < budget) {
            cursor = null;
        }
        if (forgotBlogs) {
            enrich.clearCaches();
        }
        return work;
    }

    /** A quiet blog: its items (and through them their enrichment), its quotations, then its other keys. */
    private Progress forgetBlog(final String blogId, final int allowed) {
        final Progress items = dedup.forgetBlog(blogId, allowed);
        int work = items.operations();
        if (!items.done()) {
            return items;
        }
        List<String> quotes = enrich.quoteIds(blogId, BATCH);
        while (!quotes.isEmpty() && work < allowed) {
            for (final String quoteId : quotes) {
                quoteEvents.delete(quoteId);
                work += 1 + quoteOccurrences.removeAll(quoteId) + enrich.forgetQuote(blogId, quoteId);
            }
            quotes = enrich.quoteIds(blogId, BATCH);
        }
        if (!quotes.isEmpty()) {
            return new Progress(work, false);
        }
        final int left = Math.max(1, allowed - work);
        final int deleted = enrich.forgetBlog(blogId, left);
        work += deleted;
        if (deleted >= left) {
            return new Progress(work, false);
        }
        activity.delete(blogId);
        written.remove(blogId);
        return new Progress(work + 1, true);
    }

    private List<KeyValue<String, String>> nextBlogs() {
        final List<KeyValue<String, String>> blogs = new ArrayList<>(BATCH);
        try (KeyValueIterator<String, String> it = cursor == null ? activity.all()
                : activity.range(cursor + '\u0000', null)) {
            while (it.hasNext() && blogs.size() < BATCH) {
                final KeyValue<String, String> next = it.next();
                if (!RunningClock.isOwnKey(next.key)) {
                    blogs.add(next);
                }
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
