package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.ops.Health;
import dev.liveblog.common.ops.OpsServer;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.producer.LiveBlogProducerConfig;
import dev.liveblog.producer.poll.BlogSources;
import dev.liveblog.producer.poll.PolledBlog;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The docker-compose file: valid for docker-compose itself, and wired the way the README says. */
class ComposeFileTest {

    static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");
    /** The secured variant, an override used as {@code -f docker-compose.yml -f docker-compose.secure.yml}. */
    static final Path SECURE_FILE = Path.of("..", "docker-compose.secure.yml");
    /** The three-broker variant, an override used as {@code -f docker-compose.yml -f docker-compose.cluster.yml}. */
    static final Path CLUSTER_FILE = Path.of("..", "docker-compose.cluster.yml");
    /** The broker image of the compose file; the container end-to-end test runs against the same one. */
    static final String KAFKA_IMAGE = kafkaImage();

    @Test
    void shouldBeAcceptedByDockerCompose() throws Exception {
        assertAcceptedByDockerCompose("-f", COMPOSE_FILE.toString());
    }

    @Test
    void shouldAcceptTheSecuredVariantOverTheBaseFile() throws Exception {
        assertAcceptedByDockerCompose("-f", COMPOSE_FILE.toString(), "-f", SECURE_FILE.toString());
    }

    @Test
    void shouldAcceptTheClusterVariantOverTheBaseFile() throws Exception {
        assertAcceptedByDockerCompose("-f", COMPOSE_FILE.toString(), "-f", CLUSTER_FILE.toString());
    }

