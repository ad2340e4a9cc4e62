package dev.liveblog.app;

import ch.qos.logback.classic.Level;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.config.Settings;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.producer.BlogOptions;
import dev.liveblog.producer.LiveBlogProducerConfig;
import dev.liveblog.producer.PlainTextSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog run}: the whole pipeline on an embedded broker, from a live blog to its canonical stream. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start an embedded Kafka broker, run producer -> processor -> consumer on a live blog (the "
                + "bundled sample if no --input), print the canonical stream and write it to DIR.")
public final class RunCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, paramLabel = "FILE",
            description = "Live blog as plain text; repeat for successive polls of the same blog, sent in order.")
    private List<Path> inputs = new ArrayList<>();

    @Mixin
    private BlogOptions blog;

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
}
