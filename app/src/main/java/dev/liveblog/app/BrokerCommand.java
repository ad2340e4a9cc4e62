package dev.liveblog.app;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.ClusterLayout;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code liveblog broker}: a real KRaft broker in the foreground with the pipeline's topics; or a local cluster of
 * several nodes, each in a process of its own ({@code --nodes}), one of which can be started again alone
 * ({@code --node}).
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run an embedded Kafka broker (KRaft, Kafka's own broker classes) in the foreground, with the "
                + "pipeline's topics created. Stops on Ctrl-C or SIGTERM. With --security sasl-ssl: TLS, SASL/SCRAM-SHA-512 "
                + "users admin, producer, processor and consumer, and each component's ACLs; the clients' properties "
                + "files are written to --out-config. With --nodes 3: a cluster of three nodes, each its own process, "
                + "on consecutive client ports from --port (their controllers on the ports after those), every topic "
                + "replicated to three nodes with min.insync.replicas=2; it prints 'node ID port PORT pid PID' for "
                + "each. --node N starts node N of the cluster in --data-dir again, after it was killed or stopped.")
public final class BrokerCommand implements Callable<Integer> {

    private static final Duration CLUSTER_START = Duration.ofSeconds(120);
    /** How long a node stopping may wait for the controller quorum ({@link #haltAfter}). */
    private static final Duration NODE_STOP = Duration.ofSeconds(30);
    /** What a JVM stopped by SIGTERM exits with (128 + 15), as after its shutdown hooks. */
    private static final int STOPPED_BY_SIGTERM = 143;

    @Option(names = "--port", defaultValue = "9092", description = "Client port (default: 9092); with --nodes, "
            + "the first node's.")
    private int port;

    @Option(names = "--nodes", defaultValue = "1", description = "Nodes of the cluster, each a broker and "
            + "controller in a process of its own (default: 1, a single broker in this process).")
    private int nodes;

    @Option(names = "--node", paramLabel = "N", description = "Start node N of the cluster in --data-dir, in this "
            + "process, on its data (after it was killed or stopped).")
    private Integer node;

