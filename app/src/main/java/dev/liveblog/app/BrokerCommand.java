package dev.liveblog.app;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code liveblog broker}: a real single-node KRaft broker in the foreground, with the pipeline's topics. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run an embedded Kafka broker (KRaft, Kafka's own broker classes) in the foreground, with the "
                + "pipeline's topics created. Stops on Ctrl-C or SIGTERM. With --security sasl-ssl: TLS, SASL/SCRAM-SHA-512 "
                + "users admin, producer, processor and consumer, and each component's ACLs; the clients' properties "
                + "files are written to --out-config.")
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

    @Option(names = "--security", paramLabel = "none|sasl-ssl", defaultValue = "none",
            description = "none (the default): plaintext, no ACLs; sasl-ssl: TLS with a certificate authority made at "
                    + "the first start, SCRAM-SHA-512 users with random passwords kept in the data directory, and "
                    + "the StandardAuthorizer with each component's minimal ACLs.")
    private String security;

    @Option(names = "--out-config", paramLabel = "DIR",
            description = "With --security sasl-ssl: where to write admin/producer/processor/consumer.properties "
                    + "and ca.pem (default: client-config in the data directory).")
    private Path outConfig;

    @Override
    public Integer call() throws InterruptedException {
        final boolean secured = switch (security.toLowerCase(Locale.ROOT)) {
            case "none" -> false;
            case "sasl-ssl", "sasl_ssl" -> true;
            default -> throw new UserException(ExitCodes.USAGE, "--security must be none or sasl-ssl, got '"
                    + security + "'");
        };
        final EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder().host(host).port(port)
                .dataDir(dataDir);
        if (secured) {
            builder.saslSsl(PipelineAcls.USERS);
        }
        final EmbeddedKafkaBroker broker = builder.start();
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "liveblog-broker-shutdown"));
        if (secured) {
            final Path out = outConfig != null ? outConfig : broker.dataDir().resolve("client-config");
            final Map<String, Path> files = SecuredPipeline.prepare(broker, out, partitions, Duration.ofSeconds(30));
            System.out.println("Kafka broker (KRaft) ready at " + broker.bootstrapServers() + " (SASL_SSL: TLS, "
                    + "SCRAM-SHA-512 logins, ACLs); data in " + broker.dataDir() + ".");
            System.out.println("Client properties, one per user; pass one as --config FILE:");
            files.forEach((user, file) -> System.out.println(String.format(Locale.ROOT, "  %-10s %s", user, file)));
            System.out.println("CA certificate for clients that read PEM (kcat: ssl.ca.location): "
                    + out.resolve("ca.pem"));
            System.out.println("Press Ctrl-C to stop.");
        } else {
            final Settings settings = Settings.of(Map.of("bootstrap.servers", broker.bootstrapServers()));
            try (TopicAdmin admin = TopicAdmin.connect(settings.kafkaProperties(), Duration.ofSeconds(30))) {
                admin.createMissing(List.copyOf(Topics.from(settings).all()), partitions, (short) 1);
            }
            System.out.println("Kafka broker (KRaft) ready at " + broker.bootstrapServers() + "; data in "
                    + broker.dataDir() + ". Press Ctrl-C to stop.");
        }
        stopped.await();
        return ExitCodes.OK;
    }
}
