package dev.liveblog.app;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.KafkaOptions;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog create-topics}: creates the pipeline's topics that do not exist yet. */
@Command(name = "create-topics", mixinStandardHelpOptions = true,
        description = "Create the pipeline's topics (raw, filtered, canonical compacted, dead-letter) if missing.")
public final class CreateTopicsCommand implements Callable<Integer> {

    @Mixin
    private KafkaOptions kafka;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default: 3).")
    private int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", description = "Replicas per partition (default: 1).")
    private short replicationFactor;

    @Override
    public Integer call() {
        // Every setting is checked before Kafka is contacted: one line per problem, exit code 5.
        final LiveBlogConfig config = LiveBlogConfig.from(kafka.resolve(Map.of(), Map.of()));
        try (TopicAdmin admin = TopicAdmin.connect(config)) {
            admin.awaitReachable();
            final List<String> created = admin.createMissing(List.copyOf(Topics.from(config).all()), partitions,
                    replicationFactor);
            System.out.println(created.isEmpty() ? "all topics exist" : "created " + String.join(", ", created));
        }
        return ExitCodes.OK;
    }
}
