package dev.liveblog.producer;

import dev.liveblog.common.cli.CommandLines;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.KafkaOptions;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.ops.Ops;
import dev.liveblog.producer.poll.PolledBlog;
import dev.liveblog.producer.poll.PollingProducer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code liveblog produce}: reads a live blog as plain text once, or polls live-blog pages, feeds or a directory of
 * snapshots, and sends one BlogEntry per new or edited entry.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Read a live blog scraped as plain text (one entry per line, newest first) and send each "
                + "entry as a BlogEntry to the raw topic.",
                "With --url, --blogs or --watch: poll live-blog pages (schema.org LiveBlogPosting JSON-LD), RSS or "
                        + "Atom feeds, HTML pages (--entry-selector) or a directory of snapshots, and send the new "
                        + "and edited updates of each poll, until stopped or --polls."})
public final class ProducerCommand implements Callable<Integer> {

    static final String STDIN = "-";

    @Mixin
    private KafkaOptions kafka;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE",
            description = "Source file, '-' for standard input (the default). Repeat for successive polls of one blog.")
    private List<String> inputs = new ArrayList<>();

    @Mixin
    private BlogOptions blog;

    @Mixin
    private PollOptions poll;

    @Option(names = "--order", paramLabel = "oldest-first|source",
            description = "Send order: oldest-first (reverse page order, the default) or source (page order).")
    private String order;

    @Option(names = "--invalid-lines", paramLabel = "fail|skip",
            description = "A line that is not valid UTF-8: fail (the default) or skip it with a warning.")
    private String invalidLines;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Take each new file a scraper drops into DIR as one poll of a blog.")
    private Path watch;

    @Option(names = "--polls", paramLabel = "N", defaultValue = "0",
            description = "Stop after polling each blog N times (default: 0, until stopped).")
    private int polls;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Where the poller remembers what it sent (default: liveblog-producer-state.json).")
    private String stateFile;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "While polling, serve /metrics, /health/live and /health/ready on this port (0: any "
                    + "free port; default: no server).")
    private Integer httpPort;

    public static void main(final String[] args) {
        System.exit(CommandLines.execute(new ProducerCommand(), args));
    }

    @Override
    public Integer call() throws InterruptedException {
        if (poll.given() || watch != null) {
            if (!inputs.isEmpty()) {
                throw new UserException(ExitCodes.USAGE, "--input reads files once; give either it or --url, "
                        + "--blogs, --watch");
            }
            return poll();
        }
        final Map<String, String> defaults = new HashMap<>();
        if (!inputs.isEmpty() && !STDIN.equals(inputs.get(0))) {
            defaults.putAll(SourceSettings.of(Path.of(inputs.get(0))));
        }
        final Settings settings = kafka.resolve(defaults, options());
        // Every setting is checked before any input is read: one line per problem, exit code 5.
        final LiveBlogProducerConfig config = LiveBlogProducerConfig.from(settings);
        final PlainTextSource source = new PlainTextSource(config.invalidLines());
        final List<LiveBlogProducer.Input> read = new ArrayList<>();
        for (final String input : inputs.isEmpty() ? List.of(STDIN) : inputs) {
            final LiveBlogProducer.Input lines = STDIN.equals(input)
                    ? LiveBlogProducer.Input.ofLines("stdin", source.read("stdin", System.in))
                    : LiveBlogProducer.Input.ofLines(Path.of(input).getFileName().toString(),
                            source.read(Path.of(input)));
            if (lines.updates().isEmpty()) {
                throw new UserException(ExitCodes.BAD_INPUT, (STDIN.equals(input) ? "stdin" : input)
                        + " holds no entries");
            }
            read.add(lines);
        }
        final LiveBlogProducer.Summary summary = LiveBlogProducer.produce(settings, read, Clock.systemUTC());
        System.out.println(summary.describe());
        return ExitCodes.OK;
    }

    /** Polls until SIGTERM or --polls: the shutdown hook stops the loop after the poll in hand and waits for it. */
    private int poll() throws InterruptedException {
        if (polls < 0) {
            throw new UserException(ExitCodes.USAGE, "--polls must be 0 (until stopped) or more: " + polls);
        }
        final Settings settings = kafka.resolve(PollOptions.DEFAULTS, options());
        final LiveBlogProducerConfig config = LiveBlogProducerConfig.from(settings);
        final List<PolledBlog> blogs = poll.blogs(settings, config, watch);
        final CountDownLatch finished = new CountDownLatch(1);
        final AtomicReference<PollingProducer> running = new AtomicReference<>();
        final AtomicBoolean stopping = new AtomicBoolean();
        try (Ops ops = Ops.start("producer", config)) {
            final Thread hook = new Thread(() -> {
                stopping.set(true);
                final PollingProducer producer = running.get();
                if (producer != null) {
                    producer.stop();
                }
                awaitQuietly(finished);
            }, "liveblog-producer-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                final PollingProducer.Summary summary = LiveBlogProducer.poll(settings, blogs, polls, ops.registry(),
                        producer -> {
                            running.set(producer);
                            // a SIGTERM while the producer was connecting found nothing to stop yet
                            if (stopping.get()) {
                                producer.stop();
                            }
                            ops.attach(producer::health);
                        }, Clock.systemUTC());
                System.out.println("polled " + blogs.size() + " blog(s): " + summary.describe());
            } finally {
                finished.countDown();
            }
        }
        return ExitCodes.OK;
    }

    private static void awaitQuietly(final CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, String> options() {
        final Map<String, String> options = new HashMap<>(blog.asSettings());
        options.put(LiveBlogProducerConfig.ORDER, order);
        options.put(LiveBlogProducerConfig.INVALID_LINES, invalidLines);
        options.putAll(poll.asSettings());
        options.put(LiveBlogProducerConfig.STATE_FILE, stateFile);
        options.put(LiveBlogConfig.HTTP_PORT, httpPort == null ? null : httpPort.toString());
        return options;
    }
}
