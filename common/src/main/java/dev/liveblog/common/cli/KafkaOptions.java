package dev.liveblog.common.cli;

import dev.liveblog.common.config.ClientDefault;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The options every component shares: where Kafka is and how to talk to it. Mixed into each command so that the
 * layering (defaults, file, environment, options) is the same everywhere.
 */
public final class KafkaOptions {

    private static final Map<String, String> SHARED_CLIENT_DEFAULTS = LiveBlogConfig.CLIENT_DEFAULTS.stream()
            .collect(Collectors.toUnmodifiableMap(ClientDefault::key, ClientDefault::value));

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,HOST:PORT]",
            description = "Kafka bootstrap servers (env LIVEBLOG_KAFKA_BOOTSTRAP_SERVERS).")
    private String bootstrapServers;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file: Kafka client properties, passed through untouched, and liveblog.* settings.")
    private Path configFile;

    @Option(names = {"-X", "--property"}, paramLabel = "KEY=VALUE",
            description = "One Kafka client property or liveblog.* setting; overrides the file and the environment.")
    private Map<String, String> properties = new LinkedHashMap<>();

    /**
     * Resolves the layers: the client defaults every component shares ({@code bootstrap.servers=localhost:9092},
     * {@link LiveBlogConfig#CLIENT_DEFAULTS}), {@code defaults}, the properties file, {@code LIVEBLOG_*} environment
     * variables, then the command's own options ({@code commandOptions}, null values ignored) and these shared ones.
     */
    public Settings resolve(final Map<String, String> defaults, final Map<String, String> commandOptions) {
        final Map<String, String> cli = new LinkedHashMap<>(properties);
        if (bootstrapServers != null) {
            cli.put("bootstrap.servers", bootstrapServers);
        }
        return Settings.builder()
                .defaults(SHARED_CLIENT_DEFAULTS)
                .defaults(defaults)
                .file(configFile)
                .environment(System.getenv())
                .overrides(commandOptions)
                .overrides(cli)
                .build();
    }
}
