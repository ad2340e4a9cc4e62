package dev.liveblog.app.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.benchmarks.SyntheticBlog;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.producer.EntryPublisher;
import dev.liveblog.schema.BlogEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a three-node cluster ({@code liveblog broker --nodes 3}), every node and component a process of
 * its own, two processor instances sharing the work on entries of hundreds of blogs, and while they work: a broker
 * node killed with SIGKILL and started again, a processor instance killed and a new one (with empty state) started
 * in its place, a second broker node stopped cleanly and started again, and both instances restarted one after
 * the other (a rolling deploy). The consumer's file must hold every item's every version exactly once, and end in
 * the items of an undisturbed run. The time from each fault to processing resumed on every partition is printed. Scale with {@code -Dliveblog.cluster.entries}
 * and {@code -Dliveblog.cluster.blogs}; {@code -Dliveblog.cluster.standbys=0} runs without standby replicas.
 */
class ClusterFailoverIT {

    /**
     * 10,000 in the build, whose 15-minute budget a run of 50,000 (about five minutes on two cores, shared by three
     * brokers and three processor JVMs) would exceed: {@code -Dliveblog.cluster.entries=50000} runs that.
     */
    private static final int ENTRIES = Integer.getInteger("liveblog.cluster.entries", 10_000);
    private static final int BLOGS = Integer.getInteger("liveblog.cluster.blogs", 200);
    private static final int STANDBYS = Integer.getInteger("liveblog.cluster.standbys", 1);
    private static final long SEED = 40_417;
    private static final Path LOGS = Path.of("target", "cluster-failover-logs");

    @TempDir
    Path dir;

