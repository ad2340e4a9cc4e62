package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.liveblog.common.ops.Health;
import dev.liveblog.common.ops.OpsServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The docker-compose file: valid for docker-compose itself, and wired the way the README says. */
class ComposeFileTest {

    static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");
    /** The broker image of the compose file; the container end-to-end test runs against the same one. */
    static final String KAFKA_IMAGE = kafkaImage();

    @Test
    void shouldBeAcceptedByDockerCompose() throws Exception {
        // given docker-compose on the PATH (.ci/run installs it; validating needs no engine)
        assumeTrue(TestTools.onPath("docker-compose"), "docker-compose is not installed");

        // when it validates the file
        final Process process = new ProcessBuilder("docker-compose", "-f", COMPOSE_FILE.toString(), "config", "-q")
                .redirectErrorStream(true).start();
        final boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        // then it finds nothing wrong
        assertTrue(finished, "docker-compose config did not finish");
        assertEquals(0, process.exitValue(), output);
    }

    @Test
    void shouldRunTheBrokerTopicInitAndTheThreeComponents() throws Exception {
        // given the compose file
        final JsonNode services = compose().get("services");

        // then the broker is Apache Kafka in KRaft mode, and every component runs the project's image
        assertTrue(services.get("kafka").get("image").asText().startsWith("apache/kafka:"));
        assertEquals("broker,controller", services.get("kafka").get("environment").get("KAFKA_PROCESS_ROLES").asText());
        for (final String service : List.of("topics", "processor", "consumer", "producer")) {
            final JsonNode node = services.get(service);
            assertEquals("liveblog-pipeline:0.1.0", node.get("image").asText(), service);
            assertEquals("kafka:9092",
                    node.get("environment").get("LIVEBLOG_KAFKA_BOOTSTRAP_SERVERS").asText(), service);
        }
        assertEquals("create-topics", services.get("topics").get("command").get(0).asText());
        assertEquals("process", services.get("processor").get("command").get(0).asText());
        assertEquals("consume", services.get("consumer").get("command").get(0).asText());
        assertEquals("produce", services.get("producer").get("command").get(0).asText());
    }

    @Test
    void shouldCheckTheReadinessOfProcessorAndConsumerOverHttp() throws Exception {
        final JsonNode services = compose().get("services");
        for (final String service : List.of("processor", "consumer")) {
            // given the service serves HTTP on 8080, and its healthcheck's command, pointed at a real server
            final JsonNode node = services.get(service);
            assertEquals("8080", node.get("environment").get("LIVEBLOG_HTTP_PORT").asText(), service);
            final JsonNode test = node.get("healthcheck").get("test");
            assertEquals(List.of("CMD", "bash", "-c"), List.of(test.get(0).asText(), test.get(1).asText(),
                    test.get(2).asText()), service);
            final AtomicBoolean ready = new AtomicBoolean();
            try (OpsServer server = OpsServer.start(0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                    () -> Health.up(Map.of()), () -> new Health(ready.get(), Map.of()))) {
                final String command = test.get(3).asText().replace("/8080", "/" + server.port());

                // then it fails while the component is not ready and passes once it is
                assertEquals(1, bash(command), service);
                ready.set(true);
                assertEquals(0, bash(command), service);
            }
        }
    }

    @Test
    void shouldScrapeBothComponentsInTheMonitoringProfile() throws Exception {
        // given the monitoring profile's Prometheus and its configuration
        final JsonNode prometheus = compose().get("services").get("prometheus");
        assertEquals("monitoring", prometheus.get("profiles").get(0).asText());
        final JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(
                Files.readString(Path.of("..", "monitoring", "prometheus.yml")));

        // then it scrapes the processor and the consumer on the port they serve
        final JsonNode job = config.get("scrape_configs").get(0);
        assertEquals("/metrics", job.get("metrics_path").asText());
        assertEquals(List.of("processor:8080", "consumer:8080"),
                List.of(job.get("static_configs").get(0).get("targets").get(0).asText(),
                        job.get("static_configs").get(0).get("targets").get(1).asText()));
        assumeTrue(TestTools.onPath("docker-compose"), "docker-compose is not installed");
        final Process process = new ProcessBuilder("docker-compose", "-f", COMPOSE_FILE.toString(), "--profile",
                "monitoring", "config", "-q").redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        assertEquals(0, process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    private static int bash(final String command) throws Exception {
        final Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the healthcheck did not finish: " + command);
        return process.exitValue();
    }

    private static JsonNode compose() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(COMPOSE_FILE));
    }

    private static String kafkaImage() {
        try {
            return compose().get("services").get("kafka").get("image").asText();
        } catch (final Exception e) {
            throw new IllegalStateException("cannot read " + COMPOSE_FILE, e);
        }
    }
}
