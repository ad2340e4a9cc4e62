package dev.liveblog.benchmarks.suite;

import dev.liveblog.common.cli.CommandLines;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code liveblog bench}: every benchmark of the pipeline in one run, each figure beside a reference measured in
 * the same run on the same broker, printed as a table and written as JSON.
 */
@Command(name = "liveblog bench", mixinStandardHelpOptions = true,
        description = "Benchmark the pipeline against Kafka's own tools and a pass-through topology, on an embedded "
                + "broker (the default) or any cluster, and print the table of figures.")
public final class BenchmarkSuite implements Callable<Integer> {

    static final String LOGBACK_CONFIG = "logback.configurationFile";
    static final String LOGBACK_FILE = "logback-bench.xml";
    private static final int TOPOLOGY_ENTRIES = 15_000;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,HOST:PORT]",
            description = "Measure on this cluster instead of an embedded broker started in this JVM.")
    private String bootstrapServers;

    @Option(names = {"-X", "--property"}, paramLabel = "KEY=VALUE",
            description = "Any Kafka client property (security settings included), passed to every client.")
    private Map<String, String> kafkaProperties = new LinkedHashMap<>();

    @Option(names = "--scale", defaultValue = "1.0",
            description = "Multiply every record count and duration by this (default: 1.0, about 4 minutes).")
    private double scale;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of every topic (default: 3).")
    private int partitions;

    @Option(names = "--out", defaultValue = "benchmark-results", paramLabel = "DIR",
            description = "Where results.json (and the profile, with --profile) go (default: ./benchmark-results).")
    private Path out;

    @Option(names = "--profile", description = "Run the full processor once more under JFR (about 30 s, not "
            + "measured) and summarise where its stream thread's time went.")
    private boolean profile;

    @Option(names = "--only", split = ",", paramLabel = "GROUP[,GROUP]",
            description = "Run only these groups: ${COMPLETION-CANDIDATES} (latency and consumer also run the "
                    + "topology, which they take their rate and input from).")
    private EnumSet<Group> only = EnumSet.allOf(Group.class);

    @Option(names = "--rate", paramLabel = "ENTRIES/S",
            description = "Send rate of the latency benchmark (default: half the full processor's measured rate).")
    private Double rate;

    @Option(names = "--skip-jmh", description = "Leave out the JMH hot-path benchmarks (about 2 minutes).")
    private boolean skipJmh;

    @Option(names = "--warm-up-runs", defaultValue = "" + TopologyBenchmark.WARM_UP_RUNS, paramLabel = "N",
            description = "Exactly-once runs of the full processor before the measured ones, so that they do not "
                    + "pay for the JIT (default: ${DEFAULT-VALUE}; fewer for a quick look at lower figures).")
    private int warmUpRuns;

    /** The benchmark groups, in the order they run. */
    enum Group { producer, topology, latency, consumer, jmh }

    public static void main(final String[] args) {
        if (System.getProperty(LOGBACK_CONFIG) == null) {
            System.setProperty(LOGBACK_CONFIG, LOGBACK_FILE);
        }
        System.exit(CommandLines.execute(new BenchmarkSuite(), args));
    }

    @Override
    public Integer call() throws Exception {
        if (scale <= 0 || partitions <= 0 || rate != null && rate <= 0) {
            throw new UserException(ExitCodes.USAGE, "--scale, --partitions and --rate must be positive");
        }
        if (warmUpRuns < 0) {
            throw new UserException(ExitCodes.USAGE, "--warm-up-runs must be 0 or more");
        }
        try {
            Files.createDirectories(out);
        } catch (final IOException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "cannot create " + out + ": " + e.getMessage(), e);
        }
        final Path workDir = Files.createTempDirectory("liveblog-bench-");
        final PrintStream console = System.out;
        final ResultTable table = new ResultTable();
        final Instant started = Instant.now();
        try (EmbeddedKafkaBroker broker = bootstrapServers == null ? EmbeddedKafkaBroker.start() : null) {
            final String servers = broker == null ? bootstrapServers : broker.bootstrapServers();
            describeRun(table, servers, broker != null);
            final BenchCluster cluster = new BenchCluster(servers, kafkaProperties, partitions);
            runAll(cluster, workDir, table, console);
        } finally {
            deleteRecursively(workDir);
        }
        // The hot paths run once the embedded broker has stopped, so that a broker holding the other groups'
        // topics does no background work beside the forked JVMs, on the cores they measure on.
        if (only.contains(Group.jmh) && !skipJmh) {
            console.println("hot paths: JMH, in forked JVMs...");
            table.addAll(JmhBenchmarks.run());
        }
        table.context("seconds", Duration.between(started, Instant.now()).toSeconds());
        console.println();
        table.print(console);
        final Path json = out.resolve("results.json");
        try {
            table.writeJson(json);
        } catch (final IOException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "cannot write " + json + ": " + e.getMessage(), e);
        }
        console.printf(Locale.ROOT, "%nwritten to %s in %d s%n", json, Duration.between(started, Instant.now())
                .toSeconds());
        return ExitCodes.OK;
    }

    private void runAll(final BenchCluster cluster, final Path workDir, final ResultTable table,
                        final PrintStream console) throws Exception {
        if (only.contains(Group.producer)) {
            console.println("producer: ours vs Kafka's ProducerPerformance...");
            table.add(new ProducerBenchmark(cluster, workDir).run(scaled(200_000), 2));
        }
        // Latency runs at half the full processor's rate unless given one; the consumer reads its output.
        final boolean needsTopology = only.contains(Group.topology) || only.contains(Group.consumer)
                || only.contains(Group.latency) && rate == null;
        TopologyBenchmark.Result topology = null;
        if (needsTopology) {
            console.println("topology: full processor vs pass-through, exactly_once_v2 vs at_least_once...");
            topology = new TopologyBenchmark(cluster, workDir, out).run(scaled(TOPOLOGY_ENTRIES), warmUpRuns,
                    profile);
            table.addAll(topology.figures());
            if (profile) {
                writeProfile(topology.profile(), console);
            }
        }
        if (only.contains(Group.latency)) {
            final double sendRate = rate != null ? rate : topology.fullRate() / 2;
            console.printf(Locale.ROOT, "latency: produce to file at %.0f entries/s...%n", sendRate);
            table.addAll(new LatencyBenchmark(cluster, workDir).run(sendRate,
                    Duration.ofMillis((long) (15_000 * scale))));
        }
        if (only.contains(Group.consumer)) {
            console.println("consumer: ours writing its file vs a plain consumer...");
            table.add(new ConsumerBenchmark(cluster, workDir).run(topology.canonicalTopic(), scaled(150_000), 2));
        }
    }

    private void writeProfile(final List<String> summary, final PrintStream console) throws IOException {
        Files.write(out.resolve("profile.txt"), summary, StandardCharsets.UTF_8);
        summary.forEach(console::println);
    }

    private void describeRun(final ResultTable table, final String servers, final boolean embedded) {
        final Runtime runtime = Runtime.getRuntime();
        table.context("date", Instant.now().toString());
        table.context("cores", runtime.availableProcessors());
        table.context("maxHeapMiB", runtime.maxMemory() / (1024 * 1024));
        table.context("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        table.context("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        table.context("kafka", kafkaVersion());
        table.context("broker", embedded ? "embedded KRaft broker in the suite's JVM at " + servers : servers);
        table.context("partitions", partitions);
        table.context("scale", scale);
        table.context("latencyCommitIntervalMs", LatencyBenchmark.COMMIT_INTERVAL_MS);
    }

    /** The client library's version, from the file Kafka ships in its jar for this purpose. */
    private static String kafkaVersion() {
        try (var in = BenchmarkSuite.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            final Properties props = new Properties();
            if (in != null) {
                props.load(in);
            }
            return props.getProperty("version", "unknown");
        } catch (final IOException e) {
            return "unknown";
        }
    }

    private int scaled(final int count) {
        return Math.max(100, (int) Math.round(count * scale));
    }

    private static void deleteRecursively(final Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (final IOException e) {
            System.err.println("liveblog bench: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
