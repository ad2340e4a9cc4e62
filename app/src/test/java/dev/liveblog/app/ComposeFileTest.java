package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
