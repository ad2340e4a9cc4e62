package dev.liveblog.producer.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.producer.source.SourceOptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The poll loop's schedule, with polls that answer from the test: no HTTP, no Kafka. */
class PollingProducerTest {

    private final Clock clock = Clock.systemUTC();
    private final List<String> polled = Collections.synchronizedList(new ArrayList<>());

    @Test
    @Timeout(20)
    void shouldNotLetOneHostsRetryAfterHoldBackTheBlogsOfOtherHosts() throws Exception {
        // given a blog whose server asks to be left alone for an hour, and a blog on another host
        final PolledBlog busy = blog("busy", "https://busy.example/live");
        final PolledBlog other = blog("other", "https://other.example/live");
        final PollingProducer[] producer = new PollingProducer[1];
        producer[0] = new PollingProducer(List.of(busy, other), blog -> {
            polled.add(blog.blogId());
            if (blog == busy) {
                throw new FetchException(blog.url(), "HTTP 503 Service Unavailable", 503, true,
                        Duration.ofHours(1), null);
            }
            if (polled.stream().filter("other"::equals).count() == 3) {
                producer[0].stop();
            }
            return new PollResult(PollResult.Outcome.UNCHANGED, 0, 0, null);
        }, Duration.ofMillis(50), new Backoff(Duration.ofMillis(50), Duration.ofSeconds(1), new SplittableRandom(1)),
                new HostRateLimiter(Duration.ZERO, clock), new SimpleMeterRegistry(), clock);

        // when it polls until the other blog was polled three times
        final PollingProducer.Summary summary = producer[0].run(0);

        // then the other blog went on at its interval while the busy one waited its hour
        assertEquals(List.of("busy", "other", "other", "other"), polled);
        assertEquals(1, summary.failed());
    }

    @Test
    void shouldHoldAHostBackAnHourAtMostWhateverItAsks() {
        final MutableClock fake = new MutableClock(java.time.Instant.parse("2031-01-01T00:00:00Z"));
        final HostRateLimiter hosts = new HostRateLimiter(Duration.ZERO, fake);

        hosts.defer(URI.create("https://x.example/a"), Duration.ofSeconds(Long.MAX_VALUE));

        assertEquals(Duration.ofHours(1), hosts.delayBefore(URI.create("https://x.example/b")));
        assertTrue(hosts.delayBefore(URI.create("https://y.example/b")).isZero());
    }

    private static PolledBlog blog(final String id, final String url) {
        return new PolledBlog(id, URI.create(url), null, SourceOptions.detect(), null, null);
    }
}
