package dev.liveblog.app;

import ch.qos.logback.classic.Level;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Durations;
import dev.liveblog.common.config.Settings;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.producer.BlogOptions;
import dev.liveblog.producer.LiveBlogProducer;
import dev.liveblog.producer.LiveBlogProducerConfig;
import dev.liveblog.producer.PlainTextSource;
import dev.liveblog.producer.PollOptions;
import dev.liveblog.producer.poll.PolledBlog;
import dev.liveblog.producer.poll.PollingProducer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog run}: the whole pipeline on an embedded broker, from a live blog to its canonical stream. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start an embedded Kafka broker, run producer -> processor -> consumer on a live blog (the "
                + "bundled sample if no --input or --url), print the canonical stream and write it to DIR.")
public final class RunCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, paramLabel = "FILE",
            description = "Live blog as plain text; repeat for successive polls of the same blog, sent in order.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--polls", paramLabel = "N", defaultValue = "1",
            description = "With --url or --blogs: poll each blog N times, then finish the run (default: 1).")
    private int polls;

    @Mixin
    private BlogOptions blog;

    @Mixin
    private PollOptions poll;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Where canonical.jsonl and filtered.jsonl are written (default: out).")
    private Path out;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default: 3).")
    private int partitions;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up if the stream is not complete after this long (default: 120).")
    private int timeoutSeconds;

    @Option(names = {"-v", "--verbose"}, description = "Log the components' progress.")
    private boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        if (!verbose) {
            // The run prints its own report; routine warnings of the in-process broker would only clutter it.
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.liveblog")).setLevel(Level.WARN);
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.kafka")).setLevel(Level.ERROR);
        }
        if (poll.given()) {
            return poll();
        }
        final PlainTextSource reader = new PlainTextSource(LiveBlogProducerConfig.defaultInvalidLines());
        final PipelineInputs sources = inputs.isEmpty()
                ? PipelineInputs.bundledSample(reader)
                : PipelineInputs.files(inputs, reader);
        final Settings settings = Settings.builder()
                .defaults(sources.blogSettings())
                .environment(System.getenv())
                .overrides(blog.asSettings())
                .build();
        // Every setting is checked before the broker starts: one line per problem, exit code 5.
        final LiveBlogProducerConfig config = LiveBlogProducerConfig.from(settings);
        System.err.println("Running the pipeline on " + sources.entries() + " entries from "
                + sources.sources().size() + " source(s) with an embedded Kafka broker...");
        final LocalPipeline.Result result;
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
             ProgressLine progress = new ProgressLine(registry, System.err, System.console() != null)) {
            result = new LocalPipeline(settings.with("bootstrap.servers", broker.bootstrapServers()), out, partitions,
                    Duration.ofSeconds(timeoutSeconds), registry).run(sources);
        }
        new StreamReport(System.out).print(result, sources.sendOrder(config.order()));
        return ExitCodes.OK;
    }

    /** The pipeline on polled blogs: each polled {@code --polls} times, then the run waits for the output. */
    private int poll() throws InterruptedException {
        if (!inputs.isEmpty()) {
            throw new UserException(ExitCodes.USAGE, "give either --input files or --url/--blogs to poll");
        }
        if (polls < 1) {
            throw new UserException(ExitCodes.USAGE, "--polls must be 1 or more: a run ends");
        }
        final Map<String, String> options = new HashMap<>(blog.asSettings());
        options.putAll(poll.asSettings());
        final Settings settings = Settings.builder().defaults(PollOptions.DEFAULTS).environment(System.getenv())
                .overrides(options).build();
        final LiveBlogProducerConfig config = LiveBlogProducerConfig.from(settings);
        final List<PolledBlog> blogs = poll.blogs(settings, config, null);
        System.err.println("Running the pipeline on " + blogs.size() + " polled blog(s), " + polls + " poll(s) each "
                + "every " + Durations.describe(config.pollInterval()) + ", with an embedded Kafka broker...");
        final String names = blogs.stream().map(PolledBlog::blogId).collect(Collectors.joining(", "));
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final LocalPipeline.Result result;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
             ProgressLine progress = new ProgressLine(registry, System.err, System.console() != null)) {
            result = new LocalPipeline(settings.with("bootstrap.servers", broker.bootstrapServers()), out, partitions,
                    Duration.ofSeconds(timeoutSeconds), registry).run(local -> {
                        // a run reads its topics from the start, so it starts with no memory of earlier polls
                        final Settings run = local.with(LiveBlogProducerConfig.STATE_FILE,
                                Path.of(local.require("state.dir"), "producer-state.json").toString());
                        final PollingProducer.Summary summary = LiveBlogProducer.poll(run, blogs, polls, registry,
                                producer -> { }, Clock.systemUTC());
                        return new LocalPipeline.Produced(names, summary.added() + summary.edited());
                    });
        }
        new StreamReport(System.out).print(result, List.of());
        return ExitCodes.OK;
    }
}
