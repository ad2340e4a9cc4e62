package dev.liveblog.producer.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HostRateLimiterTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final HostRateLimiter limiter = new HostRateLimiter(SECOND, clock);

    @Test
    void shouldMakeTheSameHostWaitTheRestOfTheInterval() {
        // given a request to a host just reserved
        assertEquals(Duration.ZERO, limiter.reserve(URI.create("https://news.example/live/1")));

        // when another blog on the same host (other case, other port) is reserved 300 ms later
        clock.advance(Duration.ofMillis(300));
        final Duration wait = limiter.reserve(URI.create("https://NEWS.example:8443/live/2"));

        // then it waits the remaining 700 ms, and a third queues behind it
        assertEquals(Duration.ofMillis(700), wait);
        assertEquals(Duration.ofMillis(1700), limiter.reserve(URI.create("https://news.example/live/3")));
    }

    @Test
    void shouldNotMakeAnotherHostWait() {
        limiter.reserve(URI.create("https://news.example/live"));
        assertEquals(Duration.ZERO, limiter.reserve(URI.create("https://other.example/live")));
    }

    @Test
    void shouldNotWaitOnceTheIntervalHasPassed() {
        limiter.reserve(URI.create("https://news.example/live"));
        clock.advance(Duration.ofMillis(1500));
        assertEquals(Duration.ZERO, limiter.delayBefore(URI.create("https://news.example/live")));
        assertEquals(Duration.ZERO, limiter.reserve(URI.create("https://news.example/live")));
    }

    @Test
    void shouldPeekWithoutReserving() {
        limiter.reserve(URI.create("https://news.example/live"));
        clock.advance(Duration.ofMillis(400));
        assertEquals(Duration.ofMillis(600), limiter.delayBefore(URI.create("https://news.example/other")));
        assertEquals(Duration.ofMillis(600), limiter.delayBefore(URI.create("https://news.example/other")));
        assertEquals(Duration.ofMillis(600), limiter.reserve(URI.create("https://news.example/other")));
    }

    @Test
    void shouldForgetHostsWhoseSlotHasPassed() {
        // given many hosts each reserved once
        for (int i = 0; i < 1000; i++) {
            limiter.reserve(URI.create("https://host" + i + ".example/live"));
        }

        // when time passes and one more host comes
        clock.advance(Duration.ofSeconds(2));
        for (int i = 0; i < 300; i++) {
            limiter.reserve(URI.create("https://later" + i + ".example/live"));
        }

        // then the old ones are forgotten
        assertTrue(limiter.hostsRemembered() <= 300, "remembered " + limiter.hostsRemembered());
    }

    @Test
    void shouldGiveEachConcurrentCallerItsOwnSlot() throws Exception {
        // given eight threads reserving for one host at the same instant
        final ExecutorService pool = Executors.newFixedThreadPool(8);
        final List<Future<Duration>> waits = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                waits.add(pool.submit(() -> limiter.reserve(URI.create("https://news.example/live"))));
            }
            // then the waits are 0, 1, …, 7 s, each once
            final List<Long> seconds = new ArrayList<>();
            for (final Future<Duration> wait : waits) {
                seconds.add(wait.get().toSeconds());
            }
            seconds.sort(null);
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNotLimitWithAZeroInterval() {
        final HostRateLimiter off = new HostRateLimiter(Duration.ZERO, clock);
        off.reserve(URI.create("https://news.example/live"));
        assertEquals(Duration.ZERO, off.reserve(URI.create("https://news.example/live")));
    }

    @Test
    void shouldHoldEveryPageOfAHostBackForItsRetryAfter() {
        // given a host that asked, on one page, to be left alone for a minute
        limiter.defer(URI.create("https://news.example/live/1"), Duration.ofMinutes(1));

        // then another page of it waits that minute, another host does not, and a shorter wait changes nothing
        limiter.defer(URI.create("https://news.example/live/1"), Duration.ofSeconds(5));
        assertEquals(Duration.ofMinutes(1), limiter.reserve(URI.create("https://news.example/live/2")));
        assertEquals(Duration.ZERO, limiter.reserve(URI.create("https://other.example/live")));
    }
}
