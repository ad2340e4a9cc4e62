package dev.liveblog.app.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveblog.benchmarks.SyntheticBlog;
import dev.liveblog.schema.BlogEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processor instances joining and leaving the group while it works, on a three-node cluster, as a rolling deploy
 * and a scale-out do: each of two instances stopped (SIGTERM) and started again on its state while the other
 * works, twice over, and a third instance joining and leaving again in between. Every rebalance moves tasks with
 * their stores and open transactions; the consumer's file must still hold every item's every version exactly once
 * and end in the items of an undisturbed run. Scale with {@code -Dliveblog.rolling.entries}.
 */
class RollingRestartIT {

    private static final int ENTRIES = Integer.getInteger("liveblog.rolling.entries", 10_000);
    private static final int BLOGS = 200;
    private static final int STANDBYS = 1;
    /** The brokers' least: a stopped instance's tasks wait for its session to end before they move. */
    private static final int SESSION_MS = 6_000;
    private static final long SEED = 52_711;
    private static final Path LOGS = Path.of("target", "rolling-restart-logs");

    @TempDir
    Path dir;

    @Test
    void shouldDeliverEveryItemExactlyOnceWhileInstancesJoinAndLeave() throws Exception {
        // given entries of many blogs with repeats
        final List<BlogEntry> entries = SyntheticBlog.interleaved("rolling-blog-", ENTRIES, BLOGS, SEED, 0.15,
                0.05);
        final Map<String, String> expected;
        final Path output = dir.resolve("out").resolve("canonical.jsonl");
        int restarts = 0;

        try (ClusterRun run = ClusterRun.start(LOGS, dir.resolve("cluster"), entries);
             Component first = run.processor("processor-a", dir.resolve("state-a"), STANDBYS, SESSION_MS);
             Component second = run.processor("processor-b", dir.resolve("state-b"), STANDBYS, SESSION_MS);
             Component third = run.processor("processor-c", dir.resolve("state-c"), STANDBYS, SESSION_MS);
             Component consumer = run.consumer(output)) {
            consumer.start();
            first.start();
            second.start();

            // when each instance leaves and joins again on its state while the other works, a third joins and
            // leaves, and then the rolling restart comes round again
            run.awaitProcessed(0.15);
            restarts += restart(first);
            run.awaitProcessed(0.30);
            restarts += restart(second);
            run.awaitProcessed(0.45);
            third.start();
            run.awaitProcessed(0.60);
            ClusterRun.assertCleanStop(third);
            run.awaitProcessed(0.70);
            restarts += restart(first);
            run.awaitProcessed(0.85);
            restarts += restart(second);

            run.awaitComplete(output);
            // (what an undisturbed run ends with is computed while everything stops, which mostly waits)
            final CompletableFuture<Map<String, String>> reference = ExpectedItems.meanwhile(entries,
                    dir.resolve("reference-state"));
            ClusterRun.assertCleanStop(consumer);
            ClusterRun.assertCleanStop(first);
            ClusterRun.assertCleanStop(second);
            run.stopNodes();
            expected = reference.join();
        }

        // then the file holds every event exactly once, ending in the undisturbed run's items
        final StreamFile written = StreamFile.read(output);
        System.out.printf(Locale.ROOT, "rolling restart run: %,d entries from %d blogs, %d restarts and an instance "
                        + "joining and leaving, %,d items, %,d events written, %d duplicated, %d missing%n", ENTRIES,
                BLOGS, restarts, expected.size(), written.lines(), written.duplicates().size(),
                written.gaps().size());
        assertEquals(List.of(), written.duplicates(), "events written twice");
        assertEquals(List.of(), written.gaps(), "events missing");
        assertEquals(expected, written.latest());
    }

    /** One step of a rolling deploy: the instance leaves cleanly and starts again on the state it left. */
    private static int restart(final Component instance) throws Exception {
        ClusterRun.assertCleanStop(instance);
        instance.start();
        return 1;
    }
}
