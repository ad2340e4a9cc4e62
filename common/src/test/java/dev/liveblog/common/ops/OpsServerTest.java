package dev.liveblog.common.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicBoolean ready = new AtomicBoolean();
    private final HttpClient http = HttpClient.newHttpClient();
    private OpsServer server;

    @BeforeEach
    void start() {
        server = OpsServer.start(0, registry, () -> Health.up(Map.of("state", "RUNNING")),
                () -> new Health(ready.get(), Map.of("state", ready.get() ? "RUNNING" : "REBALANCING")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldServeTheRegistryInPrometheusTextFormat() throws Exception {
        Counter.builder("liveblog.entries").tag("outcome", "news").register(registry).increment(3);

        final HttpResponse<String> response = get("/metrics");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        assertTrue(response.body().contains("liveblog_entries_total{outcome=\"news\"} 3.0"), response.body());
    }

    @Test
    void shouldAnswerReadinessWith503AndItsReasonUntilReady() throws Exception {
        final HttpResponse<String> notReady = get("/health/ready");
        assertEquals(503, notReady.statusCode());
        final JsonNode body = new ObjectMapper().readTree(notReady.body());
        assertEquals("DOWN", body.get("status").asText());
        assertEquals("REBALANCING", body.get("state").asText());

        ready.set(true);
        final HttpResponse<String> nowReady = get("/health/ready");
        assertEquals(200, nowReady.statusCode());
        assertEquals("UP", new ObjectMapper().readTree(nowReady.body()).get("status").asText());
        assertEquals(200, get("/health/live").statusCode());
    }

    @Test
    void shouldAnswerDownWhenACheckThrows() throws Exception {
        server.close();
        server = OpsServer.start(0, registry, () -> {
            throw new IllegalStateException("closed");
        }, () -> Health.up(Map.of()));

        final HttpResponse<String> response = get("/health/live");

        assertEquals(503, response.statusCode());
        assertTrue(response.body().contains("closed"));
    }

    @Test
    void shouldNameTheEndpointsForAnUnknownPath() throws Exception {
        final HttpResponse<String> response = get("/healthz");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("/health/ready"));
    }

    private HttpResponse<String> get(final String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
