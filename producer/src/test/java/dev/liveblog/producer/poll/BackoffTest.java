package dev.liveblog.producer.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration CAP = Duration.ofMinutes(5);

    @Test
    void shouldBeTheBaseWithoutFailures() {
        assertEquals(BASE, new Backoff(BASE, CAP, new Random(1)).delay(0));
    }

    @Test
    void shouldGrowWithinTheUpperHalfOfADoublingCeiling() {
        // given a backoff from 1 s capped at 5 min
        final Backoff backoff = new Backoff(BASE, CAP, new Random(42));

        // when it is asked many times for each count of failures, then each delay is in [ceiling/2, ceiling]
        for (int failures = 1; failures <= 12; failures++) {
            final long ceiling = Math.min(CAP.toMillis(), 1000L << failures);
            final Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                final long delay = backoff.delay(failures).toMillis();
                assertTrue(delay >= ceiling / 2 && delay <= ceiling, failures + " failures: " + delay + " ms");
                seen.add(delay);
            }
            assertTrue(seen.size() > 10, "jittered");
        }
    }

    @Test
    void shouldStayAtTheCapHoweverManyFailures() {
        final Backoff backoff = new Backoff(BASE, CAP, new Random(7));
        for (final int failures : new int[] {9, 20, 63, 64, 1000, Integer.MAX_VALUE}) {
            final long delay = backoff.delay(failures).toMillis();
            assertTrue(delay >= CAP.toMillis() / 2 && delay <= CAP.toMillis(), failures + ": " + delay);
        }
    }

    @Test
    void shouldBeDeterministicWithASeededRandom() {
        assertEquals(delays(new Backoff(BASE, CAP, new Random(99))), delays(new Backoff(BASE, CAP, new Random(99))));
        assertNotEquals(delays(new Backoff(BASE, CAP, new Random(99))), delays(new Backoff(BASE, CAP, new Random(5))));
    }

    @Test
    void shouldNeverWaitLessThanRetryAfter() {
        final Backoff backoff = new Backoff(BASE, CAP, new Random(3));

        // a Retry-After longer than the backoff wins, even past the cap
        assertEquals(Duration.ofSeconds(30), backoff.delay(1, Optional.of(Duration.ofSeconds(30))));
        assertEquals(Duration.ofMinutes(20), backoff.delay(1, Optional.of(Duration.ofMinutes(20))));
        // a shorter one changes nothing
        final Duration delay = backoff.delay(3, Optional.of(Duration.ofMillis(10)));
        assertTrue(delay.toMillis() >= 4000 && delay.toMillis() <= 8000, delay.toString());
        // it applies even without failures counted
        assertEquals(Duration.ofSeconds(2), backoff.delay(0, Optional.of(Duration.ofSeconds(2))));
    }

    @Test
    void shouldCapRetryAfter() {
        // an absurd Retry-After is honoured only up to the maximum (1 h by default)
        assertEquals(Duration.ofHours(1), new Backoff(BASE, CAP, new Random(3))
                .delay(1, Optional.of(Duration.ofDays(3))));
        assertEquals(Duration.ofMinutes(10), new Backoff(BASE, CAP, Duration.ofMinutes(10), new Random(3))
                .delay(1, Optional.of(Duration.ofSeconds(Long.MAX_VALUE))));
    }

    @Test
    void shouldRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, CAP, new Random()));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(CAP, BASE, new Random()));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(BASE, CAP, new Random()).delay(-1));
    }

    private static List<Duration> delays(final Backoff backoff) {
        final List<Duration> delays = new ArrayList<>();
        for (int failures = 0; failures < 10; failures++) {
            delays.add(backoff.delay(failures));
        }
        return delays;
    }
}
