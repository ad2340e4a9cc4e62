package dev.liveblog.producer.poll;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link HttpFetcher} talks to a source.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param requestTimeout how long one whole exchange may take, from sending to the last body byte
 * @param userAgent      the {@code User-Agent} sent, naming the project and a way to reach it, as sites ask of bots
 * @param maxBodyBytes   the largest body accepted, counted after decompression so a small gzip bomb cannot pass
 */
public record FetchSettings(Duration connectTimeout, Duration requestTimeout, String userAgent, long maxBodyBytes) {

    /** Settings that suit a live-blog page: 10 s to connect, 30 s per request, at most 10 MiB of body. */
    public static FetchSettings defaults(final String userAgent) {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), userAgent, 10L * 1024 * 1024);
    }

    public FetchSettings {
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
    }

    private static void positive(final Duration duration, final String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
