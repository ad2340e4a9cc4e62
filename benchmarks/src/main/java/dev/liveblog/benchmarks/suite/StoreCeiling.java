package dev.liveblog.benchmarks.suite;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.schema.BlogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What a topology that only remembers its entries can reach: the pass-through writing each entry to 0, 1, ... k
 * changelogged stores, no other work, under {@code exactly_once_v2} on an embedded broker, the counts alternated
 * round after round. It bounds what the processor, which writes about seven records per entry, could reach with no
 * processing at all. Not part of the suite:
 * {@code java -cp benchmarks.jar dev.liveblog.benchmarks.suite.StoreCeiling [ENTRIES] [STORES,...] [ROUNDS]}.
 */
public final class StoreCeiling {

    private static final int BLOGS = 6;
    private static final int WARM_UP_ROUNDS = 2;

    private StoreCeiling() {
    }

    public static void main(final String[] args) throws IOException {
        final int entries = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        final int[] stores = Arrays.stream((args.length > 1 ? args[1] : "0,1,3,7").split(","))
                .mapToInt(Integer::parseInt).toArray();
        final int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        final Path work = Files.createTempDirectory("liveblog-store-ceiling-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            final BenchCluster cluster = new BenchCluster(broker.bootstrapServers(), Map.of(), 3);
            final Settings topics = cluster.topicsFor("ceiling");
            final Topic<String, BlogEntry> raw = Topics.from(topics).raw();
            Workloads.load(cluster.kafkaProperties(), raw, Workloads.interleaved(entries, BLOGS, 1));
            final Topic<String, BlogEntry> out = new Topic<>("bench.ceiling.out", raw.keySerde(), raw.valueSerde(),
                    Topic.CleanupPolicy.DELETE, "the pass-throughs' output");
            cluster.create(out);
            for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
                final StringBuilder line = new StringBuilder(round < 0 ? "warm-up:" : "round " + (round + 1) + ":");
                for (final int count : stores) {
                    final Properties props = StreamsRun.properties(
                            LiveBlogProcessorConfig.from(topics).streamsProperties(), cluster.bootstrapServers(),
                            work, StreamsConfig.EXACTLY_ONCE_V2);
                    final StreamsRun.Outcome run = StreamsRun.measure(count == 0
                            ? TopologyBenchmark.passThrough(raw, out)
                            : TopologyBenchmark.loggingPassThrough(raw, out, count), props, entries);
                    line.append(String.format(Locale.ROOT, "  %d stores %,.0f entries/s (%.0f µs CPU each)", count,
                            run.perSecond(), run.streamThreadBusy() / run.perSecond() * 1e6));
                }
                System.out.println(line);
            }
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
