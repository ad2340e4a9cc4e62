package dev.liveblog.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;
import org.apache.kafka.common.Uuid;

/**
 * A local KRaft cluster of several nodes, each a combined broker and controller in a process of its own, on
 * consecutive ports: clients at {@code firstPort} to {@code firstPort + nodes - 1}, the controllers on the
 * {@code nodes} ports after those. It is written to {@code cluster.properties} in the cluster's data directory when
 * the cluster is made, so that one node can be started again alone, with the same cluster id, after it was killed.
 *
 * <p>Every topic is replicated to three nodes (fewer in a smaller cluster) and a write needs two of them in sync,
 * so the cluster loses no acknowledged record and keeps serving when one node is down; the brokers' defaults carry
 * this to the topics Kafka makes itself (consumer offsets, transactions, Kafka Streams' changelogs).
 *
 * @param clusterId the id every node's storage is formatted with
 * @param host the host name advertised to clients
 * @param firstPort the first node's client port
 * @param nodes how many nodes, numbered from 1
 */
public record ClusterLayout(String clusterId, String host, int firstPort, int nodes) {

    /** The file in the cluster's data directory that holds the layout. */
    public static final String FILE = "cluster.properties";
    /** Nodes a topic's partitions are replicated to, at most. */
    public static final int MAX_REPLICAS = 3;

    public ClusterLayout {
        if (nodes < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node, got " + nodes);
        }
        if (firstPort < 1 || firstPort + 2 * nodes - 1 > 65_535) {
            throw new IllegalArgumentException("ports " + firstPort + " to " + (firstPort + 2 * nodes - 1)
                    + " are not all valid ports");
        }
    }

    /** A new cluster, with a random id. */
    public static ClusterLayout create(final String host, final int firstPort, final int nodes) {
        return new ClusterLayout(Uuid.randomUuid().toString(), host, firstPort, nodes);
    }

    public int clientPort(final int node) {
        return firstPort + checked(node) - 1;
    }

    public int controllerPort(final int node) {
        return firstPort + nodes + checked(node) - 1;
    }

    /** Every node's client address, for clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        final StringJoiner servers = new StringJoiner(",");
        for (int node = 1; node <= nodes; node++) {
            servers.add(host + ":" + clientPort(node));
        }
        return servers.toString();
    }

    /** Replicas of each partition: three, or every node of a smaller cluster. */
    public short replicationFactor() {
        return (short) Math.min(MAX_REPLICAS, nodes);
    }

    /** Replicas that must hold a write before it is acknowledged: two of three, so one node may be down. */
    public int minInsyncReplicas() {
        return replicationFactor() > 2 ? 2 : 1;
    }

    /** Where a node keeps its data and its log. */
    public Path nodeDir(final Path dataDir, final int node) {
        return dataDir.resolve("node-" + checked(node));
    }

    /** The broker properties that make a node of this cluster; the rest are {@link EmbeddedKafkaBroker}'s. */
    public Map<String, String> brokerProperties(final int node) {
        final StringJoiner voters = new StringJoiner(",");
        for (int voter = 1; voter <= nodes; voter++) {
            voters.add(voter + "@localhost:" + controllerPort(voter));
        }
        final String replicas = String.valueOf(replicationFactor());
        final String inSync = String.valueOf(minInsyncReplicas());
        final Map<String, String> props = new LinkedHashMap<>();
        props.put("node.id", String.valueOf(checked(node)));
        props.put("controller.quorum.voters", voters.toString());
        props.put("listeners", "PLAINTEXT://:" + clientPort(node) + ",CONTROLLER://localhost:" + controllerPort(node));
        props.put("advertised.listeners", "PLAINTEXT://" + host + ":" + clientPort(node));
        props.put("default.replication.factor", replicas);
        props.put("min.insync.replicas", inSync);
        props.put("offsets.topic.replication.factor", replicas);
        props.put("transaction.state.log.replication.factor", replicas);
        props.put("transaction.state.log.min.isr", inSync);
        props.put("share.coordinator.state.topic.replication.factor", replicas);
        props.put("share.coordinator.state.topic.min.isr", inSync);
        props.put("unclean.leader.election.enable", "false");
        return props;
    }

    /** Writes the layout to {@link #FILE} in {@code dataDir}, creating the directory. */
    public void write(final Path dataDir) {
        final Properties props = new Properties();
        props.setProperty("cluster.id", clusterId);
        props.setProperty("host", host);
        props.setProperty("first.port", String.valueOf(firstPort));
        props.setProperty("nodes", String.valueOf(nodes));
        final Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, "a local KRaft cluster: liveblog broker --nodes");
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * The layout written to {@code dataDir}.
     *
     * @throws IllegalArgumentException naming the file when it is missing or does not describe a cluster
     */
    public static ClusterLayout read(final Path dataDir) {
        final Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dataDir + " holds no cluster (no " + FILE + "): make one with "
                    + "--nodes first");
        }
        final Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (final IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return new ClusterLayout(required(props, "cluster.id", file), required(props, "host", file),
                    Integer.parseInt(required(props, "first.port", file)),
                    Integer.parseInt(required(props, "nodes", file)));
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(file + ": first.port and nodes must be numbers (" + e.getMessage()
                    + ")", e);
        }
    }

    private static String required(final Properties props, final String key, final Path file) {
        final String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(file + " has no " + key);
        }
        return value.trim();
    }

    private int checked(final int node) {
        if (node < 1 || node > nodes) {
            throw new IllegalArgumentException("node " + node + " is not one of this cluster's nodes 1 to " + nodes);
        }
        return node;
    }
}
