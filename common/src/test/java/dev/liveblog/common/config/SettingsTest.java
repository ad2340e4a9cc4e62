package dev.liveblog.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void shouldLetEachLayerOverrideTheOneBefore(@TempDir final Path dir) throws Exception {
        // given a default, a file, an environment variable and an option for overlapping keys
        final Path file = dir.resolve("app.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nliveblog.blog.zone=Europe/Paris\nacks=1\n");

        // when the layers are resolved
        final Settings settings = Settings.builder()
                .defaults(Map.of("bootstrap.servers", "default:9092", "linger.ms", "5"))
                .file(file)
                .environment(Map.of("LIVEBLOG_KAFKA_BOOTSTRAP_SERVERS", "env:9092", "LIVEBLOG_BLOG_ZONE", "UTC",
                        "PATH", "/usr/bin"))
                .overrides(Map.of("bootstrap.servers", "cli:9092"))
                .build();

        // then the latest layer wins per key, and untouched keys keep their earlier value
        assertEquals("cli:9092", settings.get("bootstrap.servers").orElseThrow());
        assertEquals("UTC", settings.get("liveblog.blog.zone").orElseThrow());
        assertEquals("1", settings.get("acks").orElseThrow());
        assertEquals("5", settings.get("linger.ms").orElseThrow());
        assertFalse(settings.asMap().containsKey("path"));
    }

    @Test
    void shouldRememberWhereEachValueCameFrom(@TempDir final Path dir) throws Exception {
        // given a value from each layer
        final Path file = Files.writeString(dir.resolve("app.properties"),
                "liveblog.topic.raw=a\nliveblog.topic.dlq=b\n");
        final Settings settings = Settings.builder()
                .defaults(Map.of("liveblog.topic.quotes", "q"))
                .file(file)
                .environment(Map.of("LIVEBLOG_TOPIC_DLQ", "c"))
                .overrides(Map.of("liveblog.topic.schemas", "d"))
                .build();

        // then messages can say where a bad one came from; a default and a value set in code have no origin
        assertEquals("properties file " + file, settings.origin("liveblog.topic.raw").orElseThrow());
        assertEquals("environment variable LIVEBLOG_TOPIC_DLQ", settings.origin("liveblog.topic.dlq").orElseThrow());
        assertEquals("command line", settings.origin("liveblog.topic.schemas").orElseThrow());
        assertFalse(settings.origin("liveblog.topic.quotes").isPresent());
        assertFalse(settings.with("liveblog.topic.raw", "e").origin("liveblog.topic.raw").isPresent());
    }

    @Test
    void shouldPassEveryNonLiveblogKeyToKafkaUntouched() {
        // given security settings next to the pipeline's own
        final Settings settings = Settings.of(Map.of("security.protocol", "SASL_SSL",
                "sasl.jaas.config", "org.example.Login required;", "liveblog.blog.id", "b"));

        // then Kafka sees exactly its own keys
        assertEquals(Map.of("security.protocol", "SASL_SSL", "sasl.jaas.config", "org.example.Login required;"),
                settings.kafkaProperties());
    }

    @Test
    void shouldMapEnvironmentNamesToKeys() {
        assertEquals("sasl.mechanism", Settings.keyOfEnv("LIVEBLOG_KAFKA_SASL_MECHANISM").orElseThrow());
        assertEquals("liveblog.topic.raw", Settings.keyOfEnv("LIVEBLOG_TOPIC_RAW").orElseThrow());
        assertEquals("LIVEBLOG_TOPIC_RAW", Settings.envName("liveblog.topic.raw"));
        assertEquals("LIVEBLOG_KAFKA_BOOTSTRAP_SERVERS", Settings.envName("bootstrap.servers"));
    }

    @Test
    void shouldReadTheWaitSettingFromItsVariableThoughItSharesTheClientPrefix() {
        // liveblog.kafka.wait.seconds has the variable LIVEBLOG_KAFKA_WAIT_SECONDS, which starts like a client
        // property's (LIVEBLOG_KAFKA_*): the setting wins, no client property "wait.seconds" is made
        assertEquals("LIVEBLOG_KAFKA_WAIT_SECONDS", Settings.envName("liveblog.kafka.wait.seconds"));
        assertEquals("liveblog.kafka.wait.seconds", Settings.keyOfEnv("LIVEBLOG_KAFKA_WAIT_SECONDS").orElseThrow());
        assertEquals("request.timeout.ms", Settings.keyOfEnv("LIVEBLOG_KAFKA_REQUEST_TIMEOUT_MS").orElseThrow());
    }

    @Test
    void shouldReportAMissingPropertiesFileAsOneLine(@TempDir final Path dir) {
        final Path missing = dir.resolve("missing.properties");
        final UserException error = assertThrows(UserException.class, () -> Settings.builder().file(missing));
        assertEquals(ExitCodes.BAD_CONFIG, error.exitCode());
        assertEquals("cannot read properties file " + missing + ": no such file", error.getMessage());
    }

    @Test
    void shouldRejectANonNumericNumber() {
        final Settings settings = Settings.of(Map.of("liveblog.partitions", "three"));
        final UserException error = assertThrows(UserException.class,
                () -> settings.getInt("liveblog.partitions", 1));
        assertEquals("setting 'liveblog.partitions' must be a whole number, got 'three'", error.getMessage());
    }
}
