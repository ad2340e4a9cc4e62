package dev.liveblog.app;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.kafka.ClusterLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * The nodes of a local cluster, each started as {@code liveblog broker --node N} in a JVM of its own, so that one
 * can be killed alone and started again on its data directory. Each node's output goes to {@code node.log} in its
 * directory.
 */
final class ClusterNodes implements AutoCloseable {

    /** JVM options of each node unless {@value #JAVA_OPTS_ENV} gives others: a broker of a small cluster. */
    static final String DEFAULT_JAVA_OPTS = "-Xmx512m";
    static final String JAVA_OPTS_ENV = "LIVEBLOG_NODE_JAVA_OPTS";
    private static final long STOP_SECONDS = 60;

    private final ClusterLayout layout;
    private final Path dataDir;
    private final Map<Integer, Process> processes = new LinkedHashMap<>();

    ClusterNodes(final ClusterLayout layout, final Path dataDir) {
        this.layout = layout;
        this.dataDir = dataDir;
    }

    /** Starts every node's process; they form the cluster together. */
    void startAll() {
        for (int node = 1; node <= layout.nodes(); node++) {
            processes.put(node, start(node));
        }
    }

    private Process start(final int node) {
        final Path dir = layout.nodeDir(dataDir, node);
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        final String options = Optional.ofNullable(System.getenv(JAVA_OPTS_ENV)).orElse(DEFAULT_JAVA_OPTS);
        command.addAll(List.of(options.trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LiveblogCommand.class.getName(),
                "broker", "--node", String.valueOf(node), "--data-dir", dataDir.toString()));
        try {
            Files.createDirectories(dir);
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(node).toFile())).start();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot start node " + node + " of the cluster in " + dataDir, e);
        }
    }

    Path log(final int node) {
        return layout.nodeDir(dataDir, node).resolve("node.log");
    }

    long pid(final int node) {
        return processes.get(node).pid();
    }

    /** A node whose process has ended, with its exit code; empty while all run. */
    Optional<Map.Entry<Integer, Integer>> firstExited() {
        for (final Map.Entry<Integer, Process> node : processes.entrySet()) {
            if (!node.getValue().isAlive()) {
                return Optional.of(Map.entry(node.getKey(), node.getValue().exitValue()));
            }
        }
        return Optional.empty();
    }

    /** Tells {@code listener} of each node whose process ends (killed, or failed) while the cluster runs. */
    void onExit(final NodeExit listener) {
        processes.forEach((node, process) -> process.onExit().thenAccept(ended ->
                listener.exited(node, ended.pid(), ended.exitValue())));
    }

    interface NodeExit {
        void exited(int node, long pid, int exitCode);
    }

    /** Waits until every node has joined the cluster; a node whose process ends meanwhile fails the start. */
    void awaitJoined(final Duration within) throws InterruptedException {
        final long deadline = System.nanoTime() + within.toNanos();
        // named as the admin clients whose refused connections the log leaves out while a cluster comes up
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", layout.bootstrapServers(), "client.id",
                TopicAdmin.CLIENT_ID_PREFIX + "cluster-start"))) {
            while (System.nanoTime() < deadline) {
                final Optional<Map.Entry<Integer, Integer>> exited = firstExited();
                if (exited.isPresent()) {
                    final int node = exited.get().getKey();
                    throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "node " + node + " of the cluster exited "
                            + "with code " + exited.get().getValue() + " while starting; see " + log(node));
                }
                try {
                    if (admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes().get()
                            .size() == layout.nodes()) {
                        return;
                    }
                } catch (final ExecutionException e) {
                    // not up yet: the nodes elect a controller and register first
                }
                Thread.sleep(250);
            }
        }
        throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "the cluster's " + layout.nodes() + " nodes did not "
                + "all join within " + within.toSeconds() + " s; see node.log in each node's directory under "
                + dataDir);
    }

    /** Refuses, with one line naming it, a port something already listens on. */
    static void requireFree(final List<Integer> ports, final String whose) {
        for (final int candidate : ports) {
            try (ServerSocket socket = new ServerSocket(candidate)) {
                socket.setReuseAddress(true);
            } catch (final IOException e) {
                throw new UserException(ExitCodes.BAD_CONFIG, "port " + candidate + " is in use (" + whose
                        + " ports are " + ports + "): stop what holds it, or choose another --port");
            }
        }
    }

    /**
     * Stops the nodes still running: SIGTERM to all at once, so each shuts down while the others still form a
     * quorum, then SIGKILL to any still running after {@value #STOP_SECONDS} s.
     */
    @Override
    public void close() {
        processes.values().stream().filter(Process::isAlive).forEach(Process::destroy);
        for (final Map.Entry<Integer, Process> node : processes.entrySet()) {
            try {
                if (!node.getValue().waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                    System.err.printf(Locale.ROOT, "liveblog broker: node %d did not stop within %d s; killed%n",
                            node.getKey(), STOP_SECONDS);
                    node.getValue().destroyForcibly();
                }
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                node.getValue().destroyForcibly();
            }
        }
    }
}
