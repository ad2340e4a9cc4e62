package dev.liveblog.common.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face a long-running component shows to operators and orchestrators: {@code GET /metrics} in the
 * Prometheus text format, {@code GET /health/live} and {@code GET /health/ready} answering 200 or 503 with a small
 * JSON body. The JDK's own server is enough for three read-only endpoints scraped every few seconds.
 *
 * <p>Liveness and readiness mean what Kubernetes, Quarkus and Spring mean by them: not live, restart me; not ready,
 * send me no work (and do not count me as serving) until I am.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private OpsServer(final HttpServer server, final ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Serves the endpoints on {@code port} (0: any free port) of every interface: a container's port is reached
     * from outside it.
     */
    public static OpsServer start(final int port, final PrometheusMeterRegistry registry, final HealthCheck live,
                                  final HealthCheck ready) {
        final HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 16);
        } catch (final BindException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "cannot serve HTTP on port " + port
                    + " (liveblog.http.port / --http-port): the port is in use");
        } catch (final IOException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "cannot serve HTTP on port " + port + ": " + e.getMessage());
        }
        server.createContext("/metrics", exchange -> answer(exchange, 200, PROMETHEUS_TEXT, registry.scrape()));
        server.createContext("/health/live", exchange -> health(exchange, live));
        server.createContext("/health/ready", exchange -> health(exchange, ready));
        server.createContext("/", exchange -> answer(exchange, 404, "text/plain; charset=utf-8",
                "not found; try /metrics, /health/live or /health/ready\n"));
        // One thread: scrapes and probes are rare and cheap, and a daemon so that it never keeps the JVM alive.
        final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "liveblog-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        LOG.info("Serving /metrics, /health/live and /health/ready on port {}", server.getAddress().getPort());
        return new OpsServer(server, executor);
    }

    /** The port served, useful when started on port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void health(final HttpExchange exchange, final HealthCheck check) throws IOException {
        Health health;
        try {
            health = check.check();
        } catch (final RuntimeException e) {
            health = Health.down(Map.of("error", String.valueOf(e.getMessage())));
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", health.up() ? "UP" : "DOWN");
        body.putAll(new TreeMap<>(health.details()));
        answer(exchange, health.up() ? 200 : 503, "application/json", JSON.writeValueAsString(body) + "\n");
    }

    private static void answer(final HttpExchange exchange, final int status, final String type, final String body)
            throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            final boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
