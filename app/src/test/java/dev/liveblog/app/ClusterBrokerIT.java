package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.app.crash.Component;
import dev.liveblog.app.crash.NodeLines;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.schema.serde.SchemaTopic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code liveblog broker --nodes 3}: three KRaft nodes, each a process of its own, every topic replicated to three
 * with two in sync required; a node killed with SIGKILL leaves the cluster writable and readable, transactions
 * included, and {@code liveblog broker --node N} starts it again on its data, where it catches up.
 */
class ClusterBrokerIT {

    private static final String TOPIC = Topics.RAW_DEFAULT;
    private static final String LED_BY_NODE_2 = "failover.schemas";

    @TempDir
    Path dir;

    @Test
    void shouldServeWithOneNodeKilledAndTakeItBackWhenStartedAgain() throws Exception {
        final int port = NodeLines.freePorts(6);
        final Path data = dir.resolve("cluster");
        final Path logs = Files.createDirectories(Path.of("target", "cluster-logs"));
        // a component appends to its log: lines of an earlier run must not be read as this one's
        for (final String name : List.of("cluster.log", "cluster-node-2.log")) {
            Files.deleteIfExists(logs.resolve(name));
        }
        final String bootstrap = "localhost:" + port + ",localhost:" + (port + 1) + ",localhost:" + (port + 2);
        try (Component cluster = new Component("cluster", logs, "broker", "--nodes", "3", "--port",
                String.valueOf(port), "--data-dir", data.toString(), "--partitions", "3");
             Component restarted = new Component("cluster-node-2", logs, "broker", "--node", "2", "--data-dir",
                     data.toString());
             Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            // given a cluster of three nodes, started by one command that names each node's port and process
            cluster.start();
            final Map<Integer, NodeLines.Node> nodes = NodeLines.await(cluster.log(), 3, Duration.ofSeconds(150));
            assertEquals(Set.of(1, 2, 3), nodes.keySet());
            for (int node = 1; node <= 3; node++) {
                assertEquals(port + node - 1, nodes.get(node).port(), "node " + node + "'s port");
                assertTrue(ProcessHandle.of(nodes.get(node).pid()).isPresent(), "node " + node + "'s process");
            }
            assertEquals(3, admin.describeCluster().nodes().get().size());

            // and the pipeline's topics replicated to all three, a write needing two
            for (final TopicDescription topic : admin.describeTopics(List.copyOf(Topics.defaults().all().stream()
                    .map(t -> t.name()).toList())).allTopicNames().get().values()) {
                topic.partitions().forEach(p -> assertEquals(3, p.replicas().size(), topic.name()));
            }
            assertEquals("2", topicConfig(admin, TOPIC, "min.insync.replicas"));

            // and a schemas topic whose one partition node 2 leads
            admin.createTopics(List.of(new NewTopic(LED_BY_NODE_2, Map.of(0, List.of(2, 1, 3)))
                    .configs(Map.of("cleanup.policy", "compact", "min.insync.replicas", "2")))).all().get();

            // when node 2 is killed with SIGKILL
            final ProcessHandle killed = ProcessHandle.of(nodes.get(2).pid()).orElseThrow();
            killed.destroyForcibly();
            killed.onExit().get();

            // then a writer publishing its schema at once waits out the partition's move to another leader (the
            // controller notices the kill only after 9 s) instead of failing its first record
            final SchemaTopic schemas = new SchemaTopic(Map.of("bootstrap.servers", bootstrap), LED_BY_NODE_2);
            schemas.write("00000000000000aa", "\"string\"");
            assertEquals(Map.of("00000000000000aa", "\"string\""), schemas.readNew());

            // then a transactional producer still writes, and a group still reads every record, committed
            final List<String> sent = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                sent.add("record " + i);
            }
            produceInTransaction(bootstrap, sent);
            assertEquals(sent, readCommitted(bootstrap, sent.size()));
            // and the topics Kafka made for them, offsets and transactions, are replicated to three as well
            for (final String internal : List.of("__consumer_offsets", "__transaction_state")) {
                final TopicDescription topic = admin.describeTopics(List.of(internal)).allTopicNames().get()
                        .get(internal);
                topic.partitions().forEach(p -> assertEquals(3, p.replicas().size(), internal));
            }
            assertTrue(awaitLine(cluster.log(), "node 2 (pid " + nodes.get(2).pid() + ") exited with code 137"),
                    "the cluster command reports the killed node and how to start it again");

            // when node 2 is started again alone on its data
            restarted.start();
            final Map<Integer, NodeLines.Node> again = NodeLines.await(restarted.log(), 1, Duration.ofSeconds(150));
            assertEquals(port + 1, again.get(2).port());

            // then it rejoins and catches up: every partition has its three replicas in sync again
            awaitFullIsr(admin, TOPIC);
            assertEquals(3, admin.describeCluster().nodes().get().size());

            // and the node alone and the cluster stop cleanly on SIGTERM
            assertStopped(restarted.stop());
            assertStopped(cluster.stop());
            for (int node : List.of(1, 3)) {
                assertFalse(ProcessHandle.of(nodes.get(node).pid()).map(ProcessHandle::isAlive).orElse(false),
                        "node " + node + " stopped with the cluster command");
            }
        }
    }

    @Test
    void shouldRefuseAClusterWithoutADataDirectoryAndANodeOfNoCluster() throws Exception {
        final Cli.Result noDir = Cli.run("broker", "--nodes", "3");
        assertEquals(2, noDir.exitCode());
        assertEquals(List.of("liveblog broker: --nodes needs --data-dir: where each node keeps its data, from "
                + "which a killed node starts again"), noDir.messages());

        final Cli.Result noCluster = Cli.run("broker", "--node", "2", "--data-dir", dir.toString());
        assertEquals(5, noCluster.exitCode());
        assertEquals(List.of("liveblog broker: " + dir + " holds no cluster (no cluster.properties): make one with "
                + "--nodes first"), noCluster.messages());
    }

    private static void assertStopped(final int exitCode) {
        assertTrue(exitCode == 0 || exitCode == Component.SIGTERM_EXIT, "exit code " + exitCode);
    }

    private static boolean awaitLine(final Path log, final String text) throws Exception {
        final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static String topicConfig(final Admin admin, final String topic, final String key) throws Exception {
        final ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        final Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        return config.get(key).value();
    }

    private static void awaitFullIsr(final Admin admin, final String topic) throws Exception {
        final long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Collection<Integer> isrSizes = List.of();
        while (System.nanoTime() < deadline) {
            isrSizes = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> p.isr().size()).toList();
            if (isrSizes.stream().allMatch(size -> size == 3)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the restarted node did not catch up within 90 s: in-sync replicas " + isrSizes);
    }

    private static void produceInTransaction(final String bootstrap, final List<String> values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "cluster-it",
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            // one key: one partition, so the order read is the order sent
            values.forEach(value -> producer.send(new ProducerRecord<>(TOPIC, "one-key", value)));
            producer.commitTransaction();
        }
    }

    private static List<String> readCommitted(final String bootstrap, final int count) {
        final List<String> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "cluster-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (read.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> read.add(r.value()));
            }
            consumer.commitSync();
        }
        return read;
    }
}
