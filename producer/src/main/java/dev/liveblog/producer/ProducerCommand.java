package dev.liveblog.producer;

import dev.liveblog.common.cli.CommandLines;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.KafkaOptions;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog produce}: reads a live blog as plain text and sends one BlogEntry per entry. */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Read a live blog scraped as plain text (one entry per line, newest first) and send each "
                + "entry as a BlogEntry to the raw topic.")
public final class ProducerCommand implements Callable<Integer> {

    static final String STDIN = "-";

    @Mixin
    private KafkaOptions kafka;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE",
            description = "Source file, '-' for standard input (the default). Repeat for successive polls of one blog.")
    private List<String> inputs = new ArrayList<>();

    @Mixin
    private BlogOptions blog;

    @Option(names = "--order", paramLabel = "oldest-first|source",
            description = "Send order: oldest-first (reverse page order, the default) or source (page order).")
    private String order;

    @Option(names = "--invalid-lines", paramLabel = "fail|skip",
            description = "A line that is not valid UTF-8: fail (the default) or skip it with a warning.")
    private String invalidLines;

    public static void main(final String[] args) {
        System.exit(CommandLines.execute(new ProducerCommand(), args));
    }

    @Override
    public Integer call() {
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

    private Map<String, String> options() {
        final Map<String, String> options = new HashMap<>(blog.asSettings());
        options.put(LiveBlogProducerConfig.ORDER, order);
        options.put(LiveBlogProducerConfig.INVALID_LINES, invalidLines);
        return options;
    }
}
