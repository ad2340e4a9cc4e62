package dev.liveblog.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsCheckTest {

    /** A component of the test's own: a required setting, a fraction and a choice, besides the shared ones. */
    private static final ConfigDef DEFINITION = definition();

    @Test
    void shouldReportEveryProblemOnALineOfItsOwnWithWhereTheValueCameFrom(@TempDir final Path dir)
            throws Exception {
        // given three bad values and a typo, from a file and the command line, and the required setting missing
        final Path file = Files.writeString(dir.resolve("app.properties"),
                "test.ratio=1.5\nliveblog.topic.rwa=mine\n");
        final Settings settings = Settings.builder().file(file)
                .overrides(Map.of("test.mode", "sometimes", LiveBlogConfig.KAFKA_WAIT_SECONDS, "soon"))
                .build();

        // when they are checked
        final UserException error = assertThrows(UserException.class,
                () -> SettingsCheck.checked(DEFINITION, settings));

        // then each is one line, in the declaration's order, the unknown key last
        assertEquals(ExitCodes.BAD_CONFIG, error.exitCode());
        assertEquals(List.of(
                "invalid value 'soon' for setting 'liveblog.kafka.wait.seconds' (command line); allowed: a whole "
                        + "number, at least 1",
                "missing required setting 'test.name' (option, environment variable LIVEBLOG_KAFKA_TEST_NAME or "
                        + "properties file)",
                "invalid value '1.5' for setting 'test.ratio' (properties file " + file + "); allowed: a number, "
                        + "0 to 1",
                "invalid value 'sometimes' for setting 'test.mode' (command line); allowed: always, never",
                "unknown setting 'liveblog.topic.rwa' (properties file " + file + "); did you mean "
                        + "'liveblog.topic.raw'?"),
                error.getMessage().lines().toList());
    }

    @Test
    void shouldReturnTheDeclaredSettingsOnlyWhenAllAreValid() {
        final Settings settings = Settings.of(Map.of("test.name", " n ", "test.mode", "NEVER",
                "bootstrap.servers", "b:9092"));

        assertEquals(Map.of("test.name", "n", "test.mode", "NEVER"), SettingsCheck.checked(DEFINITION, settings));
    }

    @Test
    void shouldTakeAnEnvironmentVariableCloseToASettingForItsTypo() {
        // given a variable one letter off a setting
        final Settings settings = Settings.builder().environment(Map.of("LIVEBLOG_TOPIC_RAWW", "mine")).build();

        // then it is reported with the variable to use
        assertEquals(List.of("unknown setting 'liveblog.topic.raww' (environment variable LIVEBLOG_TOPIC_RAWW); "
                        + "did you mean 'liveblog.topic.raw' (LIVEBLOG_TOPIC_RAW)?"),
                SettingsCheck.problems(new LiveBlogConfig.Declaration().definition(), settings));
    }

    @Test
    void shouldLeaveTheLaunchersOwnEnvironmentVariablesAlone() {
        // given the variables the scripts and the logging read, which name no setting
        final Settings settings = Settings.builder().environment(Map.of("LIVEBLOG_JAVA_OPTS", "-Xmx1g",
                "LIVEBLOG_LOG_LEVEL", "DEBUG", "LIVEBLOG_INPUT_DIR", "/blogs")).build();

        // then they are no problem
        assertEquals(List.of(), SettingsCheck.problems(new LiveBlogConfig.Declaration().definition(),
                settings));
    }

    @Test
    void shouldKnowTheSharedSettingsFromTheirDeclaration() {
        assertEquals(true, SettingsCheck.knownKeys().containsAll(Set.of(LiveBlogConfig.HTTP_PORT,
                LiveBlogConfig.KAFKA_WAIT_SECONDS, "liveblog.topic.raw", "liveblog.topic.schemas")));
    }

    @Test
    void shouldNameTheClosestKnownKey() {
        final Set<String> known = Set.of("liveblog.dedup.near.threshold", "liveblog.dedup.contained.threshold",
                "liveblog.state.sweep.budget");

        assertEquals("liveblog.dedup.near.threshold", SettingsCheck.closest("liveblog.dedup.near.treshold", known));
        assertEquals("liveblog.state.sweep.budget", SettingsCheck.closest("liveblog.state.budget", known));
        assertEquals(1, SettingsCheck.distance("liveblog.dedup.near.treshold", "liveblog.dedup.near.threshold"));
        assertEquals(0, SettingsCheck.distance("Liveblog.Topic.Raw", "liveblog.topic.raw"));
    }

    private static ConfigDef definition() {
        final ConfigDef def = new ConfigDef(new LiveBlogConfig.Declaration().definition());
        LiveBlogConfig.define(def, "test.name", ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, null,
                "a required name");
        LiveBlogConfig.define(def, "test.ratio", ConfigDef.Type.DOUBLE, 0.5, Validators.between(0, 1), "a ratio");
        LiveBlogConfig.define(def, "test.mode", ConfigDef.Type.STRING, "always", Validators.oneOf("always", "never"),
                "a choice");
        return def;
    }
}
