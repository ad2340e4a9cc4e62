package dev.liveblog.consumer;

import dev.liveblog.common.cli.AccessErrors;
import dev.liveblog.common.cli.CommandLines;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.KafkaOptions;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.ops.Ops;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.consumer.sink.FileFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog consume}: writes the canonical (or filtered) stream to a file or stdout until stopped. */
@Command(name = "consume", mixinStandardHelpOptions = true,
        description = "Subscribe to the canonical topic (read_committed) and write each event as JSON Lines or to an "
                + "Avro container file. A file is written exactly once: a restart resumes where it stopped.")
public final class ConsumerCommand implements Callable<Integer> {

    @Mixin
    private KafkaOptions kafka;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = Outputs.STDOUT,
            description = "Output file, '-' for standard output (the default).")
    private String output;

    @Option(names = "--format", paramLabel = "jsonl|avro", defaultValue = "jsonl",
            description = "jsonl (the default) or avro (an Avro object container file).")
    private FileFormat format;

    @Option(names = "--stream", paramLabel = "canonical|filtered|quotes", defaultValue = "canonical",
            description = "Which stream to write: canonical (the default), filtered, or quotes.")
    private Outputs.Stream stream;

    @Option(names = "--mode", paramLabel = "stream|snapshot", defaultValue = "stream",
            description = "stream (the default): every create and update; snapshot: one line per canonical id, its "
                    + "latest version, the file replaced atomically after each batch.")
    private Outputs.Mode mode;

    @Option(names = "--group-id", description = "Consumer group id (default: liveblog-consumer).")
    private String groupId;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve /metrics, /health/live and /health/ready on this port (liveblog.http.port; 0: any "
                    + "free port; default: no server).")
    private Integer httpPort;

    public static void main(final String[] args) {
        System.exit(CommandLines.execute(new ConsumerCommand(), args));
    }

    @Override
    public Integer call() throws InterruptedException {
        final Map<String, String> options = new HashMap<>();
        options.put("group.id", groupId);
        options.put(LiveBlogConfig.HTTP_PORT, httpPort == null ? null : httpPort.toString());
        final Settings settings = kafka.resolve(Map.of(), options);
        // Every setting is checked before Kafka is contacted: one line per problem, exit code 5.
        final LiveBlogConsumerConfig config = LiveBlogConsumerConfig.from(settings);
        final Topics topics = Topics.from(config);
        final Ops ops = Ops.start("consumer", config);
        try (TopicAdmin admin = TopicAdmin.connect(config)) {
            admin.awaitReachable();
            admin.requireTopics(List.of(switch (stream) {
                case CANONICAL -> topics.canonical();
                case FILTERED -> topics.filtered();
                case QUOTES -> topics.quotes();
            }));
        } catch (final RuntimeException e) {
            ops.close();
            throw e;
        }
        final TopicWriter<?> writer = Outputs.writer(settings, stream, mode, output, format, ops.registry());
        final Thread loop = new Thread(writer, "liveblog-consumer");
        // the loop's failure is reported by this command as one line and an exit code, not by the thread's default
        // handler as a stack trace
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        loop.setUncaughtExceptionHandler((thread, error) -> failure.set(error));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            writer.close();
            joinQuietly(loop);
            ops.close();
        }, "liveblog-consumer-shutdown"));
        loop.start();
        ops.attach(writer::health);
        loop.join();
        final Throwable failed = failure.get();
        if (failed instanceof UserException user) {
            throw user;
        }
        if (failed != null) {
            throw AccessErrors.explain(failed, settings.kafkaProperties(), AccessErrors.TopicAccess.READ)
                    .orElseThrow(() -> failed instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(failed));
        }
        return ExitCodes.OK;
    }

    private static void joinQuietly(final Thread thread) {
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
