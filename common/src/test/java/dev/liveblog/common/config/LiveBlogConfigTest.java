package dev.liveblog.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveBlogConfigTest {

    @Test
    void shouldDefaultEverySharedSettingAsDocumented() {
        // when nothing is set
        final LiveBlogConfig config = LiveBlogConfig.from(Settings.of(Map.of()));

        // then the topic names, the wait and the HTTP server are those of the README's table
        assertEquals("liveblog.entries.raw", config.topicName(Topics.RAW_NAME_KEY));
        assertEquals("liveblog.entries.filtered", config.topicName(Topics.FILTERED_NAME_KEY));
        assertEquals("liveblog.entries.canonical", config.topicName(Topics.CANONICAL_NAME_KEY));
        assertEquals("liveblog.entries.dlq", config.topicName(Topics.DEAD_LETTER_NAME_KEY));
        assertEquals("liveblog.quotes", config.topicName(Topics.QUOTES_NAME_KEY));
        assertEquals("liveblog.reference.entities", config.topicName(Topics.REFERENCE_ENTITIES_NAME_KEY));
        assertEquals("liveblog.schemas", config.topicName(Topics.SCHEMAS_NAME_KEY));
        assertEquals(Duration.ofSeconds(30), config.kafkaWait());
        assertEquals(OptionalInt.empty(), config.httpPort(), "no HTTP server unless asked for");
    }

    @Test
    void shouldTakeAnHttpPortFromZeroToTheLastPort() {
        assertEquals(OptionalInt.of(0), port("0"), "0: any free port");
        assertEquals(OptionalInt.of(8080), port(" 8080 "));
        assertEquals(OptionalInt.of(65_535), port("65535"));
        assertEquals(OptionalInt.empty(), port(""), "a blank value, as an empty environment variable, is unset");
    }

    @Test
    void shouldRefuseAPortOutOfRangeNamingTheSettingTheValueAndWhatIsAllowed() {
        final UserException error = assertThrows(UserException.class, () -> port("65536"));

        assertEquals(ExitCodes.BAD_CONFIG, error.exitCode());
        assertEquals("invalid value '65536' for setting 'liveblog.http.port'; allowed: a whole number, 0 to 65535",
                error.getMessage());
    }

    @Test
    void shouldReadEachLayerThroughTheDeclarations(@TempDir final Path dir) throws Exception {
        // given the wait in a file, overridden by the environment, and a topic in the file overridden by an option
        final Path file = Files.writeString(dir.resolve("app.properties"),
                "liveblog.kafka.wait.seconds=5\nliveblog.topic.raw=file.raw\nliveblog.topic.dlq=file.dlq\n");
        final Settings settings = Settings.builder()
                .file(file)
                .environment(Map.of("LIVEBLOG_KAFKA_WAIT_SECONDS", "7"))
                .overrides(Map.of("liveblog.topic.raw", "cli.raw"))
                .build();

        // when the config is made
        final LiveBlogConfig config = LiveBlogConfig.from(settings);

        // then the latest layer wins per setting, and the declarations' defaults fill the rest
        assertEquals(Duration.ofSeconds(7), config.kafkaWait());
        assertEquals("cli.raw", config.topicName(Topics.RAW_NAME_KEY));
        assertEquals("file.dlq", config.topicName(Topics.DEAD_LETTER_NAME_KEY));
        assertEquals("liveblog.quotes", config.topicName(Topics.QUOTES_NAME_KEY));
    }

    @Test
    void shouldLeaveKafkaClientPropertiesToTheClients() {
        // given a client property our config does not know and would not accept as a setting
        final Settings settings = Settings.of(Map.of("sasl.jaas.config", "org.example.Login required;",
                "bootstrap.servers", "broker:9093"));

        // then it is neither checked nor lost
        assertEquals(Map.of("sasl.jaas.config", "org.example.Login required;", "bootstrap.servers", "broker:9093"),
                LiveBlogConfig.from(settings).kafkaProperties());
    }

    private static OptionalInt port(final String value) {
        return LiveBlogConfig.from(Settings.of(Map.of(LiveBlogConfig.HTTP_PORT, value))).httpPort();
    }
}