    @Option(names = "--host", defaultValue = "localhost", description = "Host name advertised to clients.")
    private String host;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data here across restarts (default: a temporary directory); with "
                    + "--nodes or --node, required: the cluster's, each node's data in node-N under it.")
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
        if (nodes < 1) {
            throw new UserException(ExitCodes.USAGE, "--nodes must be at least 1, got " + nodes);
        }
        if ((nodes > 1 || node != null) && secured) {
            throw new UserException(ExitCodes.USAGE, "--security sasl-ssl runs a single broker; it cannot be "
                    + "combined with --nodes or --node");
        }
        if (node != null) {
            return runNode();
        }
        return nodes > 1 ? runCluster() : runSingle(secured);
    }

    private int runSingle(final boolean secured) throws InterruptedException {
        final EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder().host(host).port(port)
                .dataDir(dataDir);
        if (secured) {
            builder.saslSsl(PipelineAcls.USERS);
        }
        final EmbeddedKafkaBroker broker = builder.start();
        final CountDownLatch stopped = onShutdown(broker::close);
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

    /** Node {@link #node} of the cluster in {@link #dataDir}, in this process, until Ctrl-C or SIGTERM. */
    private int runNode() throws InterruptedException {
        if (dataDir == null) {
            throw new UserException(ExitCodes.USAGE, "--node needs --data-dir: the directory of the cluster the "
                    + "node belongs to");
        }
        final ClusterLayout layout = layout(dataDir);
        if (node < 1 || node > layout.nodes()) {
            throw new UserException(ExitCodes.USAGE, "--node must be one of 1 to " + layout.nodes() + ", the nodes "
                    + "of the cluster in " + dataDir + "; got " + node);
        }
        ClusterNodes.requireFree(List.of(layout.clientPort(node), layout.controllerPort(node)), "node " + node + "'s");
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().node(layout, dataDir, node).start();
        final CountDownLatch stopped = onShutdown(() -> {
            haltAfter(NODE_STOP, node);
            broker.close();
        });
        System.out.println(nodeLine(node, layout.clientPort(node), ProcessHandle.current().pid()));
        System.out.println("Node " + node + " of the cluster at " + layout.bootstrapServers() + " ready; data in "
                + layout.nodeDir(dataDir, node) + ". Press Ctrl-C to stop.");
        stopped.await();
        return ExitCodes.OK;
    }

    /**
     * A cluster of {@link #nodes} nodes, each in a process of its own, with the pipeline's topics replicated, until
     * Ctrl-C or SIGTERM stops the nodes this process started.
     */
    private int runCluster() throws InterruptedException {
        if (dataDir == null) {
            throw new UserException(ExitCodes.USAGE, "--nodes needs --data-dir: where each node keeps its data, "
                    + "from which a killed node starts again");
        }
        final Path dir = dataDir;
        final ClusterLayout layout = clusterIn(dir);
        final List<Integer> ports = new ArrayList<>();
        for (int n = 1; n <= layout.nodes(); n++) {
            ports.add(layout.clientPort(n));
            ports.add(layout.controllerPort(n));
        }
        ClusterNodes.requireFree(ports, "the cluster's");
        final ClusterNodes cluster = new ClusterNodes(layout, dir);
        final AtomicBoolean stopping = new AtomicBoolean();
        final CountDownLatch stopped = onShutdown(() -> {
            stopping.set(true);
            cluster.close();
        });
        cluster.startAll();
        cluster.awaitJoined(CLUSTER_START);
        final Settings settings = Settings.of(Map.of("bootstrap.servers", layout.bootstrapServers()));
        try (TopicAdmin admin = TopicAdmin.connect(settings.kafkaProperties(), Duration.ofSeconds(30))) {
            admin.createMissing(List.copyOf(Topics.from(settings).all()), partitions, layout.replicationFactor());
        }
        for (int n = 1; n <= layout.nodes(); n++) {
            System.out.println(nodeLine(n, layout.clientPort(n), cluster.pid(n)));
        }
        System.out.printf(Locale.ROOT, "Kafka cluster (KRaft, %d nodes) ready at %s; topics replicated to %d nodes, "
                        + "min.insync.replicas=%d; data in %s. Start a stopped node again with: liveblog broker "
                        + "--node N --data-dir %s. Press Ctrl-C to stop.%n", layout.nodes(),
                layout.bootstrapServers(), layout.replicationFactor(), layout.minInsyncReplicas(), dir, dir);
        cluster.onExit((n, pid, code) -> {
            if (!stopping.get()) {
                System.err.printf(Locale.ROOT, "liveblog broker: node %d (pid %d) exited with code %d; start it "
                        + "again with: liveblog broker --node %d --data-dir %s%n", n, pid, code, n, dir);
            }
        });
        stopped.await();
        return ExitCodes.OK;
    }

    /** Runs {@code stop} on Ctrl-C or SIGTERM; the latch opens once it has. */
    private static CountDownLatch onShutdown(final Runnable stop) {
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, "liveblog-broker-shutdown"));
        return stopped;
    }

    /**
     * A node asks the controller quorum to move its leaderships away before it stops, and Kafka waits up to five
     * minutes for the answer; with most other nodes down there is no quorum to answer. The node's logs are
     * recovered at its next start, as after a kill, so past {@code wait} it stops without that.
     */
    private static void haltAfter(final Duration wait, final int nodeId) {
        final Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(wait.toMillis());
            } catch (final InterruptedException e) {
                return;
            }
            System.err.printf(Locale.ROOT, "liveblog broker: node %d had no controller quorum to hand its partitions "
                    + "to within %d s (are most nodes down?); stopped without it, its logs are recovered at its next "
                    + "start%n", nodeId, wait.toSeconds());
            Runtime.getRuntime().halt(STOPPED_BY_SIGTERM);
        }, "liveblog-broker-stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** The one line a script finds a node by. */
    static String nodeLine(final int nodeId, final int clientPort, final long pid) {
        return String.format(Locale.ROOT, "node %d port %d pid %d", nodeId, clientPort, pid);
    }

    /** The cluster already in {@code dir}, which must match the options, or a new one written there. */
    private ClusterLayout clusterIn(final Path dir) {
        if (!Files.exists(dir.resolve(ClusterLayout.FILE))) {
            final ClusterLayout created = ClusterLayout.create(host, port, nodes);
            created.write(dir);
            return created;
        }
        final ClusterLayout existing = layout(dir);
        if (existing.nodes() != nodes || existing.firstPort() != port) {
            throw new UserException(ExitCodes.USAGE, dir + " holds a cluster of " + existing.nodes() + " nodes "
                    + "from port " + existing.firstPort() + "; start it with --nodes " + existing.nodes() + " --port "
                    + existing.firstPort() + ", or give another --data-dir");
        }
        return existing;
    }

    private static ClusterLayout layout(final Path dir) {
        try {
            return ClusterLayout.read(dir);
        } catch (final IllegalArgumentException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, e.getMessage(), e);
        }
    }

}
