package dev.liveblog.processor;

import dev.liveblog.common.cli.CommandLines;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.KafkaOptions;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.ops.Ops;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.topology.LiveBlogTopology;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog process}: runs the Kafka Streams processor until stopped (SIGTERM or Ctrl-C). */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Run the Kafka Streams processor: furniture and duplicates to the filtered topic, new items "
                + "to the canonical topic, undecodable records to the dead-letter topic. Stops cleanly on SIGTERM.")
public final class ProcessorCommand implements Callable<Integer> {

    @Mixin
    private KafkaOptions kafka;

    @Option(names = "--application-id", description = "Kafka Streams application.id (default: liveblog-processor).")
    private String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Directory of the local state stores.")
    private String stateDir;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve /metrics, /health/live and /health/ready on this port (liveblog.http.port; 0: any "
                    + "free port; default: no server).")
    private Integer httpPort;

    @Option(names = "--describe", description = "Print the topology and exit.")
    private boolean describe;

    public static void main(final String[] args) {
        System.exit(CommandLines.execute(new ProcessorCommand(), args));
    }

    @Override
    public Integer call() throws InterruptedException {
        final Map<String, String> options = new HashMap<>();
        options.put("application.id", applicationId);
        options.put("state.dir", stateDir);
        options.put(LiveBlogConfig.HTTP_PORT, httpPort == null ? null : httpPort.toString());
        final Settings settings = kafka.resolve(Map.of(), options);
        if (describe) {
            final LiveBlogProcessorConfig config = LiveBlogProcessorConfig.from(settings);
            System.out.println(LiveBlogTopology.build(ProcessorSettings.from(config, Topics.from(config)),
                    config.streamsProperties()).describe());
            return ExitCodes.OK;
        }
        // Every setting is checked, and the HTTP port bound, before Kafka is contacted.
        final Ops ops = Ops.start("processor", LiveBlogProcessorConfig.from(settings));
        final LiveBlogProcessor processor;
        try {
            processor = LiveBlogProcessor.start(settings, ops.registry());
        } catch (final RuntimeException e) {
            ops.close();
            throw e;
        }
        final Thread hook = new Thread(() -> {
            processor.close();
            ops.close();
        }, "liveblog-processor-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ops.attach(processor::health);
        processor.awaitStopped();
        if (processor.failure() != null) {
            processor.refusal().ifPresent(refused -> {
                throw refused;
            });
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
