package dev.liveblog.producer.poll;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One polite GET of a live-blog page. It asks conditionally (a 304 costs the site next to nothing), accepts gzip
 * (which it undoes itself, as {@link HttpClient} does not), names itself in {@code User-Agent}, follows redirects
 * except from https to http, bounds the whole exchange by the request timeout and the body by a size, and turns
 * every failure into a one-line {@link FetchException} that says whether to back off. Thread-safe: one instance can
 * serve every blog.
 */
public final class HttpFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

    /** The formats a live blog comes in (page, feeds, JSON), anything else still accepted. */
    static final String ACCEPT = "text/html,application/xhtml+xml,application/atom+xml,application/rss+xml,"
            + "application/xml;q=0.9,application/json;q=0.9,*/*;q=0.8";

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(300, "Multiple Choices"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(425, "Too Early"),
            Map.entry(429, "Too Many Requests"), Map.entry(451, "Unavailable For Legal Reasons"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final HttpClient client;
    private final FetchSettings settings;
    private final Clock clock;

    /** A fetcher with its own client, built from the settings by {@link #newClient(FetchSettings)}. */
    public HttpFetcher(final FetchSettings settings, final Clock clock) {
        this(newClient(settings), settings, clock);
    }

    /**
     * A fetcher on a given client, whose own connect timeout and redirect policy then apply.
     *
     * @param clock turns a {@code Retry-After} date into a delay
     */
    public HttpFetcher(final HttpClient client, final FetchSettings settings, final Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The client a fetcher builds for itself: the settings' connect timeout, redirects followed as browsers do. */
    public static HttpClient newClient(final FetchSettings settings) {
        return HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * GETs a page, conditionally on {@code previous}.
     *
     * @param uri      an http or https URL
     * @param previous the validators of the last successful fetch, or null for an unconditional GET
     * @return the new body, or {@link Fetch.Status#NOT_MODIFIED} on a 304
     * @throws FetchException       on any other status, a network failure, a timeout or an unusable body
     * @throws InterruptedException if the thread is interrupted while waiting (the exchange is then cancelled)
     */
    public Fetch fetch(final URI uri, final Validators previous) throws FetchException, InterruptedException {
        final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + uri);
        }
        final long started = System.nanoTime();
        final HttpResponse<byte[]> response = send(uri, request(uri, previous));
        final Fetch fetch = interpret(uri, previous == null ? Validators.NONE : previous, response);
        if (LOG.isDebugEnabled()) {
            LOG.debug("GET {} -> {} ({} bytes in {} ms)", uri, response.statusCode(), fetch.body().length,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        return fetch;
    }

    private HttpRequest request(final URI uri, final Validators previous) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (previous != null && previous.etag() != null) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous != null && previous.lastModified() != null) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        return request.build();
    }

    /** Sends the request and waits for the whole body, the request timeout bounding both together. */
    private HttpResponse<byte[]> send(final URI uri, final HttpRequest request)
            throws FetchException, InterruptedException {
        final CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            final int status = info.statusCode();
            return status >= 200 && status < 300
                    ? new LimitedBodySubscriber(settings.maxBodyBytes(),
                            info.headers().firstValueAsLong("Content-Length").orElse(-1))
                    : HttpResponse.BodySubscribers.replacing(new byte[0]);
        });
        try {
            return future.get(settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (final TimeoutException e) {
            future.cancel(true);
            throw new FetchException(uri, "timed out after " + describe(settings.requestTimeout()), 0, true, null, e);
        } catch (final InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (final ExecutionException e) {
            throw failure(uri, e.getCause() == null ? e : e.getCause());
        }
    }

    private Fetch interpret(final URI uri, final Validators previous, final HttpResponse<byte[]> response)
            throws FetchException {
        final int status = response.statusCode();
        final HttpHeaders headers = response.headers();
        final Validators sent = new Validators(headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null));
        if (status == 304) {
            return new Fetch(Fetch.Status.NOT_MODIFIED, response.uri(), status, null, new byte[0],
                    previous.updatedBy(sent));
        }
        if (status >= 200 && status < 300) {
            final byte[] body;
            try {
                body = ContentDecoding.decode(response.body(), headers.allValues("Content-Encoding"),
                        settings.maxBodyBytes());
            } catch (final IOException e) {
                throw failure(uri, e);
            }
            return new Fetch(Fetch.Status.OK, response.uri(), status,
                    headers.firstValue("Content-Type").orElse(null), body, sent);
        }
        final String reason = REASONS.get(status);
        final StringBuilder problem = new StringBuilder("HTTP ").append(status);
        if (reason != null) {
            problem.append(' ').append(reason);
        }
        if (status >= 300 && status < 400) {
            problem.append(" (redirect not followed)");
        }
        if (!response.uri().equals(uri)) {
            problem.append(" at ").append(response.uri());
        }
        throw new FetchException(uri, problem.toString(), status, FetchException.retryableStatus(status),
                RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant()).orElse(null),
                null);
    }

    /** The one-line failure for an exception the client or the decoding raised. */
    private FetchException failure(final URI uri, final Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LimitedBodySubscriber.TooLargeException
                    || t instanceof ContentDecoding.UnsupportedEncodingException) {
                return new FetchException(uri, t.getMessage(), 0, false, null, error);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchException(uri, "cannot connect (timed out after "
                        + describe(settings.connectTimeout()) + ")", 0, true, null, error);
            }
            if (t instanceof HttpTimeoutException) {
                return new FetchException(uri, "timed out after " + describe(settings.requestTimeout()), 0, true,
                        null, error);
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new FetchException(uri, "cannot connect (unknown host " + uri.getHost() + ")", 0, true,
                        null, error);
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                // the JDK's client says nothing more when a port refuses: a ConnectException over a closed channel
                final String why = hasMessage(t) ? innermostMessage(t) : "connection refused or closed";
                return new FetchException(uri, "cannot connect (" + why + ")", 0, true, null, error);
            }
            if (t instanceof SSLException) {
                return new FetchException(uri, "TLS failure (" + innermostMessage(t) + ")", 0, true, null, error);
            }
        }
        if (error instanceof IOException) {
            return new FetchException(uri, "I/O error (" + innermostMessage(error) + ")", 0, true, null, error);
        }
        return new FetchException(uri, "failed (" + innermostMessage(error) + ")", 0, false, null, error);
    }

    private static boolean hasMessage(final Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The message of the deepest cause that has one, usually the most specific ("Connection refused"). */
    private static String innermostMessage(final Throwable error) {
        String message = null;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message != null ? message : error.getClass().getSimpleName();
    }

    /** "10 s" for whole seconds, else "250 ms". */
    static String describe(final Duration duration) {
        final long millis = duration.toMillis();
        return millis % 1000 == 0
                ? String.format(Locale.ROOT, "%d s", millis / 1000)
                : String.format(Locale.ROOT, "%d ms", millis);
    }
}
