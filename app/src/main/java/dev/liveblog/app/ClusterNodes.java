package dev.liveblog.app;

import dev.liveblog.kafka.ClusterLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
