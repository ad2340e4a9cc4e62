package dev.liveblog.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.ClientDefault;
import dev.liveblog.common.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveBlogConsumerConfigTest {

    @Test
    void shouldReadCommittedRecordsWhateverTheUserSays() {
        // given a user who asks for uncommitted records, auto-commit and a group of their own
        final Map<String, Object> props = ClientDefault.apply(LiveBlogConsumerConfig.CLIENT_DEFAULTS, null,
                Map.of("isolation.level", "read_uncommitted", "enable.auto.commit", "true", "group.id", "mine"));

        // then exactly-once output keeps its input committed-only, and the group is theirs
        assertEquals("read_committed", props.get("isolation.level"));
        assertEquals("false", props.get("enable.auto.commit"));
        assertEquals("mine", props.get("group.id"));
        assertEquals("earliest", props.get("auto.offset.reset"));
    }

    @Test
    void shouldCheckTheSharedSettingsAtStart() {
        final UserException error = assertThrows(UserException.class, () -> LiveBlogConsumerConfig.from(
                Settings.of(Map.of("liveblog.kafka.wait.seconds", "-1", "liveblog.topic.canonicl", "x"))));

        assertEquals(ExitCodes.BAD_CONFIG, error.exitCode());
        assertEquals("invalid value '-1' for setting 'liveblog.kafka.wait.seconds'; allowed: a whole number, at "
                + "least 1\nunknown setting 'liveblog.topic.canonicl'; did you mean 'liveblog.topic.canonical'?",
                error.getMessage());
    }
}
