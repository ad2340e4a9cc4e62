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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
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
 *
 * <p>The processor takes tens of seconds to reach its steady cost (its code is large for the JIT, and RocksDB's
 * files settle), hence the long warm-up; every entry is new to it (never a lap of the list, which would make them
 * all exact repeats), and the records the driver collects from the outputs are dropped between iterations, so
 * that the heap does not fill with them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-Dlogback.configurationFile=logback-bench.xml"})
public class ProcessorBenchmark {

    /**
     * Blogs come in waves of six, each of 2,500 entries interleaved, the shape of the suite's topology run, so that
     * no blog's history outgrows the suite's however long the run. Sixteen waves are more than the 55 s of a run
     * take at 2,500 entries/s.
     */
    private static final int BLOGS_PER_WAVE = 6;
    private static final int ENTRIES_PER_BLOG = 2_500;
    private static final int ENTRIES = 16 * BLOGS_PER_WAVE * ENTRIES_PER_BLOG;

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
        for (int wave = 0; all.size() < ENTRIES; wave++) {
            final List<java.util.Iterator<BlogEntry>> blogs = new java.util.ArrayList<>();
            for (int b = 0; b < BLOGS_PER_WAVE; b++) {
                final int blog = wave * BLOGS_PER_WAVE + b;
                blogs.add(new SyntheticBlog("bench-blog-" + blog, blog).entries(ENTRIES_PER_BLOG, 0.15, 0.05)
                        .iterator());
            }
            for (int i = 0; i < ENTRIES_PER_BLOG; i++) {
                blogs.forEach(blog -> all.add(blog.next()));
            }
        }
        return all;
    }

    @Benchmark
    public void processEntry() {
        if (next == entries.size()) {
            throw new IllegalStateException("all " + ENTRIES + " entries processed: raise ENTRIES for this run");
        }
        final BlogEntry entry = entries.get(next++);
        input.pipeInput(entry.getBlogId(), entry);
    }

    /** Drops what the driver collected from the outputs (it keeps every record until read). */
    @Setup(Level.Iteration)
    public void drainOutputs() {
        final ByteArrayDeserializer bytes = new ByteArrayDeserializer();
        for (final String topic : driver.producedTopicNames()) {
            driver.createOutputTopic(topic, bytes, bytes).readRecordsToList();
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        driver.close();
        try (var paths = Files.walk(stateDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
