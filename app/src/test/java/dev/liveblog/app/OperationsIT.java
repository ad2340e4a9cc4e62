package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.app.crash.Component;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees, from the packaged commands in processes of their own: the processor's and the consumer's
 * {@code /metrics} count the sample's entries by what became of them, {@code /health/ready} answers 200, stops
 * answering 200 within 60 s of the broker going away while {@code /health/live} stays 200, and answers 200 again once
 * the broker is back.
 */
class OperationsIT {

    private static final Duration READINESS_BOUND = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void shouldShowCountersAndHealthAndFollowTheBrokerGoingAndComingBack(@TempDir final Path dir) throws Exception {
        final int kafkaPort = freePort();
        final int processorPort = freePort();
        final int consumerPort = freePort();
        final String bootstrap = "localhost:" + kafkaPort;
        final Path data = dir.resolve("kafka");
        final Path output = dir.resolve("canonical.jsonl");
        try (Component broker = new Component("broker", dir, "broker", "--port", Integer.toString(kafkaPort),
                "--data-dir", data.toString()).start();
             Component processor = new Component("processor", dir, "process", "--bootstrap-servers", bootstrap,
                     "--http-port", Integer.toString(processorPort), "--state-dir", dir.resolve("state").toString());
             Component consumer = new Component("consumer", dir, "consume", "--bootstrap-servers", bootstrap,
                     "--http-port", Integer.toString(consumerPort), "--output", output.toString())) {
            awaitLog(broker, "ready at", Duration.ofSeconds(60));
            processor.start();
            consumer.start();
            awaitStatus(processorPort, "/health/ready", 200, Duration.ofSeconds(60), processor);
            awaitStatus(consumerPort, "/health/ready", 200, Duration.ofSeconds(60), consumer);

            // when the sample is produced
            final Cli.Result produced = Cli.run("produce", "--bootstrap-servers", bootstrap, "--input",
                    GoldFile.SAMPLE_TEXT.toString());
            assertEquals(0, produced.exitCode(), produced.stderr());

            // then the processor counts its 48 entries: 39 news, 8 furniture, 1 duplicate, and 39 new items
            await(() -> entries(scrape(processorPort), Map.of()) >= 48, Duration.ofSeconds(60),
                    "48 entries counted; see " + processor.log());
            final String metrics = scrape(processorPort);
            assertEquals(48.0, entries(metrics, Map.of()));
            assertEquals(39.0, entries(metrics, Map.of("outcome", "news")));
            assertEquals(8.0, entries(metrics, Map.of("outcome", "furniture")));
            assertEquals(1.0, entries(metrics, Map.of("outcome", "duplicate")));
            await(() -> PrometheusText.sum(scrape(processorPort), "liveblog_items_total", Map.of("change", "new"))
                    >= 39, Duration.ofSeconds(60), "39 new items");
            final String items = scrape(processorPort);
            assertEquals(39.0, PrometheusText.sum(items, "liveblog_items_total", Map.of("change", "new")));
            assertEquals(0.0, PrometheusText.sum(items, "liveblog_dead_letters_total", Map.of()));
            assertTrue(PrometheusText.sum(items, "liveblog_store_keys", Map.of("store", "dedup-items")) >= 39);
            // the sample's one blog indexed in memory: about 0.8 KB per item
            final double indexBytes = PrometheusText.sum(items, "liveblog_dedup_index_bytes", Map.of());
            assertTrue(indexBytes > 39 * 360 && indexBytes < 39 * 5_000, "index bytes " + indexBytes);
            assertTrue(PrometheusText.sum(items, "liveblog_dedup_index_builds_total", Map.of()) >= 1);
            assertTrue(PrometheusText.sum(items, "kafka_stream_thread_process_total", Map.of()) >= 48,
                    "Kafka Streams' own metrics are bound");
            assertTrue(PrometheusText.sum(items, "liveblog_end_to_end_seconds_count", Map.of("stage", "processed"))
                    >= 39, "every item version timed");

            // and the consumer writes every event and catches up
            await(() -> {
                final double events = PrometheusText.sum(scrape(processorPort), "liveblog_items_total", Map.of());
                final String written = scrape(consumerPort);
                return PrometheusText.sum(written, "liveblog_records_written_total", Map.of()) >= events
                        && written.contains("liveblog_consumer_lag{")
                        && PrometheusText.sum(written, "liveblog_consumer_lag", Map.of()) == 0.0;
            }, Duration.ofSeconds(60), "every event written and no lag; see " + consumer.log());
            assertTrue(scrape(consumerPort).contains("kafka_consumer_fetch_manager_records_consumed_total"),
                    "the consumer's client metrics are bound");
            assertEquals(200, status(processorPort, "/health/ready"));

            // when a polling producer polls a changing page, it counts its polls and updates, and stops on SIGTERM
            pollAndStop(dir, bootstrap);

            // when the broker stops, readiness goes within the bound while liveness stays
            broker.stop();
            final long stopped = System.nanoTime();
            awaitStatus(processorPort, "/health/ready", 503, READINESS_BOUND, processor);
            final Duration processorDown = Duration.ofNanos(System.nanoTime() - stopped);
            awaitStatus(consumerPort, "/health/ready", 503, READINESS_BOUND, consumer);
            final Duration consumerDown = Duration.ofNanos(System.nanoTime() - stopped);
            assertEquals(200, status(processorPort, "/health/live"));
            assertEquals(200, status(consumerPort, "/health/live"));

            // and when it is back, readiness returns
            broker.start();
            final long restarted = System.nanoTime();
            awaitStatus(processorPort, "/health/ready", 200, READINESS_BOUND, processor);
            awaitStatus(consumerPort, "/health/ready", 200, READINESS_BOUND, consumer);
            System.out.printf(java.util.Locale.ROOT, "Readiness: 503 %d s (processor) and %d s (consumer) after the "
                            + "broker stopped; 200 again %d s after it was started%n", processorDown.toSeconds(),
                    consumerDown.toSeconds(), Duration.ofNanos(System.nanoTime() - restarted).toSeconds());
            assertEquals(Component.SIGTERM_EXIT, processor.stop());
            assertEquals(Component.SIGTERM_EXIT, consumer.stop());
        }
    }

