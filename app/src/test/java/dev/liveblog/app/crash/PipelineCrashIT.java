package dev.liveblog.app.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, nothing doubled: a long run with every component in a process of its own, killed with SIGKILL and
 * restarted (the producer mid-send, the processor five times while it works, each at a random moment after it
 * committed another sixth of the input, once with its local state deleted, the consumer while writing), stopped
 * cleanly and restarted (processor and consumer, as a rolling deploy does), and the broker stopped and started
 * again on its data directory. The final canonical items must equal those of an undisturbed run, and the
 * consumer's file must hold every event exactly once, with no torn line. Scale with -Dliveblog.soak.entries
 * (default 15,000).
 */
class PipelineCrashIT {

    private static final int ENTRIES = Integer.getInteger("liveblog.soak.entries", 15_000);
    private static final long SEED = Long.getLong("liveblog.soak.seed", 20_311);

    @TempDir
    Path dir;

    @Test
    void shouldDeliverEveryItemExactlyOnceThroughKillsOfEveryComponent() throws Exception {
        // given a long blog with repeats
        final Workload workload = Workload.generate(dir, ENTRIES, 0.2, SEED);
        final Map<String, String> expected;
        final Random random = new Random(SEED);
        final Path logs = Files.createDirectories(Path.of("target", "crash-logs"));
        final int port = freePort();
        final String bootstrap = "localhost:" + port;
        final Path output = dir.resolve("out").resolve("canonical.jsonl");
        final Path state = dir.resolve("processor-state");

        try (Component broker = new Component("broker", logs, "broker", "--port", Integer.toString(port),
                     "--data-dir", dir.resolve("kafka").toString(), "--partitions", "3");
             Component processor = new Component("processor", logs, "process", "--bootstrap-servers", bootstrap,
                     "--state-dir", state.toString(),
                     // the killed instance leaves the group when its session expires: Kafka's 45 s would
                     // dominate the run; 6 s is the brokers' least
                     "-X", "session.timeout.ms=6000", "-X", "heartbeat.interval.ms=1200");
             Component consumer = new Component("consumer", logs, "consume", "--bootstrap-servers", bootstrap,
                     "--output", output.toString());
             Component producer = new Component("producer", logs, "produce", "--bootstrap-servers", bootstrap,
                     "--input", workload.file().toString())) {
            broker.start();
            awaitBroker(bootstrap);
            consumer.start();
            processor.start();

            // when the producer is killed mid-send and run again on the same input
            producer.start();
            Thread.sleep(1500 + random.nextInt(1000));
            producer.kill();
            producer.start();
            assertEquals(0, producer.await(300), "producer exit code");

            // and the processor is killed five times, once losing its local state, the consumer twice, and the
            // broker is stopped and started again in the middle
            final long input = input(bootstrap);
            for (int kill = 1; kill <= 5; kill++) {
                awaitCommitted(bootstrap, input * kill / 6);
                Thread.sleep(random.nextInt(700));
                processor.kill();
                if (kill == 3) {
                    deleteRecursively(state);
                }
                if (kill == 2 || kill == 4) {
                    consumer.kill();
                    consumer.start();
                }
                if (kill == 5) {
                    // a clean stop and restart, as a rolling deploy does, must not duplicate either
                    Thread.sleep(1000 + random.nextInt(2000));
                    assertCleanStop(consumer);
                    consumer.start();
                    processor.start();
                    Thread.sleep(3000 + random.nextInt(2000));
                    assertCleanStop(processor);
                }
                if (kill == 3) {
                    assertCleanStop(broker);
                    broker.start();
                    awaitBroker(bootstrap);
                }
                processor.start();
            }
            PipelineProgress.awaitComplete(bootstrap, output, Duration.ofMinutes(8), Path.of("target", "crash-logs"));

            // then everything stops cleanly on SIGTERM (meanwhile, what an undisturbed run ends with is computed)
            final CompletableFuture<Map<String, String>> reference = ExpectedItems.meanwhile(
                    ExpectedItems.entries(workload), dir.resolve("reference-state"));
            assertCleanStop(consumer);
            assertCleanStop(processor);
            assertCleanStop(broker);
            expected = reference.join();
        }

        // and the file holds every event exactly once, ending in the undisturbed run's items
        final StreamFile written = StreamFile.read(output);
        System.out.printf("crash run: %d entries, %d items, %d events written, %d duplicated, %d missing%n",
                ENTRIES, expected.size(), written.lines(), written.duplicates().size(), written.gaps().size());
        assertEquals(List.of(), written.duplicates(), "events written twice");
        assertEquals(List.of(), written.gaps(), "events missing");
        assertEquals(expected, written.latest());
    }

    private static void assertCleanStop(final Component component) throws InterruptedException {
        final int exit = component.stop();
        if (exit != 0 && exit != Component.SIGTERM_EXIT) {
            throw new AssertionError(component.log() + ": exit code " + exit + " on SIGTERM");
        }
    }

    /** The records on the raw topic, the producer's repeated sends included. */
    private static long input(final String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return PipelineProgress.ends(admin, PipelineProgress.RAW).values().stream().mapToLong(Long::longValue)
                    .sum();
        }
    }

    /** Waits until the processor has committed {@code records} of the raw topic, so that a kill finds it busy. */
    private static void awaitCommitted(final String bootstrap, final long records) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "default.api.timeout.ms", 5000,
                "request.timeout.ms", 4000))) {
            PipelineProgress.awaitProcessed(admin, records);
        }
    }

    private static void awaitBroker(final String bootstrap) throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "default.api.timeout.ms", 3000,
                    "request.timeout.ms", 3000))) {
                if (admin.listTopics().names().get(3, TimeUnit.SECONDS).contains("liveblog.entries.raw")) {
                    return;
                }
            } catch (final ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("broker at " + bootstrap + " did not come up");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(final Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
