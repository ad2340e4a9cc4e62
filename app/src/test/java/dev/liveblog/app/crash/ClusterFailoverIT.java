package dev.liveblog.app.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.benchmarks.SyntheticBlog;
import dev.liveblog.schema.BlogEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a three-node cluster ({@code liveblog broker --nodes 3}), every node and component a process of
 * its own, two processor instances sharing the work on entries of hundreds of blogs, and while they work: a broker
 * node killed with SIGKILL and started again, a processor instance killed and a new one (with empty state) started
 * in its place, and a second broker node stopped cleanly and started again. The consumer's file must hold every
 * item's every version exactly once, and end in the items of an undisturbed run. The time from each fault to
 * processing resumed on every partition is printed. Scale with {@code -Dliveblog.cluster.entries} and
 * {@code -Dliveblog.cluster.blogs}; {@code -Dliveblog.cluster.standbys=0} runs without standby replicas.
 */
class ClusterFailoverIT {

    private static final int ENTRIES = Integer.getInteger("liveblog.cluster.entries", 50_000);
    private static final int BLOGS = Integer.getInteger("liveblog.cluster.blogs", 200);
    private static final int STANDBYS = Integer.getInteger("liveblog.cluster.standbys", 1);
    /** The session the README's recovery times were measured with. */
    private static final int SESSION_MS = 10_000;
    private static final long SEED = 40_417;
    private static final Path LOGS = Path.of("target", "cluster-failover-logs");

    @TempDir
    Path dir;

    @Test
    void shouldDeliverEveryItemExactlyOnceThroughBrokerAndInstanceFailures() throws Exception {
        // given entries of many blogs with repeats
        final List<BlogEntry> entries = SyntheticBlog.interleaved("cluster-blog-", ENTRIES, BLOGS, SEED, 0.15,
                0.05);
        final Map<String, String> expected;
        final Path output = dir.resolve("out").resolve("canonical.jsonl");
        final Map<String, Duration> recoveries = new LinkedHashMap<>();

        try (ClusterRun run = ClusterRun.start(LOGS, dir.resolve("cluster"), entries);
             Component node2 = run.node(2);
             Component node3 = run.node(3);
             Component first = run.processor("processor-a", dir.resolve("state-a"), STANDBYS, SESSION_MS);
             Component second = run.processor("processor-b", dir.resolve("state-b"), STANDBYS, SESSION_MS);
             Component replacement = run.processor("processor-c", dir.resolve("state-c"), STANDBYS, SESSION_MS);
             Component consumer = run.consumer(output);
             ProgressTimeline timeline = new ProgressTimeline(run.bootstrap())) {
            // when two processor instances work through them, and faults come one after another, each once the
            // processor has committed a given share of the entries, so that each finds it busy
            final long started = System.nanoTime();
            consumer.start();
            first.start();
            second.start();

            run.awaitProcessed(0.15);
            final long atBrokerKilled = run.processed();
            final long brokerKilled = kill(run.pid(2));
            run.awaitProcessed(0.25);
            node2.start();

            run.awaitProcessed(0.45);
            final long atInstanceKilled = run.processed();
            final long instanceKilled = System.nanoTime();
            first.kill();
            replacement.start();

            // node 2 back and in sync first: with two nodes down, writes would wait (min.insync.replicas=2)
            NodeLines.await(node2.log(), 1, Duration.ofSeconds(150));
            run.awaitInSync();
            run.awaitProcessed(0.65);
            final long atBrokerStopped = run.processed();
            final long brokerStopped = System.nanoTime();
            final ProcessHandle stopping = ProcessHandle.of(run.pid(3)).orElseThrow();
            stopping.destroy();
            stopping.onExit().get();
            run.awaitProcessed(0.80);
            node3.start();
            NodeLines.await(node3.log(), 1, Duration.ofSeconds(150));

            run.awaitComplete(output);
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

            // then everything stops cleanly: the clients, then the three nodes together, while what an undisturbed
            // run ends with is computed (the stops mostly wait)
            final CompletableFuture<Map<String, String>> reference = ExpectedItems.meanwhile(entries,
                    dir.resolve("reference-state"));
            ClusterRun.assertCleanStop(consumer);
            ClusterRun.assertCleanStop(second);
            ClusterRun.assertCleanStop(replacement);
            run.stopNodes(node2, node3);
            expected = reference.join();
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

    private static long kill(final long pid) throws Exception {
        final ProcessHandle node = ProcessHandle.of(pid).orElseThrow();
        final long at = System.nanoTime();
        node.destroyForcibly();
        node.onExit().get();
        return at;
    }
}