    /** A poller of a page that changes once: its meters, readiness, and a clean stop that leaves its memory. */
    private void pollAndStop(final Path dir, final String bootstrap) throws Exception {
        final int port = freePort();
        final Path state = dir.resolve("poller-state.json");
        try (SnapshotServer page = new SnapshotServer();
             Component poller = new Component("poller", dir, "produce", "--bootstrap-servers", bootstrap, "--url",
                     page.serve("/live", "text/html; charset=utf-8", List.of(
                             "/blackbox-web/azores-storm-bernarda/poll-1.html",
                             "/blackbox-web/azores-storm-bernarda/poll-2.html")),
                     "--interval", "1s", "--http-port", Integer.toString(port), "--state", state.toString())
                     .start()) {
            awaitStatus(port, "/health/ready", 200, Duration.ofSeconds(60), poller);
            await(() -> PrometheusText.sum(scrape(port), "liveblog_polls_total", Map.of("outcome", "sent")) >= 2,
                    Duration.ofSeconds(60), "two polls that sent updates; see " + poller.log());
            final String metrics = scrape(port);
            assertEquals(15.0, PrometheusText.sum(metrics, "liveblog_updates_sent_total", Map.of()),
                    "8 updates, then 4 new and 3 edited of the second snapshot");
            assertEquals(3.0, PrometheusText.sum(metrics, "liveblog_updates_sent_total", Map.of("change", "edited")));
            assertEquals(Component.SIGTERM_EXIT, poller.stop());
            assertTrue(Files.readString(state).contains("#post-105"), "the memory names the updates sent");
        }
    }

    private static double entries(final String metrics, final Map<String, String> labels) {
        return PrometheusText.sum(metrics, "liveblog_entries_total", labels);
    }

    private String scrape(final int port) {
        try {
            return http.send(request(port, "/metrics"), HttpResponse.BodyHandlers.ofString()).body();
        } catch (final IOException e) {
            return "";
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private int status(final int port, final String path) throws InterruptedException {
        try {
            return http.send(request(port, path), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (final IOException e) {
            return -1;
        }
    }

    private static HttpRequest request(final int port, final String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(5))
                .build();
    }

    private void awaitStatus(final int port, final String path, final int expected, final Duration bound,
                             final Component component) throws InterruptedException {
        await(() -> {
            try {
                return status(port, path) == expected;
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, bound, path + " answering " + expected + " within " + bound.toSeconds() + " s; see " + component.log());
    }

    private static void awaitLog(final Component component, final String text, final Duration bound)
            throws InterruptedException {
        await(() -> {
            try {
                return Files.exists(component.log()) && Files.readString(component.log()).contains(text);
            } catch (final IOException e) {
                return false;
            }
        }, bound, "'" + text + "' in " + component.log());
    }

    private static void await(final BooleanSupplier condition, final Duration bound, final String what)
            throws InterruptedException {
        final long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