    @Test
    void shouldDeliverEveryItemExactlyOnceThroughBrokerAndInstanceFailures() throws Exception {
        // given entries of many blogs with repeats, and what an undisturbed run ends with
        final List<BlogEntry> entries = SyntheticBlog.interleaved("cluster-blog-", ENTRIES, BLOGS, SEED, 0.15,
                0.05);
        final Map<String, String> expected = ExpectedItems.of(entries, dir.resolve("reference-state"));
        Files.createDirectories(LOGS);
        try (var logs = Files.list(LOGS)) {
            for (final Path old : logs.toList()) {
                Files.delete(old);
            }
        }
        final int port = NodeLines.freePorts(6);
        final String bootstrap = "localhost:" + port + ",localhost:" + (port + 1) + ",localhost:" + (port + 2);
        final Path data = dir.resolve("cluster");
        final Path output = dir.resolve("out").resolve("canonical.jsonl");
        final Map<String, Duration> recoveries = new LinkedHashMap<>();

        try (Component cluster = new Component("cluster", LOGS, "broker", "--nodes", "3", "--port",
                String.valueOf(port), "--data-dir", data.toString(), "--partitions", "6");
             Component node2 = new Component("node-2-again", LOGS, "broker", "--node", "2", "--data-dir",
                     data.toString());
             Component node3 = new Component("node-3-again", LOGS, "broker", "--node", "3", "--data-dir",
                     data.toString());
             Component first = processor("processor-a", bootstrap, dir.resolve("state-a"));
             Component second = processor("processor-b", bootstrap, dir.resolve("state-b"));
             Component replacement = processor("processor-c", bootstrap, dir.resolve("state-c"));
             Component consumer = new Component("consumer", LOGS, "consume", "--bootstrap-servers", bootstrap,
                     "--output", output.toString())) {
            cluster.start();
            final Map<Integer, NodeLines.Node> nodes = NodeLines.await(cluster.log(), 3, Duration.ofSeconds(150));
            try (EntryPublisher publisher = new EntryPublisher(Map.of("bootstrap.servers", bootstrap),
                    Topics.defaults().raw())) {
                publisher.publish(entries);
            }

            // when two processor instances work through them, and faults come one after another, each once the
            // processor has committed a given share of the entries, so that each finds it busy
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "default.api.timeout.ms", 5000,
                    "request.timeout.ms", 4000));
                 ProgressTimeline timeline = new ProgressTimeline(bootstrap)) {
                final long started = System.nanoTime();
                consumer.start();
                first.start();
                second.start();

                awaitProcessed(admin, 0.15);
                final long atBrokerKilled = processed(admin);
                final long brokerKilled = kill(nodes.get(2).pid());
                awaitProcessed(admin, 0.25);
                node2.start();

                awaitProcessed(admin, 0.45);
                final long atInstanceKilled = processed(admin);
                final long instanceKilled = System.nanoTime();
                first.kill();
                replacement.start();

                // node 2 back and in sync first: with two nodes down, writes would wait (min.insync.replicas=2)
                NodeLines.await(node2.log(), 1, Duration.ofSeconds(150));
                awaitInSync(admin);
                awaitProcessed(admin, 0.65);
                final long atBrokerStopped = processed(admin);
                final long brokerStopped = System.nanoTime();
                final ProcessHandle stopping = ProcessHandle.of(nodes.get(3).pid()).orElseThrow();
                stopping.destroy();
                stopping.onExit().get();
                awaitProcessed(admin, 0.80);
                node3.start();
                NodeLines.await(node3.log(), 1, Duration.ofSeconds(150));

                // and the two instances are restarted one after the other, as a rolling deploy does: each leaves
                // (SIGTERM) and joins again on its state while the other works
                awaitProcessed(admin, 0.85);
                assertCleanStop(second);
                second.start();
                awaitProcessed(admin, 0.92);
                assertCleanStop(replacement);
                replacement.start();

                PipelineProgress.awaitComplete(bootstrap, output, Duration.ofMinutes(6), LOGS);
                recoveries.put("broker node killed (SIGKILL)", timeline.resumedAfter(brokerKilled).orElse(null));
                recoveries.put("processor instance killed (SIGKILL), a new one started",
                        timeline.resumedAfter(instanceKilled).orElse(null));
                recoveries.put("broker node stopped (SIGTERM)", timeline.resumedAfter(brokerStopped).orElse(null));
                timeline.write(LOGS.resolve("timeline.txt"), started);
                System.out.printf(Locale.ROOT, "faults at %.1f, %.1f and %.1f s of %.1f, with %,d, %,d and %,d of %,d "
                                + "entries processed (timeline.txt)%n", (brokerKilled - started) / 1e9,
                        (instanceKilled - started) / 1e9, (brokerStopped - started) / 1e9,
                        (System.nanoTime() - started) / 1e9, atBrokerKilled, atInstanceKilled, atBrokerStopped,
                        ENTRIES);
            }

            // then everything stops cleanly: the clients, then the three nodes together (one node alone would
            // wait for a quorum of the others to hand its partitions to)
            assertCleanStop(consumer);
            assertCleanStop(second);
            assertCleanStop(replacement);
            node2.signal();
            node3.signal();
            assertCleanStop(cluster);
            assertCleanStop(node2);
            assertCleanStop(node3);
        }

        // and the file holds every event exactly once, ending in the undisturbed run's items
        final StreamFile written = StreamFile.read(output);
        System.out.printf(Locale.ROOT, "cluster failover run: %,d entries from %d blogs, %,d items, %,d events "
                        + "written, %d duplicated, %d missing; %d standby replica(s)%n", ENTRIES, BLOGS,
                expected.size(), written.lines(), written.duplicates().size(), written.gaps().size(), STANDBYS);
        recoveries.forEach((fault, took) -> System.out.printf(Locale.ROOT, "  %s: processing resumed on every "
                + "partition after %s%n", fault, took == null ? "(not seen)" : String.format(Locale.ROOT, "%.1f s",
                took.toMillis() / 1000.0)));
        assertEquals(List.of(), written.duplicates(), "events written twice");
        assertEquals(List.of(), written.gaps(), "events missing");
        assertEquals(expected, written.latest());
        recoveries.forEach((fault, took) -> assertTrue(took != null, fault + ": processing never resumed"));
    }

    private Component processor(final String name, final String bootstrap, final Path state) {
        return new Component(name, LOGS, "process", "--bootstrap-servers", bootstrap, "--state-dir",
                state.toString(), "-X", "num.standby.replicas=" + STANDBYS,
                // a killed instance's tasks move once its session expires: Kafka's 45 s would dominate the run; and
                // on three replicated brokers sharing two cores each transaction's markers cost more than 100 ms
                // commits leave room for
                "-X", "session.timeout.ms=10000", "-X", "heartbeat.interval.ms=2000", "-X", "commit.interval.ms=1000");
    }

    /** Waits until the processor has committed {@code share} of the entries (the raw topic holds nothing else). */
    private static void awaitProcessed(final Admin admin, final double share) throws Exception {
        final long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        long done = 0;
        while (System.nanoTime() < deadline) {
            done = processed(admin);
            if (done >= share * ENTRIES) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the processor committed " + done + " of " + ENTRIES + " entries in 4 minutes");
    }

    /** Entries the processor has committed; 0 while the group's coordinator cannot answer. */
    private static long processed(final Admin admin) {
        try {
            return PipelineProgress.committed(admin).values().stream().mapToLong(o -> o.offset()).sum();
        } catch (final Exception e) {
            return 0;
        }
    }

    /** Waits until every partition of the raw topic has its three replicas in sync. */
    private static void awaitInSync(final Admin admin) throws Exception {
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
        throw new AssertionError("the restarted node did not catch up on " + PipelineProgress.RAW + " in 2 minutes");
    }

    private static long kill(final long pid) throws Exception {
        final ProcessHandle node = ProcessHandle.of(pid).orElseThrow();
        final long at = System.nanoTime();
        node.destroyForcibly();
        node.onExit().get();
        return at;
    }

    private static void assertCleanStop(final Component component) throws InterruptedException {
        final int exit = component.stop();
        if (exit != 0 && exit != Component.SIGTERM_EXIT) {
            throw new AssertionError(component.log() + ": exit code " + exit + " on SIGTERM");
        }
    }
}
