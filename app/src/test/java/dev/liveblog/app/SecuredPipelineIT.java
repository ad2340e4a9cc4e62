package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.cli.CommandLines;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.consumer.Outputs;
import dev.liveblog.consumer.TopicWriter;
import dev.liveblog.consumer.sink.FileFormat;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessor;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a broker secured as {@code liveblog broker --security sasl-ssl} secures it (TLS, SCRAM-SHA-512,
 * StandardAuthorizer): each component runs with only its own ACLs and its own properties file, and each kind of
 * refusal reaches the operator as one line and its exit code from the packaged command, never a stack trace.
 */
class SecuredPipelineIT {

    private static final String SAMPLE = GoldFile.SAMPLE_TEXT.toString();
    /** Short enough for a test, long enough for the wait's plaintext-on-TLS check to happen within it. */
    private static final String WAIT = "liveblog.kafka.wait.seconds=15";

    @TempDir
    static Path dir;
    private static EmbeddedKafkaBroker broker;
    private static Map<String, Path> files;

    /** A user with the processor's ACLs but those on its transactional ids. */
    private static final String PARTIAL = "partial";

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        final List<String> users = new ArrayList<>(PipelineAcls.USERS);
        users.add(PARTIAL);
        broker = EmbeddedKafkaBroker.builder().dataDir(dir.resolve("broker")).saslSsl(users).start();
        files = SecuredPipeline.prepare(broker, dir.resolve("client-config"), 3, Duration.ofSeconds(60));
        final List<PipelineAcls.Grant> partial = PipelineAcls.grants(Topics.from(Settings.of(Map.of())),
                LiveBlogProcessorConfig.DEFAULT_APPLICATION_ID, SecuredPipeline.CONSUMER_GROUP).stream()
                .filter(g -> g.user().equals(PipelineAcls.PROCESSOR) && g.type() != ResourceType.TRANSACTIONAL_ID)
                .map(g -> new PipelineAcls.Grant(PARTIAL, g.type(), g.name(), g.pattern(), g.operations())).toList();
        try (Admin admin = Admin.create(new HashMap<>(broker.clientProperties("admin")))) {
            admin.createAcls(PipelineAcls.bindings(partial)).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldRunEachComponentWithOnlyItsOwnAclsAndPropertiesFile() throws Exception {
        assertEquals(List.of("admin", "producer", "processor", "consumer", PARTIAL), List.copyOf(files.keySet()));
        // given a record on the canonical topic that nothing can decode, which the consumer must dead-letter
        try (KafkaProducer<byte[], byte[]> admin = new KafkaProducer<>(new HashMap<>(broker.clientProperties("admin")),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            admin.send(new ProducerRecord<>("liveblog.entries.canonical", 0, "poison".getBytes(StandardCharsets.UTF_8),
                    new byte[] {1, 2, 3})).get();
        }

        // when the producer sends the sample with producer.properties (the sidecar gives blog id, date and zone)
        assertEquals(0, CommandLines.execute(new LiveblogCommand(), "produce", "--input", SAMPLE,
                "--config", files.get("producer").toString()));

        // and the processor and the consumer run with theirs
        final Settings processorSettings = Settings.builder().file(files.get("processor"))
                .overrides(Map.of("state.dir", dir.resolve("state").toString())).build();
        final Settings consumerSettings = Settings.builder().file(files.get("consumer")).build();
        final Path snapshot = dir.resolve("canonical-snapshot.jsonl");
        try (LiveBlogProcessor processor = LiveBlogProcessor.start(processorSettings)) {
            assertTrue(processor.awaitRunning(Duration.ofSeconds(90)), "processor running: " + processor.failure());
            final TopicWriter<?> writer = Outputs.writer(consumerSettings, Outputs.Stream.CANONICAL,
                    Outputs.Mode.SNAPSHOT, snapshot.toString(), FileFormat.JSONL);
            final Thread loop = new Thread(writer, "secured-consumer");
            loop.start();
            final long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (lines(snapshot) < 39 && System.nanoTime() < deadline && loop.isAlive()
                    && processor.failure() == null) {
                Thread.sleep(200);
            }
            writer.close();
            loop.join(Duration.ofSeconds(20).toMillis());
            assertEquals(null, processor.failure(), "the processor needs nothing beyond its ACLs");
        }

        // then the file holds the sample's 39 items, and the poison record went to the dead-letter topic
        assertEquals(39, lines(snapshot));
        final List<ConsumerRecord<byte[], byte[]>> dead = readAll("liveblog.entries.dlq");
        assertEquals(1, dead.size());
        assertEquals("liveblog.entries.canonical", new String(
                dead.get(0).headers().lastHeader("__streams.errors.topic").value(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldStartTheSecuredBrokerFromTheCommandAndWriteUsableClientFiles() throws Exception {
        // given 'liveblog broker --security sasl-ssl' started as an operator starts it
        final Path out = dir.resolve("command-config");
        final Path log = dir.resolve("broker-command.out");
        final Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Cli.JAR.toString(), "broker", "--security", "sasl-ssl", "--port", "0",
                "--data-dir", dir.resolve("command-broker").toString(), "--out-config", out.toString())
                .redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            final long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!Files.readString(log).contains("Press Ctrl-C") && process.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            final String printed = Files.readString(log);

            // then it prints where each user's file is, and each holds what a client needs, readable by its owner only
            assertTrue(printed.contains("(SASL_SSL: TLS, SCRAM-SHA-512 logins, ACLs)"), printed);
            for (final String user : List.of("admin", "producer", "processor", "consumer")) {
                final Path file = out.resolve(user + ".properties");
                assertTrue(printed.contains(file.toString()), printed);
                final String text = Files.readString(file);
                for (final String key : List.of("bootstrap.servers=", "security.protocol=SASL_SSL",
                        "sasl.mechanism=SCRAM-SHA-512", "sasl.jaas.config=", "ssl.truststore.location=",
                        "ssl.truststore.type=PKCS12", "ssl.truststore.password=")) {
                    assertTrue(text.contains(key), user + ": " + key);
                }
                assertEquals("rw-------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(file)), user);
            }
            assertTrue(Files.exists(out.resolve("ca.pem")));

            // and the admin's file works with another command
            final Cli.Result created = Cli.run("create-topics", "--config", out.resolve("admin.properties").toString());
            assertEquals(0, created.exitCode(), created.stderr());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "broker stops on SIGTERM");
        }
    }

    @Test
    void shouldAnswerAWrongPasswordWithOneLineAndExitCode6() throws Exception {
        // given producer.properties with another password
        final Path wrong = dir.resolve("wrong-password.properties");
        Files.writeString(wrong, Files.readString(files.get("producer"))
                .replaceAll("password=\\\\?\"[^\"\\\\]*\\\\?\"", "password=\"not-the-password\""));

        final Cli.Result result = Cli.run("produce", "--input", SAMPLE, "--config", wrong.toString(),
                "-X", WAIT);

        assertOneLine(result, 6, "liveblog produce: authentication failed for user 'producer' (SASL/SCRAM-SHA-512) at "
                + broker.bootstrapServers() + ": ");
    }

    @Test
    void shouldAnswerAClientThatDoesNotTrustTheBrokersCertificateWithExitCode6() throws Exception {
        // given producer.properties without its truststore: the JDK's default authorities do not know the broker's
        final Path untrusting = dir.resolve("no-truststore.properties");
        Files.write(untrusting, Files.readAllLines(files.get("producer")).stream()
                .filter(l -> !l.startsWith("ssl.truststore.")).toList());

        final Cli.Result result = Cli.run("produce", "--input", SAMPLE, "--config", untrusting.toString(),
                "-X", WAIT);

        assertOneLine(result, 6, "liveblog produce: TLS handshake with the broker at " + broker.bootstrapServers()
                + " failed (");
    }

    @Test
    void shouldAnswerAPlaintextClientOnTheTlsPortWithOneLineAndExitCode6() throws Exception {
        final long start = System.nanoTime();
        final Cli.Result result = Cli.run("produce", "--input", SAMPLE,
                "--bootstrap-servers", broker.bootstrapServers(), "-X", WAIT);

        assertOneLine(result, 6, "liveblog produce: the broker at " + broker.bootstrapServers() + " speaks TLS; this "
                + "client uses PLAINTEXT: set security.protocol=SASL_SSL");
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(14).toNanos(), "named before the wait ran out");
    }

    @Test
    void shouldAnswerTheProducersFileUsedToConsumeWithOneLineAndExitCode7() throws Exception {
        final Cli.Result result = Cli.run("consume", "--output", dir.resolve("never.jsonl").toString(),
                "--config", files.get("producer").toString(), "-X", WAIT);

        assertOneLine(result, 7, "liveblog consume: not authorized to describe topic liveblog.entries.canonical as "
                + "user 'producer': an ACL is missing");
    }

    @Test
    void shouldAnswerAUserWithoutWriteOnTheRawTopicWithOneLineAndExitCode7() throws Exception {
        // the processor may read the raw topic (so it sees it), not write to it
        final Cli.Result result = Cli.run("produce", "--input", SAMPLE,
                "--config", files.get("processor").toString(), "-X", WAIT);

        assertOneLine(result, 7, "liveblog produce: not authorized to write to topic liveblog.entries.raw as user "
                + "'processor': an ACL is missing");
    }

    @Test
    void shouldAnswerTheConsumersFileUsedToProcessWithOneLineAndExitCode7() throws Exception {
        final Cli.Result result = Cli.run("process", "--state-dir", dir.resolve("never-state").toString(),
                "--config", files.get("consumer").toString(), "-X", WAIT);

        assertOneLine(result, 7, "liveblog process: not authorized to describe topics liveblog.entries.raw, "
                + "liveblog.reference.entities as user 'consumer': an ACL is missing");
    }

    @Test
    void shouldAnswerAProcessorUserWithoutItsTransactionalIdAclBeforeKafkaStreamsStarts() throws Exception {
        final Cli.Result result = Cli.run("process", "--state-dir", dir.resolve("partial-state").toString(),
                "--config", files.get(PARTIAL).toString(), "-X", WAIT);

        assertOneLine(result, 7, "liveblog process: not authorized to use a transactional id as user 'partial' "
                + "(transactional ids liveblog-processor-*): an ACL is missing");
    }

    @Test
    void shouldAnswerAnApplicationIdWithoutAclsWithOneLineAndExitCode7() throws Exception {
        // the processor's ACLs cover ids prefixed liveblog-processor; its state's changelog is named after the id
        final Cli.Result result = Cli.run("process", "--state-dir", dir.resolve("other-state").toString(),
                "--application-id", "reprocess-1", "--config", files.get("processor").toString(), "-X", WAIT);

        assertOneLine(result, 7, "liveblog process: not authorized to describe topic reprocess-1-");
    }

    private static void assertOneLine(final Cli.Result result, final int exitCode, final String start) {
        System.out.println("exit " + result.exitCode() + ": " + String.join(" | ", result.messages()));
        assertEquals(exitCode, result.exitCode(), result.stderr());
        assertEquals(1, result.messages().size(), result.stderr());
        assertTrue(result.messages().get(0).startsWith(start), result.messages().get(0));
        assertFalse(result.stderr().contains("\tat "), "no stack trace: " + result.stderr());
        assertFalse(result.stderr().contains("password=\"" + "not-the"), "no password echoed");
    }

    private static int lines(final Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).size() : 0;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(final String topic) {
        final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                new HashMap<>(broker.clientProperties("admin")), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
