package dev.liveblog.producer.poll;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Politeness per host: at most one request to a host per {@code minInterval}, however many of its blogs are due
 * at once. A caller {@link #reserve(URI) reserves} a slot and waits the time returned before sending, so
 * reservations queue up (the third for a host within an interval waits two intervals). Hosts are keyed by name
 * alone, ports ignored, as they are usually one server. Memory stays bounded: a host whose slot has passed is as
 * good as unknown and is forgotten. Thread-safe; time comes from a {@link Clock}, so tests need not sleep.
 */
public final class HostRateLimiter {

    /** Above this many hosts remembered, the ones whose slot has passed are dropped. */
    private static final int PRUNE_ABOVE = 256;

    private final Duration minInterval;
    private final Clock clock;
    private final Map<String, Instant> nextFree = new HashMap<>();

    /**
     * @param minInterval the shortest time between two requests to one host; zero turns limiting off
     * @param clock       the time the intervals are counted in
     */
    public HostRateLimiter(final Duration minInterval, final Clock clock) {
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval must not be negative: " + minInterval);
        }
        this.minInterval = minInterval;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reserves the host's next free slot for a request to {@code uri}.
     *
     * @return how long the caller must wait before sending; zero if it may send now
     */
    public synchronized Duration reserve(final URI uri) {
        final String host = host(uri);
        final Instant now = clock.instant();
        if (host == null) {
            return Duration.ZERO;
        }
        if (nextFree.size() > PRUNE_ABOVE) {
            nextFree.values().removeIf(free -> !free.isAfter(now));
        }
        final Instant free = nextFree.getOrDefault(host, now);
        final Instant start = free.isAfter(now) ? free : now;
        nextFree.put(host, start.plus(minInterval));
        return Duration.between(now, start);
    }

    /**
     * Holds every request to the host of {@code uri} back for {@code wait} from now, an hour at most: a
     * {@code Retry-After} speaks for the server, not only for the page that got it.
     */
    public synchronized void defer(final URI uri, final Duration wait) {
        final String host = host(uri);
        if (host == null || wait.isNegative() || wait.isZero()) {
            return;
        }
        // as Backoff does, a server that says "come back next year" is asked again within the hour
        final Duration capped = wait.compareTo(Backoff.DEFAULT_MAX_RETRY_AFTER) > 0
                ? Backoff.DEFAULT_MAX_RETRY_AFTER : wait;
        final Instant until = clock.instant().plus(capped);
        nextFree.merge(host, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** How long a request to {@code uri} would have to wait if reserved now, without reserving. */
    public synchronized Duration delayBefore(final URI uri) {
        final String host = host(uri);
        final Instant now = clock.instant();
        final Instant free = host == null ? null : nextFree.get(host);
        return free != null && free.isAfter(now) ? Duration.between(now, free) : Duration.ZERO;
    }

    /** How many hosts are remembered (for tests of the memory bound). */
    synchronized int hostsRemembered() {
        return nextFree.size();
    }

    private static String host(final URI uri) {
        return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    }
}
