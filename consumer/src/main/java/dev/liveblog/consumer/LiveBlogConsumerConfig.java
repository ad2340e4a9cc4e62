package dev.liveblog.consumer;

import dev.liveblog.common.config.ClientDefault;
import dev.liveblog.common.config.ConfigDeclaration;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The consumer's settings: those every component shares ({@link LiveBlogConfig}; it has none of its own yet) and
 * the Kafka consumer properties it sets, declared once for {@link TopicWriter} and the README.
 */
public final class LiveBlogConsumerConfig extends LiveBlogConfig {

    /** Defaults the user's Kafka properties override, then what exactly-once output needs whatever they say. */
    public static final List<ClientDefault> CLIENT_DEFAULTS = List.of(
            ClientDefault.of(ConsumerConfig.GROUP_ID_CONFIG, "liveblog-consumer", "the group offsets are committed "
                    + "to, for lag (`--group-id`); every partition is read by assignment, never shared"),
            ClientDefault.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    "a new output starts at the beginning of the topic"),
            ClientDefault.of(ConsumerConfig.CLIENT_ID_CONFIG, "liveblog-consumer", "the consumer's name in the "
                    + "broker's logs and quotas"),
            // Exactly-once output needs exactly-once input: never read records of aborted transactions.
            ClientDefault.fixed(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    "records of aborted transactions are never written"),
            ClientDefault.fixed(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                    "the output file's checkpoint, not the group, says where reading resumes"));

    private static final ConfigDef OWN = new ConfigDef();
    private static final ConfigDef ALL = withSharedSettings(OWN);

    private LiveBlogConsumerConfig(final Settings settings) {
        super(ALL, settings);
    }

    /** The consumer's settings, checked: every problem is one line of the {@code UserException} (exit code 5). */
    public static LiveBlogConsumerConfig from(final Settings settings) {
        return new LiveBlogConsumerConfig(settings);
    }

    /** The consumer's settings, for the README and the check for unknown keys. */
    public static final class Declaration extends ConfigDeclaration {

        public Declaration() {
            super(3, "`liveblog consume`", OWN, CLIENT_DEFAULTS);
        }
    }
}
