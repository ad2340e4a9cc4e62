package dev.liveblog.app;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.KafkaOptions;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.processor.reset.ApplicationReset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog reset}: makes the processor process its input again from the start (README, Reprocessing). */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Reset the processor for reprocessing, as Kafka's Streams application reset tool does: its "
                + "input offsets to the earliest, its internal topics deleted, its local state directory removed. "
                + "Output topics and the schemas topic are left alone. Refused (exit code 8) while the "
                + "application's group has members.")
public final class ResetCommand implements Callable<Integer> {

    @Mixin
    private KafkaOptions kafka;

    @Option(names = "--application-id", description = "Kafka Streams application.id (default: liveblog-processor).")
    private String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "The processor's state directory, as given to 'liveblog process'.")
    private String stateDir;

    @Option(names = "--dry-run", description = "Print what the reset would do and change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        // The same option names and layering as 'liveblog process', so the same command line finds the same
        // application, group and directory.
        final Map<String, String> options = new HashMap<>();
        options.put("application.id", applicationId);
        options.put("state.dir", stateDir);
        final Settings settings = kafka.resolve(Map.of(), options);
        try (TopicAdmin admin = TopicAdmin.connect(settings)) {
            admin.awaitReachable();
            ApplicationReset.of(settings, admin).run(dryRun).forEach(System.out::println);
        }
        return ExitCodes.OK;
    }
}