    @Test
    void shouldRunThreeBrokersOfOneClusterReplicatingToThreeAndTwoProcessorInstances() throws Exception {
        // given the cluster variant as docker-compose merges it over the base file
        final JsonNode services = merged(CLUSTER_FILE).get("services");

        // then three nodes, ids 1 to 3, each a voter of one quorum, formatted with one cluster id
        final List<String> brokers = List.of("kafka", "kafka-2", "kafka-3");
        final java.util.Set<String> clusterIds = new java.util.HashSet<>();
        for (int i = 0; i < brokers.size(); i++) {
            final JsonNode env = services.get(brokers.get(i)).get("environment");
            assertEquals(String.valueOf(i + 1), env.get("KAFKA_NODE_ID").asText(), brokers.get(i));
            assertEquals("1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093", env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")
                    .asText(), brokers.get(i));
            clusterIds.add(env.get("CLUSTER_ID").asText());
            // every topic, Kafka's own included, replicated to three with two in sync
            for (final String key : List.of("KAFKA_DEFAULT_REPLICATION_FACTOR",
                    "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR")) {
                assertEquals("3", env.get(key).asText(), brokers.get(i) + " " + key);
            }
            for (final String key : List.of("KAFKA_MIN_INSYNC_REPLICAS", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")) {
                assertEquals("2", env.get(key).asText(), brokers.get(i) + " " + key);
            }
            assertTrue(env.get("KAFKA_ADVERTISED_LISTENERS").asText().startsWith("PLAINTEXT://" + brokers.get(i)
                    + ":9092,"), brokers.get(i));
        }
        assertEquals(1, clusterIds.size(), "one cluster id: " + clusterIds);
        final List<String> volumes = new ArrayList<>();
        brokers.forEach(b -> volumes.add(volumeSource(services.get(b).get("volumes").get(0))));
        assertEquals(3, new java.util.HashSet<>(volumes).size(), "a data volume per broker: " + volumes);

        // and the topics are made with three replicas; every client knows all three brokers
        assertTrue(services.get("topics").get("command").toString().contains("\"--replication-factor\",\"3\""),
                services.get("topics").get("command").toString());
        for (final String service : List.of("topics", "processor", "processor-2", "consumer", "producer")) {
            assertEquals("kafka:9092,kafka-2:9092,kafka-3:9092", services.get(service).get("environment")
                    .get("LIVEBLOG_KAFKA_BOOTSTRAP_SERVERS").asText(), service);
        }

        // and two processor instances, each with a state volume of its own and a standby of the other's tasks
        final List<String> stateVolumes = new ArrayList<>();
        for (final String processor : List.of("processor", "processor-2")) {
            final JsonNode node = services.get(processor);
            assertEquals("process", node.get("command").get(0).asText(), processor);
            assertEquals("1", node.get("environment").get("LIVEBLOG_KAFKA_NUM_STANDBY_REPLICAS").asText(), processor);
            stateVolumes.add(volumeSource(node.get("volumes").get(0)));
        }
        assertEquals(2, new java.util.HashSet<>(stateVolumes).size(), "state volumes " + stateVolumes);
    }

    @Test
    void shouldSecureTheBrokerAndGiveEachComponentOnlyItsOwnProperties() throws Exception {
        // given the secured variant
        final JsonNode services = read(SECURE_FILE).get("services");

        // then the broker speaks SASL_SSL only, with SCRAM-SHA-512 and the StandardAuthorizer
        final JsonNode kafka = services.get("kafka").get("environment");
        assertEquals("SASL_SSL:SASL_SSL,CONTROLLER:SSL,HOST:SASL_SSL",
                kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").asText());
        assertEquals("SCRAM-SHA-512", kafka.get("KAFKA_SASL_ENABLED_MECHANISMS").asText());
        assertEquals("org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                kafka.get("KAFKA_AUTHORIZER_CLASS_NAME").asText());
        assertEquals("false", kafka.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND").asText());
        final String secrets = services.get("secrets").get("command").get(0).asText();
        assertTrue(secrets.contains("kafka-storage.sh format") && secrets.contains("--add-scram SCRAM-SHA-512"),
                "SCRAM users are seeded when the storage is formatted");
        assertTrue(secrets.contains("keytool -genkeypair"), "certificates are made with keytool");

        // and each component mounts only its own properties and runs with them
        for (final String component : List.of("producer", "processor", "consumer")) {
            final JsonNode node = services.get(component);
            final String volumes = node.get("volumes").toString();
            assertTrue(volumes.contains(component + "-config:"), component + ": " + volumes);
            for (final String other : List.of("admin", "producer", "processor", "consumer")) {
                if (!other.equals(component)) {
                    assertFalse(volumes.contains(other + "-config:"), component + " mounts " + other);
                }
            }
            assertTrue(node.get("command").toString().contains("/etc/liveblog/" + component + "/" + component
                    + ".properties"), component);
        }
    }

    @Test
    void shouldGrantInComposeExactlyTheAclsTheSecuredBrokerGrants() throws Exception {
        // given the acls step of the secured variant, with compose's $$ read as the shell's $
        final List<String> granted = read(SECURE_FILE).get("services").get("acls").get("command").get(0).asText()
                .replace("$$", "$").lines().map(String::strip).filter(l -> l.startsWith("kafka-acls.sh")).toList();

        // then it runs the commands of PipelineAcls, which SecuredPipelineIT proves enough, in the same order
        final List<String> expected = PipelineAcls.grants(
                Topics.from(Settings.of(Map.of())),
                LiveBlogProcessorConfig.DEFAULT_APPLICATION_ID, SecuredPipeline.CONSUMER_GROUP)
                .stream().map(PipelineAcls.Grant::command).toList();
        assertEquals(expected, granted);
    }

    private static void assertAcceptedByDockerCompose(final String... files) throws Exception {
        // given docker-compose on the PATH (.ci/run installs it; validating needs no engine)
        assumeTrue(TestTools.onPath("docker-compose"), "docker-compose is not installed");

        // when it validates the file(s)
        final List<String> command = new ArrayList<>(List.of("docker-compose"));
        command.addAll(List.of(files));
        command.addAll(List.of("config", "-q"));
        final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
        for (final String service : List.of("processor", "consumer", "poller")) {
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
    void shouldPollTheMountedBlogsFileInThePollingProfileRememberingWhatItSentInAVolume() throws Exception {
        // given the poller of the polling profile
        final JsonNode poller = compose().get("services").get("poller");
        assertEquals("polling", poller.get("profiles").get(0).asText());
        assertEquals(List.of("produce", "--blogs", "/etc/liveblog/blogs.txt"), List.of(
                poller.get("command").get(0).asText(), poller.get("command").get(1).asText(),
                poller.get("command").get(2).asText()));
        final List<String> volumes = new ArrayList<>();
        poller.get("volumes").forEach(v -> volumes.add(v.asText()));
        assertTrue(volumes.contains("${LIVEBLOG_BLOGS:-./polling/blogs.txt}:/etc/liveblog/blogs.txt:ro"), volumes.toString());
        final String stateFile = poller.get("environment").get("LIVEBLOG_PRODUCER_STATE_FILE").asText();
        assertTrue(volumes.stream().anyMatch(v -> v.startsWith("producer-state:")
                && stateFile.startsWith(v.substring(v.indexOf(':') + 1))), stateFile + " in " + volumes);
        // and the image makes that directory for its user, or a fresh volume would be root's
        final String stateDir = stateFile.substring(0, stateFile.lastIndexOf('/'));
        assertTrue(Files.readAllLines(Path.of("..", "Dockerfile")).stream()
                .anyMatch(l -> l.contains("mkdir -p") && List.of(l.split(" ")).contains(stateDir)), stateDir);

        // then the example blogs file it mounts by default is one the producer accepts
        final List<PolledBlog> blogs = BlogSources.of(List.of(), Path.of("..", "polling", "blogs.txt"), null, null,
                LiveBlogProducerConfig.from(Settings.of(Map.of(LiveBlogProducerConfig.BLOG_ID, "polled"))));
        assertEquals(List.of("harbour-strike", "election-night", "marathon"),
                blogs.stream().map(PolledBlog::blogId).toList());
        assertEquals("article.live-post", blogs.get(2).options().entrySelector());
        assumeTrue(TestTools.onPath("docker-compose"), "docker-compose is not installed");
        final Process process = new ProcessBuilder("docker-compose", "-f", COMPOSE_FILE.toString(), "--profile",
                "polling", "config", "-q").redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        assertEquals(0, process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
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

    /** A mount's volume, in the short syntax ({@code name:/path:rw}) or the long one, as versions print it. */
    private static String volumeSource(final JsonNode mount) {
        return mount.isTextual() ? mount.asText().substring(0, mount.asText().indexOf(':'))
                : mount.get("source").asText();
    }

    /** The base file with {@code override} over it, as {@code docker-compose config} merges them. */
    private static JsonNode merged(final Path override) throws Exception {
        assumeTrue(TestTools.onPath("docker-compose"), "docker-compose is not installed");
        final Process process = new ProcessBuilder("docker-compose", "-f", COMPOSE_FILE.toString(), "-f",
                override.toString(), "config").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        final String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        assertEquals(0, process.exitValue(), yaml);
        return new ObjectMapper(new YAMLFactory()).readTree(yaml);
    }

    private static JsonNode compose() throws Exception {
        return read(COMPOSE_FILE);
    }

    private static JsonNode read(final Path file) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    }

    private static String kafkaImage() {
        try {
            return compose().get("services").get("kafka").get("image").asText();
        } catch (final Exception e) {
            throw new IllegalStateException("cannot read " + COMPOSE_FILE, e);
        }
    }
}
