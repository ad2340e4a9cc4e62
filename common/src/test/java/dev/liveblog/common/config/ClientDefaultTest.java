package dev.liveblog.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientDefaultTest {

    @Test
    void shouldLetTheUserOverrideDefaultsButNotFixedValues() {
        // given a default, a value taken from a setting and a fixed value
        final List<ClientDefault> declared = List.of(
                ClientDefault.of("acks", "all", "why"),
                ClientDefault.fromSetting("dead.letter.topic", "liveblog.topic.dlq", "why"),
                ClientDefault.fixed("isolation.level", "read_committed", "why"));
        final LiveBlogConfig config = LiveBlogConfig.from(Settings.of(Map.of("liveblog.topic.dlq", "team.dlq")));

        // when the user sets all three, and one property of their own
        final Map<String, Object> applied = ClientDefault.apply(declared, config, Map.of("acks", "1",
                "isolation.level", "read_uncommitted", "linger.ms", "20"));

        // then theirs win except the fixed one, and the setting's value is read from the config
        assertEquals(Map.of("acks", "1", "dead.letter.topic", "team.dlq", "isolation.level", "read_committed",
                "linger.ms", "20"), applied);
    }
}
