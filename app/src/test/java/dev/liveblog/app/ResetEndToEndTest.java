package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.cli.CommandLines;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Completion;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.consumer.sink.FileFormat;
import dev.liveblog.consumer.sink.SnapshotSink;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessor;
import dev.liveblog.producer.InvalidLinePolicy;
import dev.liveblog.producer.LiveBlogProducer;
import dev.liveblog.producer.PlainTextSource;
import dev.liveblog.schema.CanonicalEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.ListStreamsGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code liveblog reset} on a real broker: the sample processed, the processor stopped, the application reset and
 * the sample processed again under a changed rule; a reset refused while an instance runs; the same for an
 * application of the streams rebalance protocol (KIP-1071). One broker for the class; each test has its own
 * application id and topics.
 */
class ResetEndToEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldReprocessTheSampleFromTheStartUnderTheSameIdsAfterAReset(@TempDir final Path dir) throws Exception {
        // given the sample processed by an instance that then stopped
        final String app = "reprocess-app";
        final Path stateDir = dir.resolve("state");
        final Settings settings = settings(app, "reprocess", stateDir);
        final Topics topics = Topics.from(settings);
        final String changelog = app + "-dedup-items-changelog";
        try (TopicAdmin admin = TopicAdmin.connect(settings)) {
            admin.createMissing(List.copyOf(topics.all()), 3, (short) 1);
            final PipelineInputs sample = PipelineInputs.files(List.of(GoldFile.SAMPLE_TEXT),
                    new PlainTextSource(InvalidLinePolicy.FAIL));
            LiveBlogProducer.produce(Settings.builder().defaults(sample.blogSettings()).overrides(settings.asMap())
                    .build(), sample.sources(), Clock.systemUTC());
            process(admin, settings, topics);
            final List<ConsumerRecord<String, CanonicalEntry>> firstRun = canonical(topics);
            final List<CanonicalEntry> first = values(firstRun);
            assertTrue(Files.isDirectory(stateDir.resolve(app)), "the instance kept local state");
            assertTrue(topicNames(admin).contains(changelog), "the instance made its changelogs");
            final Map<TopicPartition, Long> processed = committed(admin, app);
            // every store but the global one (its topic is its log) and the router's in-memory line memory
            final long internalTopics = topicNames(admin).stream().filter(t -> t.startsWith(app + "-")).count();
            assertEquals(16, internalTopics);

            // when a dry run looks first
            final Run dryRun = reset(app, "reprocess", stateDir, "--dry-run");

            // then it says what it would do, and changes nothing
            assertEquals(ExitCodes.OK, dryRun.exitCode(), dryRun.toString());
            assertTrue(dryRun.stdout().contains("would delete 16 internal topics"), dryRun.stdout());
            assertTrue(dryRun.stdout().contains("would remove local state " + stateDir.resolve(app)), dryRun.stdout());
            assertTrue(Files.isDirectory(stateDir.resolve(app)));
            assertTrue(topicNames(admin).contains(changelog));
            assertEquals(processed, committed(admin, app));

            // when the application is reset
            final Run reset = reset(app, "reprocess", stateDir);

            // then its offsets are at the start, its internal topics and its local state are gone, the rest is kept;
            // only the version floors' changelog is there, seeded with the highest version of each item
            assertEquals(ExitCodes.OK, reset.exitCode(), reset.toString());
            System.out.println("liveblog reset printed:\n" + reset.stdout());
            assertTrue(reset.stdout().contains("reprocess.raw: moved the offsets of 3 partitions to the earliest (48 "
                    + "of 48 records had been processed; all 48 to process again)"), reset.stdout());
            assertFalse(Files.exists(stateDir.resolve(app)), "local state removed");
            assertTrue(Files.isDirectory(stateDir), "only the application's directory is removed");
            final Set<String> left = topicNames(admin);
            final String floors = app + "-enrich-names-changelog";
            assertEquals(Set.of(floors), left.stream().filter(t -> t.startsWith(app + "-"))
                    .collect(Collectors.toSet()));
            assertTrue(reset.stdout().contains("seeded the highest versions of 39 items in reprocess.canonical into "
                    + floors), reset.stdout());
            assertTrue(left.containsAll(topics.all().stream().map(t -> t.name()).toList()), "pipeline topics kept");
            final Map<TopicPartition, Long> earliest = new HashMap<>();
            for (int p = 0; p < 3; p++) {
                earliest.put(new TopicPartition(topics.raw().name(), p), 0L);
            }
            assertEquals(earliest, committed(admin, app), "every partition of the raw topic at its start");
            assertEquals(first.size(), canonical(topics).size(), "the canonical topic is left as it was");

            // and a second reset finds nothing more to do
            final Run again = reset(app, "reprocess", stateDir);
            assertEquals(ExitCodes.OK, again.exitCode(), again.toString());
            assertTrue(again.stdout().contains("deleted 1 internal topic: " + floors), again.stdout());
            assertTrue(again.stdout().contains("seeded the highest versions of 39 items"), again.stdout());
            assertTrue(again.stdout().contains("no local state at " + stateDir.resolve(app)), again.stdout());

            // when the sample is processed again under a changed rule: only exact repeats are merged now
            process(admin, settings.with("liveblog.dedup.min.tokens", "1000")
                    .with("liveblog.dedup.min.quote.tokens", "1000"), topics);

            // then the changelogs are made again and the canonical topic carries the second life of every item
            assertTrue(topicNames(admin).contains(changelog), "changelogs made again");
            // (the records after where the first run ended, partition by partition: an item stays on one)
            final Map<TopicPartition, Long> firstEnd = new HashMap<>();
            firstRun.forEach(r -> firstEnd.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1,
                    Math::max));
            final List<ConsumerRecord<String, CanonicalEntry>> all = canonical(topics);
            final List<CanonicalEntry> second = values(all.stream().filter(r -> r.offset()
                    >= firstEnd.getOrDefault(new TopicPartition(r.topic(), r.partition()), 0L)).toList());
            final Map<String, CanonicalEntry> before = last(first);
            final Map<String, CanonicalEntry> after = last(second);
            // versions continue: each item's first version after the reset is one above its last before it, and an
            // item of a new id starts at 1
            final Map<String, Integer> firstVersion = new LinkedHashMap<>();
            second.forEach(item -> firstVersion.putIfAbsent(item.getCanonicalId(), item.getVersion()));
            firstVersion.forEach((id, version) -> assertEquals(before.containsKey(id)
                    ? before.get(id).getVersion() + 1 : 1, version, id));
            // an item the change does not touch keeps its id, text and members, and its first-seen time
            final List<String> unchanged = new ArrayList<>();
            for (final CanonicalEntry item : after.values()) {
                final CanonicalEntry old = before.get(item.getCanonicalId());
                if (old != null && old.getMemberEntryIds().equals(item.getMemberEntryIds())) {
                    assertEquals(old.getText(), item.getText());
                    assertEquals(old.getFirstSeenAt(), item.getFirstSeenAt());
                    unchanged.add(item.getCanonicalId());
                }
            }
            // the one contained repeat of the sample is an item of its own now, under a new id; its old item keeps
            // its id with one member less; no id is lost
            final Set<String> newIds = new TreeSet<>(after.keySet());
            newIds.removeAll(before.keySet());
            assertTrue(after.keySet().containsAll(before.keySet()), "every item of the first run is made again");
            assertEquals(1, newIds.size(), newIds.toString());
            assertEquals(before.size() - 1, unchanged.size());
            final long lowerVersion = after.values().stream().filter(i -> before.containsKey(i.getCanonicalId())
                    && i.getVersion() < before.get(i.getCanonicalId()).getVersion()).count();
            final long sameVersion = after.values().stream().filter(i -> before.containsKey(i.getCanonicalId())
                    && i.getVersion() == before.get(i.getCanonicalId()).getVersion()).count();
            // what downstream sees: the upsert view (the last record of each id, as compaction keeps it) and the view
            // of a reader that keeps the highest version of each id, as 'consume --mode snapshot' does, are both the
            // second run's (README, Reprocessing)
            final Map<String, CanonicalEntry> upsert = last(values(all));
            after.forEach((id, item) -> assertEquals(item, upsert.get(id)));
            final SnapshotSink snapshot = new SnapshotSink(dir.resolve("snapshot.jsonl"), FileFormat.JSONL);
            snapshot.write(values(all), Map.of());
            final long stale = snapshot.items().stream().filter(i -> !i.equals(upsert.get(i.getCanonicalId())))
                    .count();
            assertEquals(0, lowerVersion, "no item's version goes back");
            assertEquals(0, stale, "README, Reprocessing: a highest-version reader gets every item's second life");
            System.out.printf(Locale.ROOT, "Reprocessing figures: first run %d events, %d items; after the reset %d "
                            + "events, %d items (%d new ids, %d unchanged items); versions continued; "
                            + "final version lower than before: %d, the same: %d; items a highest-version reader gets wrong: %d%n",
                    first.size(), before.size(), second.size(), after.size(), newIds.size(), unchanged.size(),
                    lowerVersion, sameVersion, stale);
        }
    }

    @Test
    void shouldRefuseWhileAnInstanceRunsAndChangeNothing(@TempDir final Path dir) throws Exception {
        // given a running instance
        final String app = "running-app";
        final Path stateDir = dir.resolve("state");
        final Settings settings = settings(app, "running", stateDir);
        final Topics topics = Topics.from(settings);
        try (TopicAdmin admin = TopicAdmin.connect(settings)) {
            admin.createMissing(List.copyOf(topics.all()), 3, (short) 1);
            // (an application that never ran has nothing to reset, and its reset is no error)
            final Run neverRan = reset(app, "running", stateDir);
            assertEquals(ExitCodes.OK, neverRan.exitCode(), neverRan.toString());
            assertTrue(neverRan.stdout().startsWith("application " + app + " (no group: it never ran"),
                    neverRan.stdout());
            assertTrue(neverRan.stdout().contains("running.raw: no committed offsets"), neverRan.stdout());
            try (LiveBlogProcessor processor = LiveBlogProcessor.start(settings)) {
                assertTrue(processor.awaitRunning(TIMEOUT), "the instance runs");
                final Set<String> topicsBefore = topicNames(admin);
                final Map<TopicPartition, Long> offsetsBefore = committed(admin, app);

                // when it is reset, or only looked at with a dry run
                for (final Run run : List.of(reset(app, "running", stateDir), reset(app, "running", stateDir,
                        "--dry-run"))) {
                    // then the reset is refused in one line, naming the group and its members
                    assertEquals(ExitCodes.REFUSED_WHILE_RUNNING, run.exitCode(), run.toString());
                    assertEquals(List.of("liveblog reset: refused: group running-app still has 1 member; stop every "
                            + "processor instance first"), run.messages());
                    assertEquals("", run.stdout());
                }
                // and nothing changed
                assertEquals(topicsBefore, topicNames(admin));
                assertEquals(offsetsBefore, committed(admin, app));
                assertTrue(Files.isDirectory(stateDir.resolve(app)));
            }
        }
    }

    @Test
    void shouldResetAnApplicationOfTheStreamsGroupProtocol(@TempDir final Path dir) throws Exception {
        // given an instance of the streams rebalance protocol (KIP-1071), running, then stopped
        final String app = "streams-protocol-app";
        final Path stateDir = dir.resolve("state");
        final Settings settings = settings(app, "kip1071", stateDir).with("group.protocol", "streams");
        final Topics topics = Topics.from(settings);
        try (TopicAdmin admin = TopicAdmin.connect(settings)) {
            admin.createMissing(List.copyOf(topics.all()), 3, (short) 1);
            try (LiveBlogProcessor processor = LiveBlogProcessor.start(settings)) {
                assertTrue(processor.awaitRunning(TIMEOUT), "the instance runs");
                // then a reset is refused while it runs
                final Run refused = reset(app, "kip1071", stateDir, "-X", "group.protocol=streams");
                assertEquals(ExitCodes.REFUSED_WHILE_RUNNING, refused.exitCode(), refused.toString());
                assertEquals(List.of("liveblog reset: refused: group " + app + " still has 1 member; stop every "
                        + "processor instance first"), refused.messages());
            }

            // when it is reset after it stopped, with the processor's own settings (the floors' plain reader must
            // not take over its group protocol)
            final Run reset = reset(app, "kip1071", stateDir, "-X", "group.protocol=streams");

            // then the streams group's offsets are at the start, and its internal topics and state are gone
            assertEquals(ExitCodes.OK, reset.exitCode(), reset.toString());
            assertTrue(reset.stdout().startsWith("application " + app + " (streams group, no members)"),
                    reset.stdout());
            final Map<TopicPartition, OffsetAndMetadata> offsets = admin.admin()
                    .listStreamsGroupOffsets(Map.of(app, new ListStreamsGroupOffsetsSpec()))
                    .partitionsToOffsetAndMetadata(app).get();
            assertEquals(3, offsets.size(), offsets.toString());
            offsets.values().forEach(offset -> assertEquals(0L, offset.offset()));
            assertEquals(Set.of(), topicNames(admin).stream().filter(t -> t.startsWith(app + "-"))
                    .collect(Collectors.toSet()));
            assertFalse(Files.exists(stateDir.resolve(app)));
        }
    }

    /** What {@code liveblog reset} printed and returned, run in this JVM as the packaged command runs it. */
    private record Run(int exitCode, String stdout, String stderr) {

        /** Standard error without the log lines: what a user reads. */
        List<String> messages() {
            return stderr.strip().lines().filter(l -> !l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d+ .*")).toList();
        }
    }

    private static Run reset(final String app, final String topicPrefix, final Path stateDir, final String... more) {
        final List<String> args = new ArrayList<>(List.of("reset", "--bootstrap-servers", broker.bootstrapServers(),
                "--application-id", app, "--state-dir", stateDir.toString()));
        topicNames(topicPrefix).forEach((key, name) -> args.addAll(List.of("-X", key + "=" + name)));
        args.addAll(List.of(more));
        final PrintStream out = System.out;
        final PrintStream err = System.err;
        final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            final int code = CommandLines.execute(new LiveblogCommand(), args.toArray(new String[0]));
            return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Topics of the test's own, so the tests sharing the broker never meet. */
    private static Map<String, String> topicNames(final String prefix) {
        return Map.of(Topics.RAW_NAME_KEY, prefix + ".raw", Topics.FILTERED_NAME_KEY, prefix + ".filtered",
                Topics.CANONICAL_NAME_KEY, prefix + ".canonical", Topics.DEAD_LETTER_NAME_KEY, prefix + ".dlq",
                Topics.QUOTES_NAME_KEY, prefix + ".quotes", Topics.REFERENCE_ENTITIES_NAME_KEY, prefix + ".reference",
                Topics.SCHEMAS_NAME_KEY, prefix + ".schemas");
    }

    private static Settings settings(final String app, final String topicPrefix, final Path stateDir) {
        final Map<String, String> extra = new HashMap<>(topicNames(topicPrefix));
        extra.put("application.id", app);
        return BrokerRecords.settings(broker, stateDir, extra);
    }

    /** Runs an instance until it has committed the end of the raw topic, then stops it (leaving its group). */
    private static void process(final TopicAdmin admin, final Settings settings, final Topics topics)
            throws InterruptedException {
        try (LiveBlogProcessor processor = LiveBlogProcessor.start(settings)) {
            new Completion(admin, TIMEOUT).awaitProcessed(topics.raw().name(),
                    settings.require("application.id"), () -> processor.failure() != null);
        }
    }

    /** Every committed record of the canonical topic, in offset order per partition (an item stays on one). */
    private static List<ConsumerRecord<String, CanonicalEntry>> canonical(final Topics topics) {
        final List<ConsumerRecord<String, CanonicalEntry>> records = new ArrayList<>();
        try (KafkaConsumer<String, CanonicalEntry> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "isolation.level", "read_committed"),
                new StringDeserializer(), topics.canonical().valueSerde().deserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topics.canonical().name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            final long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                assertTrue(System.nanoTime() < deadline, "read the canonical topic to its end");
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static List<CanonicalEntry> values(final List<ConsumerRecord<String, CanonicalEntry>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }

    /** The last record of each item: the upsert view a compacted topic converges to. */
    private static Map<String, CanonicalEntry> last(final List<CanonicalEntry> records) {
        final Map<String, CanonicalEntry> last = new LinkedHashMap<>();
        records.forEach(item -> last.put(item.getCanonicalId(), item));
        return last;
    }

    private static Set<String> topicNames(final TopicAdmin admin) throws Exception {
        return new TreeSet<>(admin.admin().listTopics().names().get());
    }

    private static Map<TopicPartition, Long> committed(final TopicAdmin admin, final String group) throws Exception {
        final Map<TopicPartition, OffsetAndMetadata> offsets =
                admin.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
