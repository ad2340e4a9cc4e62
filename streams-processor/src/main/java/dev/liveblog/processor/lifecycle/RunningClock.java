package dev.liveblog.processor.lifecycle;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The processor's running time: its wall clock, without the time it was not running. Blogs are idle by this
 * clock, so a processor that was down for longer than the retention (or stalled) does not forget every blog before
 * reading what they sent meanwhile. Its value is kept in the activity store under a key no blog id can have (ids
 * cannot contain NUL), so it survives restarts and moves with the task.
 */
final class RunningClock {

    private static final String KEY = "\u0000running-clock";

    private final KeyValueStore<String, String> store;
    /** A gap between two ticks longer than this was not running time; only this much of it counts. */
    private final long maxGapMillis;
    private long base;
    private long baseWall;

    RunningClock(final KeyValueStore<String, String> store, final long maxGapMillis, final long now) {
        this.store = store;
        this.maxGapMillis = maxGapMillis;
        final String saved = store.get(KEY);
        this.base = saved == null ? now : Long.parseLong(saved);
        this.baseWall = now;
    }

    static boolean isOwnKey(final String key) {
        return KEY.equals(key);
    }

    /** Running time at wall-clock {@code now}, between ticks. */
    long at(final long now) {
        return base + Math.max(0, Math.min(now - baseWall, maxGapMillis));
    }

    /** Advances by the time since the last tick (at most the longest gap that still counts), and keeps it. */
    long tick(final long now) {
        base = at(now);
        baseWall = now;
        store.put(KEY, Long.toString(base));
        return base;
    }
}
