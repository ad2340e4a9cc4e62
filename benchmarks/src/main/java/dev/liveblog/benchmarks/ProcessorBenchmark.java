package dev.liveblog.benchmarks;

import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.processor.ProcessorSettings;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.topology.LiveBlogTopology;
import dev.liveblog.schema.BlogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole processor per entry without a broker: the real topology in a {@link TopologyTestDriver}, with its
 * RocksDB stores and record caches, fed synthetic blogs with repeats. What is left of a real run's cost per entry
 * beyond this is Kafka's: fetching, producing the outputs and changelogs, committing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-Dlogback.configurationFile=logback-bench.xml"})
public class ProcessorBenchmark {

    private static final int ENTRIES = 60_000;

    private Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, BlogEntry> input;
    private List<BlogEntry> entries;
    private int next;

    @Setup(Level.Trial)
    public void start() throws IOException {
        stateDir = Files.createTempDirectory("liveblog-bench-");
        final Topics topics = Topics.defaults();
        final Properties props = new Properties();
        props.putAll(LiveBlogProcessorConfig.defaults().streamsProperties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(LiveBlogTopology.build(new ProcessorSettings(topics, DedupConfig.defaults()),
                props), props);
        final Topic<String, BlogEntry> raw = topics.raw();
        input = driver.createInputTopic(raw.name(), raw.keySerde().serializer(), raw.valueSerde().serializer());
        entries = interleaved();
    }

    private static List<BlogEntry> interleaved() {
        final List<BlogEntry> all = new java.util.ArrayList<>(ENTRIES);
        final List<java.util.Iterator<BlogEntry>> blogs = new java.util.ArrayList<>();
        for (int b = 0; b < 6; b++) {
            blogs.add(new SyntheticBlog("bench-blog-" + b, b).entries(ENTRIES / 6, 0.15, 0.05).iterator());
        }
        while (all.size() < ENTRIES) {
            blogs.forEach(blog -> all.add(blog.next()));
        }
        return all;
    }

    @Benchmark
    public void processEntry() {
        final BlogEntry entry = entries.get(next++ % ENTRIES);
        input.pipeInput(entry.getBlogId(), entry);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        driver.close();
        try (var paths = Files.walk(stateDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
