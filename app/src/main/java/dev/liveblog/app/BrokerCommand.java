package dev.liveblog.app;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code liveblog broker}: a real single-node KRaft broker in the foreground, with the pipeline's topics. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run an embedded Kafka broker (KRaft, Kafka's own broker classes) in the foreground, with the "
                + "pipeline's topics created. Stops on Ctrl-C or SIGTERM.")
public final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "9092", description = "Client port (default: 9092).")
    private int port;

    @Option(names = "--host", defaultValue = "localhost", description = "Host name advertised to clients.")
    private String host;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data here across restarts (default: a temporary directory).")
    private Path dataDir;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per pipeline topic (default: 3).")
    private int partitions;

    @Override
    public Integer call() throws InterruptedException {
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().host(host).port(port).dataDir(dataDir).start();
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "liveblog-broker-shutdown"));
        final Settings settings = Settings.of(Map.of("bootstrap.servers", broker.bootstrapServers()));
        try (TopicAdmin admin = TopicAdmin.connect(settings.kafkaProperties(), Duration.ofSeconds(30))) {
            admin.createMissing(List.copyOf(Topics.from(settings).all()), partitions, (short) 1);
        }
        System.out.println("Kafka broker (KRaft) ready at " + broker.bootstrapServers() + "; data in "
                + broker.dataDir() + ". Press Ctrl-C to stop.");
        stopped.await();
        return ExitCodes.OK;
    }
}
