package dev.liveblog.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker, single node in KRaft mode (combined broker and controller), started in this JVM from
 * Kafka's own production classes: the same code that runs in a cluster, not a mock; or one node of a local cluster
 * of several ({@link Builder#node}), each started in a process of its own.
 *
 * <p>Its settings suit a small machine: one replica for internal topics (a cluster's node: three), few internal
 * partitions, no initial rebalance delay and a small log-cleaner buffer (the 128 MB default can exhaust a small
 * heap, and the broker's fatal handler would then exit the whole JVM).
 *
 * <p>{@link Builder#saslSsl} secures it: clients connect with TLS and log in with SASL/SCRAM-SHA-512 as one of the
 * users made when its storage was formatted, and Kafka's {@code StandardAuthorizer} admits only what ACLs allow
 * ({@code admin} is a super user). {@link #clientProperties} gives what a client of each user needs.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private final boolean deleteDataDirOnClose;
    private final BrokerSecurity security;
    private boolean closed;

    private EmbeddedKafkaBroker(final KafkaRaftServer server, final String bootstrapServers, final Path dataDir,
                                final boolean deleteDataDirOnClose, final BrokerSecurity security) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
        this.deleteDataDirOnClose = deleteDataDirOnClose;
        this.security = security;
    }

    /** Starts a broker on a free port with a temporary data directory, deleted on close. */
    public static EmbeddedKafkaBroker start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The address clients connect to, e.g. {@code localhost:41235}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True when clients must use TLS and SASL/SCRAM ({@link Builder#saslSsl}). */
    public boolean secured() {
        return security != null;
    }

    /** The SCRAM users of a secured broker, {@code admin} first; none for a plaintext one. */
    public List<String> users() {
        return security == null ? List.of() : security.users();
    }

    /**
     * The client properties of {@code user}: {@code bootstrap.servers} and, on a secured broker, the security
     * protocol, the SASL mechanism and login, and the truststore holding the broker's certificate authority.
     */
    public Map<String, String> clientProperties(final String user) {
        final Map<String, String> props = new LinkedHashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        if (security != null) {
            props.putAll(security.clientProperties(user));
        }
        return props;
    }

    /** The certificate authority in PEM, for clients that do not read Java keystores; empty when not secured. */
    public Optional<Path> caCertificate() {
        return security == null ? Optional.empty() : Optional.of(security.caPem());
    }

    /** Stops the broker and waits for it; deletes a temporary data directory. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Embedded Kafka broker at {} stopped", bootstrapServers);
        if (deleteDataDirOnClose) {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(final Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (final IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }

    /** Options of the broker; every one has a default that suits tests and the local run. */
    public static final class Builder {

        private String host = "localhost";
        private int port;
        private Path dataDir;
        private final Properties overrides = new Properties();
        private List<String> users;
        private ClusterLayout cluster;
        private int nodeId;

        private Builder() {
        }

        /** Host name advertised to clients; {@code localhost} by default. */
        public Builder host(final String host) {
            this.host = host;
            return this;
        }

        /** Client port; 0 (the default) picks a free one. */
        public Builder port(final int port) {
            this.port = port;
            return this;
        }

        /** Data directory kept after close, reused (not reformatted) when it already holds a broker's data. */
        public Builder dataDir(final Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /**
         * Secures the broker: a SASL_SSL listener for clients, SCRAM-SHA-512 users {@code admin} (a super user) and
         * {@code users}, each with a random password kept in the data directory, and the StandardAuthorizer.
         */
        public Builder saslSsl(final List<String> users) {
            this.users = List.copyOf(users);
            return this;
        }

        /**
         * Makes this broker node {@code nodeId} of a cluster of several, with the cluster's ports, id and
         * replication ({@link ClusterLayout}); its data directory is the node's under {@code dataDir}.
         */
        public Builder node(final ClusterLayout cluster, final Path dataDir, final int nodeId) {
            this.cluster = cluster;
            this.nodeId = nodeId;
            this.host = cluster.host();
            this.port = cluster.clientPort(nodeId);
            this.dataDir = cluster.nodeDir(dataDir, nodeId);
            return this;
        }

        /** Any broker property, overriding the defaults. */
        public Builder property(final String key, final Object value) {
            overrides.put(key, String.valueOf(value));
            return this;
        }

        public EmbeddedKafkaBroker start() {
            final boolean temporary = dataDir == null;
            final Path dir = temporary ? createTempDir() : dataDir;
            final int clientPort = port == 0 ? freePort() : port;
            final int controllerPort = cluster == null ? freePort() : cluster.controllerPort(nodeId);
            final Properties props = brokerProperties(dir, clientPort, controllerPort);
            if (cluster != null) {
                props.putAll(cluster.brokerProperties(nodeId));
            }
            final boolean formatted = Files.exists(dir.resolve("logs").resolve("meta.properties"));
            final BrokerSecurity security = users == null ? null
                    : BrokerSecurity.prepare(dir, users, host, formatted);
            if (security != null) {
                props.putAll(security.brokerProperties(host, clientPort, controllerPort));
            }
            props.putAll(overrides);
            if (!formatted) {
                format(dir, props, cluster == null ? Uuid.randomUuid().toString() : cluster.clusterId(),
                        security == null ? List.of() : security.formatArguments());
            }
            final KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            final String bootstrap = host + ":" + clientPort;
            LOG.info("Embedded Kafka broker (KRaft) listening at {}{}, data in {}", bootstrap,
                    security == null ? "" : " (SASL_SSL)", dir);
            return new EmbeddedKafkaBroker(server, bootstrap, dir, temporary, security);
        }

        private Properties brokerProperties(final Path dir, final int clientPort, final int controllerPort) {
            final Properties props = new Properties();
            props.putAll(Map.ofEntries(
                    Map.entry("process.roles", "broker,controller"),
                    Map.entry("node.id", "1"),
                    Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                    Map.entry("listeners", "PLAINTEXT://:" + clientPort + ",CONTROLLER://localhost:" + controllerPort),
                    Map.entry("advertised.listeners", "PLAINTEXT://" + host + ":" + clientPort),
                    Map.entry("controller.listener.names", "CONTROLLER"),
                    Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                    Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                    Map.entry("log.dirs", dir.resolve("logs").toString()),
                    Map.entry("auto.create.topics.enable", "false"),
                    Map.entry("num.partitions", "1"),
                    Map.entry("offsets.topic.replication.factor", "1"),
                    Map.entry("offsets.topic.num.partitions", "4"),
                    Map.entry("transaction.state.log.replication.factor", "1"),
                    Map.entry("transaction.state.log.min.isr", "1"),
                    Map.entry("transaction.state.log.num.partitions", "4"),
                    Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                    Map.entry("share.coordinator.state.topic.min.isr", "1"),
                    Map.entry("group.initial.rebalance.delay.ms", "0"),
                    Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024))));
            return props;
        }

        private static void format(final Path dir, final Properties props, final String clusterId,
                                   final List<String> extraArguments) {
            final Path configFile = dir.resolve("server.properties");
            try {
                Files.createDirectories(dir);
                try (OutputStream out = Files.newOutputStream(configFile)) {
                    props.store(out, "embedded Kafka broker");
                }
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    // a secured broker's configuration holds its own login and keystore passwords
                    Files.setPosixFilePermissions(configFile, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (final IOException e) {
                throw new UncheckedIOException("cannot write broker configuration to " + configFile, e);
            }
            final ByteArrayOutputStream output = new ByteArrayOutputStream();
            final int exit;
            try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                final List<String> args = new ArrayList<>(List.of(
                        "format", "-t", clusterId, "-c", configFile.toString()));
                args.addAll(extraArguments);
                exit = StorageTool.execute(args.toArray(String[]::new), print);
            }
            if (exit != 0) {
                throw new IllegalStateException("formatting broker storage in " + dir + " failed: "
                        + output.toString(StandardCharsets.UTF_8).trim());
            }
        }

        private static Path createTempDir() {
            try {
                return Files.createTempDirectory("liveblog-kafka-");
            } catch (final IOException e) {
                throw new UncheckedIOException("cannot create a temporary directory for the broker", e);
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                return socket.getLocalPort();
            } catch (final IOException e) {
                throw new UncheckedIOException("cannot find a free port", e);
            }
        }
    }
}
