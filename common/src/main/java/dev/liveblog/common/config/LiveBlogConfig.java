package dev.liveblog.common.config;

import dev.liveblog.common.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The settings every component shares (topic names, how long to wait for the cluster, the HTTP port), declared
 * once with Kafka's {@link ConfigDef}: type, default, valid values and meaning. Each component's config class
 * extends this one with its own settings; the README's settings tables are generated from the declarations
 * ({@link SettingsTables}).
 *
 * <p>Made from layered {@link Settings}; {@link SettingsCheck} reports every bad value, missing setting and unknown
 * {@code liveblog.*} key at once, before anything starts. Kafka client properties (keys without the
 * {@code liveblog.} prefix) are not parsed here: they pass through to the clients untouched.
 */
public class LiveBlogConfig extends AbstractConfig {

    /** How long a component waits for the cluster before giving up with one readable line. */
    public static final String KAFKA_WAIT_SECONDS = "liveblog.kafka.wait.seconds";
    /** The port of a long-running component's HTTP server; unset, there is none. */
    public static final String HTTP_PORT = "liveblog.http.port";

    /** Shown in the README before every component's own. */
    static final String COMPONENT = "Every component";

    private static final String TOPIC_NAME = "[a-zA-Z0-9._-]{1,249}";

    /** The cluster, when nothing says otherwise. */
    public static final List<ClientDefault> CLIENT_DEFAULTS = List.of(
            ClientDefault.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092",
                    "the cluster (`--bootstrap-servers`)"));

    private static final ConfigDef SHARED = sharedSettings(new ConfigDef());

    private final Settings settings;

    /** A component's config: {@code definition} holds the shared settings and the component's own. */
    protected LiveBlogConfig(final ConfigDef definition, final Settings settings) {
        super(definition, SettingsCheck.checked(definition, settings), false);
        this.settings = settings;
    }

    /** The shared settings only, for commands that are no component (create-topics, broker). */
    public static LiveBlogConfig from(final Settings settings) {
        return new LiveBlogConfig(SHARED, settings);
    }

    /** A component's definition: the shared settings, to which the component adds its own. */
    protected static ConfigDef withSharedSettings(final ConfigDef own) {
        final ConfigDef all = new ConfigDef(SHARED);
        own.configKeys().values().forEach(all::define);
        return all;
    }

    private static ConfigDef sharedSettings(final ConfigDef def) {
        topic(def, Topics.RAW_NAME_KEY, Topics.RAW_DEFAULT, "entries as read (`BlogEntry`)");
        topic(def, Topics.FILTERED_NAME_KEY, Topics.FILTERED_DEFAULT, "furniture and repeats with the reason");
        topic(def, Topics.CANONICAL_NAME_KEY, Topics.CANONICAL_DEFAULT, "the canonical items (compacted)");
        topic(def, Topics.DEAD_LETTER_NAME_KEY, Topics.DEAD_LETTER_DEFAULT, "records that could not be processed");
        topic(def, Topics.QUOTES_NAME_KEY, Topics.QUOTES_DEFAULT, "one record per quotation (compacted)");
        topic(def, Topics.REFERENCE_ENTITIES_NAME_KEY, Topics.REFERENCE_ENTITIES_DEFAULT,
                "reference entities added at runtime (compacted)");
        topic(def, Topics.SCHEMAS_NAME_KEY, Topics.SCHEMAS_DEFAULT, "every writer schema in use (compacted)");
        define(def, KAFKA_WAIT_SECONDS, ConfigDef.Type.INT, 30, Validators.atLeast(1),
                "How long, in seconds, a component waits for the cluster (and a new topic's leaders) before "
                        + "giving up with exit code 4.");
        define(def, HTTP_PORT, ConfigDef.Type.INT, null, "none (no server)",
                Validators.optional(Validators.between(0, 65_535)),
                "Port of the component's HTTP server (/metrics, /health/live, /health/ready); unset: no server. "
                        + "Long-running components only: process, consume, and produce when it polls. "
                        + "0: any free port.");
        return def;
    }

    private static void topic(final ConfigDef def, final String key, final String name, final String what) {
        define(def, key, ConfigDef.Type.STRING, name, Validators.matching(TOPIC_NAME,
                "a topic name: letters, digits, `.`, `_`, `-`"), "Name of the topic of " + what + ".");
    }

    /** Declares a setting whose default is shown as it is. */
    public static ConfigDef define(final ConfigDef def, final String name, final ConfigDef.Type type,
                                   final Object defaultValue, final ConfigDef.Validator validator,
                                   final String documentation) {
        return define(def, name, type, defaultValue, null, validator, documentation);
    }

    /**
     * Declares a setting whose default the README shows as {@code shownDefault}: a default worked out at run time
     * (today's date, the input's file name) or none at all.
     */
    public static ConfigDef define(final ConfigDef def, final String name, final ConfigDef.Type type,
                                   final Object defaultValue, final String shownDefault,
                                   final ConfigDef.Validator validator, final String documentation) {
        return def.define(name, type, defaultValue, validator, ConfigDef.Importance.MEDIUM, documentation, null, -1,
                ConfigDef.Width.NONE, name, List.of(), null, shownDefault);
    }

    /** The layered settings this config was made from: Kafka client properties and all. */
    public Settings settings() {
        return settings;
    }

    /** Every Kafka client property: all keys that are not the pipeline's own settings. */
    public Map<String, Object> kafkaProperties() {
        return settings.kafkaProperties();
    }

    /** The name of a topic, by its setting ({@link Topics#RAW_NAME_KEY} and so on). */
    public String topicName(final String key) {
        return getString(key);
    }

    /** How long a component waits for the cluster ({@value #KAFKA_WAIT_SECONDS}). */
    public Duration kafkaWait() {
        return Duration.ofSeconds(getInt(KAFKA_WAIT_SECONDS));
    }

    /** The HTTP server's port ({@value #HTTP_PORT}): empty when no server is wanted, 0 for any free port. */
    public OptionalInt httpPort() {
        final Integer port = getInt(HTTP_PORT);
        return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }

    /** The shared settings, for the README and the check for unknown keys. */
    public static final class Declaration extends ConfigDeclaration {

        public Declaration() {
            super(0, COMPONENT, SHARED, CLIENT_DEFAULTS);
        }
    }
}
