package dev.liveblog.producer.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which blog is due for a poll next. Each blog is due at an instant; {@link #takeDue()} hands out the one due
 * earliest (ties in the order blogs were added) and holds it "in flight" until {@link #reschedule} says when it is
 * due again, so no two workers poll one blog at once. The delay given there is the caller's choice: the blog's
 * interval after a success, a {@link Backoff} delay after a failure. Thread-safe; time from a {@link Clock}.
 *
 * @param <K> what identifies a blog (its id, or its settings)
 */
public final class PollSchedule<K> {

    private final Clock clock;
    private final Map<K, Instant> due = new LinkedHashMap<>();
    private final Map<K, Duration> intervals = new LinkedHashMap<>();

    public PollSchedule(final Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds a blog, due at once, to be polled every {@code interval} (replacing any earlier entry). */
    public synchronized void add(final K blog, final Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        intervals.put(blog, interval);
        due.put(blog, clock.instant());
    }

    /** Stops polling a blog; one in flight is then not taken back by {@link #reschedule}. */
    public synchronized void remove(final K blog) {
        intervals.remove(blog);
        due.remove(blog);
    }

    /** The blog's normal poll interval. */
    public synchronized Duration interval(final K blog) {
        final Duration interval = intervals.get(blog);
        if (interval == null) {
            throw new IllegalArgumentException("not scheduled: " + blog);
        }
        return interval;
    }

    /** How long until the earliest blog is due (zero if one is), or empty if none waits (all in flight or none). */
    public synchronized Optional<Duration> untilNext() {
        final Instant now = clock.instant();
        return earliest().map(blog -> {
            final Instant at = due.get(blog);
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        });
    }

    /** The blog due earliest if its time has come, now in flight until rescheduled; else empty. */
    public synchronized Optional<K> takeDue() {
        final Instant now = clock.instant();
        final Optional<K> blog = earliest().filter(b -> !due.get(b).isAfter(now));
        blog.ifPresent(due::remove);
        return blog;
    }

    /** Makes a blog taken by {@link #takeDue()} due again after {@code delay}, unless it was removed meanwhile. */
    public synchronized void reschedule(final K blog, final Duration delay) {
        if (intervals.containsKey(blog)) {
            due.put(blog, clock.instant().plus(delay.isNegative() ? Duration.ZERO : delay));
        }
    }

    private Optional<K> earliest() {
        K first = null;
        for (final Map.Entry<K, Instant> entry : due.entrySet()) {
            if (first == null || entry.getValue().isBefore(due.get(first))) {
                first = entry.getKey();
            }
        }
        return Optional.ofNullable(first);
    }
}
