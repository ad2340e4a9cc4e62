package dev.liveblog.producer.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next attempt after consecutive failures: exponential from a base, doubling up to a
 * cap, with "equal jitter" so that pollers failing together do not retry together. After {@code n} failures the
 * ceiling is {@code min(cap, base·2ⁿ)} and the delay is drawn uniformly from the upper half of it, so it never
 * falls below the base (the normal poll interval is a good base) yet still grows. A server's {@code Retry-After} is
 * a floor: the delay is never shorter, but the floor itself is capped (1 h by default), as a blog that says
 * "come back tomorrow" should still be looked at. Without failures the delay is the base. Pure apart from the
 * random generator, and as thread-safe as it is.
 */
public final class Backoff {

    /** The longest {@code Retry-After} honoured by default. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofHours(1);

    private final long baseMillis;
    private final long capMillis;
    private final long maxRetryAfterMillis;
    private final RandomGenerator random;

    /** A backoff honouring {@code Retry-After} up to {@link #DEFAULT_MAX_RETRY_AFTER}. */
    public Backoff(final Duration base, final Duration cap, final RandomGenerator random) {
        this(base, cap, DEFAULT_MAX_RETRY_AFTER, random);
    }

    /**
     * @param base          the delay without failures and the start of the doubling; positive
     * @param cap           the largest delay the doubling reaches; at least {@code base}
     * @param maxRetryAfter the largest {@code Retry-After} honoured
     * @param random        the source of jitter (seeded in tests)
     */
    public Backoff(final Duration base, final Duration cap, final Duration maxRetryAfter,
            final RandomGenerator random) {
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
        this.maxRetryAfterMillis = maxRetryAfter.toMillis();
        this.random = Objects.requireNonNull(random, "random");
        if (baseMillis <= 0 || capMillis < baseMillis || maxRetryAfterMillis < 0) {
            throw new IllegalArgumentException(
                    "need 0 < base <= cap and maxRetryAfter >= 0: " + base + ", " + cap + ", " + maxRetryAfter);
        }
    }

    /** The delay after {@code failures} consecutive failures, without a server's word. */
    public Duration delay(final int failures) {
        return delay(failures, Optional.empty());
    }

    /**
     * The delay after {@code failures} consecutive failures (0 after a success), never shorter than the capped
     * {@code retryAfter}.
     */
    public Duration delay(final int failures, final Optional<Duration> retryAfter) {
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative: " + failures);
        }
        final long ceiling = ceiling(failures);
        final long jittered = failures == 0 ? ceiling : random.nextLong(ceiling / 2, ceiling + 1);
        final long floor = retryAfter.map(d -> Math.min(millis(d), maxRetryAfterMillis)).orElse(0L);
        return Duration.ofMillis(Math.max(jittered, floor));
    }

    /** {@code min(cap, base·2ⁿ)} without overflowing. */
    private long ceiling(final int failures) {
        if (failures >= Long.SIZE - 1 || baseMillis > capMillis >> failures) {
            return capMillis;
        }
        return Math.min(capMillis, baseMillis << failures);
    }

    private static long millis(final Duration duration) {
        if (duration.isNegative()) {
            return 0;
        }
        try {
            return duration.toMillis();
        } catch (final ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
