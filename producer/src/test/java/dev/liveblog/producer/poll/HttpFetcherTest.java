package dev.liveblog.producer.poll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    private static final String AGENT = "liveblog-producer/test (+https://example.org/liveblog)";
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final FetchSettings SETTINGS =
            new FetchSettings(Duration.ofSeconds(2), Duration.ofMillis(500), AGENT, 4096);

    private final Map<String, Headers> received = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpFetcher fetcher = new HttpFetcher(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
    private ExecutorService executor;
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        executor = Executors.newCachedThreadPool(r -> {
            final Thread thread = new Thread(r, "test-http-server");
            thread.setDaemon(true);
            return thread;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void shouldSendValidatorsAndReportNotModifiedOn304() throws Exception {
        // given a page with an ETag and a Last-Modified, answering 304 when both come back
        final String etag = "W/\"v1\"";
        final String lastModified = "Sat, 01 Mar 2025 11:59:00 GMT";
        handle("/live", exchange -> {
            final Headers request = exchange.getRequestHeaders();
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", lastModified);
            if (etag.equals(request.getFirst("If-None-Match"))
                    && lastModified.equals(request.getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
            } else {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                send(exchange, 200, "<p>hello</p>".getBytes(StandardCharsets.UTF_8));
            }
        });

        // when it is fetched once without validators, then with the ones it gave
        final Fetch first = fetcher.fetch(url("/live"), null);
        final Headers firstHeaders = received.get("/live");
        final Fetch second = fetcher.fetch(url("/live"), first.validators());

        // then the first is a body with validators, the second a 304 that keeps them
        assertEquals(Fetch.Status.OK, first.status());
        assertTrue(first.modified());
        assertEquals(200, first.statusCode());
        assertEquals("text/html; charset=utf-8", first.contentType());
        assertEquals("<p>hello</p>", new String(first.body(), StandardCharsets.UTF_8));
        assertEquals(new Validators(etag, lastModified), first.validators());
        assertNull(firstHeaders.getFirst("If-None-Match"));
        assertEquals(Fetch.Status.NOT_MODIFIED, second.status());
        assertFalse(second.modified());
        assertEquals(304, second.statusCode());
        assertEquals(0, second.body().length);
        assertEquals(first.validators(), second.validators());
        assertEquals(etag, received.get("/live").getFirst("If-None-Match"));
        assertEquals(lastModified, received.get("/live").getFirst("If-Modified-Since"));
    }

    @Test
    void shouldKeepPreviousValidatorsWhenA304SendsNone() throws Exception {
        // given a server that answers 304 without repeating its validators
        handle("/live", exchange -> {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
        });
        final Validators previous = new Validators("\"abc\"", null);

        // when it is fetched conditionally
        final Fetch fetch = fetcher.fetch(url("/live"), previous);

        // then the previous validators stay for next time, and only the ETag was sent
        assertEquals(previous, fetch.validators());
        assertNull(received.get("/live").getFirst("If-Modified-Since"));
    }

    @Test
    void shouldDecodeGzipAndNameItself() throws Exception {
        // given a page sent gzip-encoded when asked for it
        final String page = "<html>" + "live update ".repeat(200) + "</html>";
        handle("/live", exchange -> {
            final String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accepted != null && accepted.contains("gzip")) {
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                send(exchange, 200, gzip(page.getBytes(StandardCharsets.UTF_8)));
            } else {
                send(exchange, 200, page.getBytes(StandardCharsets.UTF_8));
            }
        });

        // when it is fetched
        final Fetch fetch = fetcher.fetch(url("/live"), Validators.NONE);

        // then the body is the page itself, and the server saw who asked
        assertEquals(page, new String(fetch.body(), StandardCharsets.UTF_8));
        assertEquals(AGENT, received.get("/live").getFirst("User-Agent"));
        assertTrue(received.get("/live").getFirst("Accept-Encoding").contains("gzip"));
    }

    @Test
    void shouldDecodeDeflate() throws Exception {
        // given a page sent deflate-encoded (zlib, as the standard says)
        final byte[] page = "deflated update".getBytes(StandardCharsets.UTF_8);
        handle("/live", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "deflate");
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
                deflater.write(page);
            }
            send(exchange, 200, out.toByteArray());
        });

        // when it is fetched, then the body is the page
        assertArrayEquals(page, fetcher.fetch(url("/live"), null).body());
    }

    @Test
    void shouldFailWithoutRetryOn404() {
        // given a page that is not there
        handle("/gone", exchange -> send(exchange, 404, "no".getBytes(StandardCharsets.UTF_8)));

        // when it is fetched
        final FetchException error = assertThrows(FetchException.class, () -> fetcher.fetch(url("/gone"), null));

        // then the message names URL and status, and there is nothing to back off for
        assertEquals(url("/gone") + ": HTTP 404 Not Found", error.getMessage());
        assertEquals(404, error.statusCode());
        assertFalse(error.retryable());
        assertEquals(Optional.empty(), error.retryAfter());
    }

    @Test
    void shouldRetryAfterSecondsOn503() {
        // given an overloaded server asking for 2 s
        handle("/live", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "2");
            send(exchange, 503, new byte[0]);
        });

        // when it is fetched
        final FetchException error = assertThrows(FetchException.class, () -> fetcher.fetch(url("/live"), null));

        // then the failure is retryable after 2 s
        assertEquals(url("/live") + ": HTTP 503 Service Unavailable", error.getMessage());
        assertTrue(error.retryable());
        assertEquals(Optional.of(Duration.ofSeconds(2)), error.retryAfter());
    }

    @Test
    void shouldRetryAfterHttpDateOn429() {
        // given a rate limit until 90 s after the test clock's now
        final String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atOffset(ZoneOffset.UTC));
        handle("/live", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", date);
            send(exchange, 429, new byte[0]);
        });

        // when it is fetched
        final FetchException error = assertThrows(FetchException.class, () -> fetcher.fetch(url("/live"), null));

        // then the delay is counted from the clock
        assertTrue(error.retryable());
        assertEquals(Optional.of(Duration.ofSeconds(90)), error.retryAfter());
        assertTrue(error.getMessage().endsWith(": HTTP 429 Too Many Requests"), error.getMessage());
    }

    @Test
    void shouldFailClearlyWhenNothingListens() throws Exception {
        // given a port nothing listens on
        final int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        final URI closed = URI.create("http://127.0.0.1:" + port + "/live");

        // when it is fetched
        final FetchException error = assertThrows(FetchException.class, () -> fetcher.fetch(closed, null));

        // then it is retryable and says it could not connect
        assertTrue(error.retryable());
        assertEquals(0, error.statusCode());
        assertTrue(error.getMessage().startsWith(closed + ": cannot connect ("), error.getMessage());
        assertTrue(error.getMessage().toLowerCase(java.util.Locale.ROOT).contains("refused"), error.getMessage());
    }

    @Test
    void shouldTimeOutASlowServer() {
        // given a server that answers only after the request timeout
        handle("/slow", exchange -> {
            await(release);
            send(exchange, 200, new byte[0]);
        });

        // when it is fetched
        final long started = System.nanoTime();
        final FetchException error = assertThrows(FetchException.class, () -> fetcher.fetch(url("/slow"), null));

        // then it times out after the 500 ms, retryably
        assertEquals(url("/slow") + ": timed out after 500 ms", error.getMessage());
        assertTrue(error.retryable());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void shouldTimeOutABodyThatStalls() {
        // given a server that sends headers at once but stalls in the body
        handle("/stall", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("partial".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            await(release);
            exchange.close();
        });

        // when it is fetched, then the whole exchange is bounded by the request timeout
        final FetchException error = assertThrows(FetchException.class, () -> fetcher.fetch(url("/stall"), null));
        assertEquals(url("/stall") + ": timed out after 500 ms", error.getMessage());
    }

    @Test
    void shouldRefuseABodyOverTheLimit() {
        // given bodies over the 4096-byte limit: declared, chunked, and gzip that only grows when decoded
        handle("/declared", exchange -> send(exchange, 200, new byte[5000]));
        handle("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    out.write(new byte[1000]);
                    out.flush();
                }
            } catch (final IOException e) {
                // the client hung up, as it should
            }
        });
        handle("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            send(exchange, 200, gzip(new byte[100_000]));
        });

        // when each is fetched, then each fails, not retryably, naming the limit
        for (final String path : new String[] {"/declared", "/chunked", "/bomb"}) {
            final FetchException error = assertThrows(FetchException.class, () -> fetcher.fetch(url(path), null));
            assertEquals(url(path) + ": body larger than 4096 bytes", error.getMessage());
            assertFalse(error.retryable());
        }
    }

    @Test
    void shouldFollowARedirectAndReportTheFinalUri() throws Exception {
        // given a page that moved
        handle("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/new");
            send(exchange, 301, new byte[0]);
        });
        handle("/new", exchange -> send(exchange, 200, "moved here".getBytes(StandardCharsets.UTF_8)));

        // when the old URL is fetched
        final Fetch fetch = fetcher.fetch(url("/old"), null);

        // then the page is the new one, at its new URL, asked for by the same agent
        assertEquals(url("/new"), fetch.uri());
        assertEquals("moved here", new String(fetch.body(), StandardCharsets.UTF_8));
        assertEquals(AGENT, received.get("/new").getFirst("User-Agent"));
    }

    @Test
    void shouldRefuseAnEncodingItCannotRead() {
        // given a server that answers in Brotli although it was not offered
        handle("/br", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "br");
            send(exchange, 200, new byte[] {1, 2, 3});
        });

        // when it is fetched, then the failure says so
        final FetchException error = assertThrows(FetchException.class, () -> fetcher.fetch(url("/br"), null));
        assertEquals(url("/br") + ": unsupported Content-Encoding br", error.getMessage());
    }

    @Test
    void shouldRefuseANonHttpUrl() {
        assertThrows(IllegalArgumentException.class, () -> fetcher.fetch(URI.create("file:///etc/hosts"), null));
    }

    private void handle(final String path, final HttpHandler handler) {
        server.createContext(path, exchange -> {
            received.put(exchange.getRequestURI().getPath(), exchange.getRequestHeaders());
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
    }

    private URI url(final String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void send(final HttpExchange exchange, final int status, final byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (final IOException e) {
            // the client may hang up on purpose (size limit); nothing to do
        }
    }

    private static byte[] gzip(final byte[] bytes) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void await(final CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
