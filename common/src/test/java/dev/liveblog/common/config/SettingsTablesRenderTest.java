package dev.liveblog.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class SettingsTablesRenderTest {

    @Test
    void shouldRenderOneRowPerSettingThenTheClientPropertiesOfTheComponent() {
        // given a component with a setting of each kind of default and client properties of each kind
        final ConfigDef def = new ConfigDef();
        LiveBlogConfig.define(def, "liveblog.a.count", ConfigDef.Type.INT, 3, Validators.atLeast(1), "How many.");
        LiveBlogConfig.define(def, "liveblog.a.port", ConfigDef.Type.INT, null, "none (no server)",
                Validators.optional(Validators.between(0, 65_535)), "A port | or none.");
        LiveBlogConfig.define(def, "liveblog.a.name", ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, null,
                "Required.");
        final ConfigDeclaration declaration = declaration(def, List.of(
                ClientDefault.of("acks", "all", "every replica"),
                ClientDefault.fromSetting("errors.topic", "liveblog.a.name", "named by a setting"),
                ClientDefault.fixed("isolation.level", "read_committed", "whatever the user says")));

        // when rendered
        final String tables = SettingsTables.render(List.of(declaration));

        // then
        assertEquals("""

                **a component**

                | Setting | Type | Default | Valid values | Meaning |
                |---|---|---|---|---|
                | `liveblog.a.count` | int | `3` | at least 1 | How many. |
                | `liveblog.a.port` | int | none (no server) | 0 to 65535 | A port \\| or none. |
                | `liveblog.a.name` | string | required | any | Required. |
                | `acks` | Kafka client | `all` | Kafka's | every replica |
                | `errors.topic` | Kafka client | the value of `liveblog.a.name` | Kafka's | named by a setting |
                | `isolation.level` | Kafka client | `read_committed` (always) | Kafka's | whatever the user says |

                """, tables);
    }

    @Test
    void shouldReplaceOnlyWhatStandsBetweenTheMarkers() {
        final String readme = "intro\n" + SettingsTables.BEGIN + "\nold table\n" + SettingsTables.END + "\nrest\n";

        assertEquals("intro\n" + SettingsTables.BEGIN + "\nnew table\n" + SettingsTables.END + "\nrest\n",
                SettingsTables.splice(readme, "new table\n"));
        assertEquals("\nold table\n", SettingsTables.section(readme));
    }

    @Test
    void shouldRefuseAReadmeWithoutMarkers() {
        assertThrows(IllegalStateException.class, () -> SettingsTables.splice("no markers here", "table"));
    }

    private static ConfigDeclaration declaration(final ConfigDef def, final List<ClientDefault> clients) {
        return new ConfigDeclaration(0, "a component", def, clients) {
        };
    }
}
