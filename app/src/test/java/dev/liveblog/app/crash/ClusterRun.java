package dev.liveblog.app.crash;

import dev.liveblog.common.topics.Topics;
import dev.liveblog.producer.EntryPublisher;
import dev.liveblog.schema.BlogEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * A three-node cluster started with {@code liveblog broker --nodes 3} from the packaged jar, the entries of a run on
 * its raw topic, and what the cluster tests ask of it: processor instances to start, the processor's committed
 * progress, and a clean stop of every node at the end.
 */
final class ClusterRun implements AutoCloseable {

    private final Path logs;
    private final Path data;
    private final String bootstrap;
    private final int entries;
    private final Component cluster;
    private final Map<Integer, NodeLines.Node> nodes;
    private final Admin admin;

    private ClusterRun(final Path logs, final Path data, final String bootstrap, final int entries,
            final Component cluster, final Map<Integer, NodeLines.Node> nodes) {
        this.logs = logs;
        this.data = data;
        this.bootstrap = bootstrap;
        this.entries = entries;
        this.cluster = cluster;
        this.nodes = nodes;
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "default.api.timeout.ms", 5000,
                "request.timeout.ms", 4000));
    }

    /** Starts the cluster (six partitions a topic) with its data in {@code data}, logs (emptied first) in {@code logs},
     * and publishes {@code entries} to it. */
    static ClusterRun start(final Path logs, final Path data, final List<BlogEntry> entries) throws Exception {
        Files.createDirectories(logs);
        try (var old = Files.list(logs)) {
            for (final Path file : old.toList()) {
                Files.delete(file);
            }
        }
        final int port = NodeLines.freePorts(6);
        final String bootstrap = "localhost:" + port + ",localhost:" + (port + 1) + ",localhost:" + (port + 2);
        final Component cluster = new Component("cluster", logs, "broker", "--nodes", "3", "--port",
                String.valueOf(port), "--data-dir", data.toString(), "--partitions", "6");
        cluster.start();
        try {
            final Map<Integer, NodeLines.Node> nodes = NodeLines.await(cluster.log(), 3, Duration.ofSeconds(150));
            try (EntryPublisher publisher = new EntryPublisher(Map.of("bootstrap.servers", bootstrap),
                    Topics.defaults().raw())) {
                publisher.publish(entries);
            }
            return new ClusterRun(logs, data, bootstrap, entries.size(), cluster, nodes);
        } catch (final Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    String bootstrap() {
        return bootstrap;
    }

    Path logs() {
        return logs;
    }

    Admin admin() {
        return admin;
    }

    long pid(final int node) {
        return nodes.get(node).pid();
    }

    /** {@code liveblog broker --node N}: node N again on its data, once it was killed or stopped. */
    Component node(final int id) {
        return new Component("node-" + id + "-again", logs, "broker", "--node", String.valueOf(id), "--data-dir",
                data.toString());
    }

    /**
     * A processor instance of the one application, on its own state directory. An instance that stops or dies
     * leaves its tasks to the others once its session expires ({@code sessionMillis}): Kafka's 45 s would
     * dominate the run.
     */
    Component processor(final String name, final Path state, final int standbys, final int sessionMillis) {
        return new Component(name, logs, "process", "--bootstrap-servers", bootstrap, "--state-dir",
                state.toString(), "-X", "num.standby.replicas=" + standbys,
                "-X", "session.timeout.ms=" + sessionMillis, "-X", "heartbeat.interval.ms=" + sessionMillis / 5,
                // on three replicated brokers sharing two cores each transaction's markers cost more than 100 ms
                // commits leave room for
                "-X", "commit.interval.ms=1000");
    }

    /** The consumer, writing the canonical stream to {@code output}. */
    Component consumer(final Path output) {
        return new Component("consumer", logs, "consume", "--bootstrap-servers", bootstrap, "--output",
                output.toString());
    }

    /** Waits until the processor has committed {@code share} of the entries (the raw topic holds nothing else). */
    void awaitProcessed(final double share) throws InterruptedException {
        PipelineProgress.awaitProcessed(admin, (long) Math.ceil(share * entries));
    }

    /** Entries the processor has committed; 0 while the group's coordinator cannot answer. */
    long processed() {
        return PipelineProgress.processed(admin);
    }

    /** Waits until the consumer's file holds everything the processor wrote for all the entries. */
    void awaitComplete(final Path output) throws Exception {
        PipelineProgress.awaitComplete(bootstrap, output, Duration.ofMinutes(6), logs);
    }

    /** Waits until every partition of the raw topic has its three replicas in sync. */
    void awaitInSync() throws Exception {
        final long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (admin.describeTopics(List.of(PipelineProgress.RAW)).allTopicNames().get().get(PipelineProgress.RAW)
                        .partitions().stream().allMatch(p -> p.isr().size() == 3)) {
                    return;
                }
            } catch (final Exception e) {
                // ask again
            }
            Thread.sleep(250);
        }
        throw new AssertionError("a restarted node did not catch up on " + PipelineProgress.RAW + " in 2 minutes");
    }

    /**
     * Stops the three nodes together, the cluster's own and any started again with {@link #node}: one node alone
     * would wait for a quorum of the others to hand its partitions to.
     */
    void stopNodes(final Component... restarted) throws InterruptedException {
        for (final Component node : restarted) {
            node.signal();
        }
        assertCleanStop(cluster);
        for (final Component node : restarted) {
            assertCleanStop(node);
        }
    }

    /** SIGTERM, and a clean exit expected: 0, or the JVM's 143 once its shutdown hooks ran. */
    static void assertCleanStop(final Component component) throws InterruptedException {
        final int exit = component.stop();
        if (exit != 0 && exit != Component.SIGTERM_EXIT) {
            throw new AssertionError(component.log() + ": exit code " + exit + " on SIGTERM");
        }
    }

    @Override
    public void close() throws InterruptedException {
        admin.close(Duration.ofSeconds(5));
        cluster.close();
    }
}
