package dev.liveblog.benchmarks;

import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.dedup.DedupEngine;
import dev.liveblog.processor.dedup.DedupStores;
import dev.liveblog.schema.BlogEntry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-entry cost of deduplication as a blog's history grows: how long finding the item an entry repeats
 * takes with 100, 10,000 and 100,000 earlier entries in one blog, on the processor's own RocksDB stores. Half the
 * probes are new entries, half near repeats of random earlier ones. The lookup changes no state, so the history
 * stays at its size while it is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-Dlogback.configurationFile=logback-bench.xml"})
public class DedupLookupBenchmark {

    private static final int PROBES = 2_000;

    @Param({"100", "10000", "100000"})
    public int history;

    private File stateDir;
    private final List<KeyValueStore<?, ?>> stores = new ArrayList<>();
    private DedupEngine engine;
    private BlogEntry[] probes;
    private int next;

    @Setup(Level.Trial)
    public void fillHistory() throws IOException {
        stateDir = Files.createTempDirectory("liveblog-bench-").toFile();
        engine = new DedupEngine(rocksDbStores(), DedupConfig.defaults());
        final SyntheticBlog blog = new SyntheticBlog("bench", 42);
        final List<BlogEntry> earlier = new ArrayList<>(history);
        for (int i = 0; i < history; i++) {
            final BlogEntry entry = blog.next();
            engine.process(entry);
            earlier.add(entry);
        }
        final Random random = new Random(7);
        probes = new BlogEntry[PROBES];
        for (int i = 0; i < PROBES; i++) {
            probes[i] = i % 2 == 0 ? blog.next() : blog.nearRepeat(earlier.get(random.nextInt(earlier.size())));
        }
    }

    @Benchmark
    public DedupEngine.Lookup lookup() {
        return engine.find(probes[next++ % PROBES]);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        stores.forEach(KeyValueStore::close);
        try (var paths = Files.walk(stateDir.toPath())) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private DedupStores rocksDbStores() {
        final Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "liveblog-bench");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        final MockProcessorContext<Object, Object> context =
                new MockProcessorContext<>(config, new TaskId(0, 0), stateDir);
        return new DedupStores(store(context, DedupStores.ITEMS, DedupStores.itemSerde()),
                store(context, DedupStores.EXACT_INDEX, Serdes.String()),
                store(context, DedupStores.SEQUENCE, Serdes.String()),
                store(context, DedupStores.COUNTERS, Serdes.String()));
    }

    private <V> KeyValueStore<String, V> store(final MockProcessorContext<Object, Object> context, final String name,
                                               final Serde<V> values) {
        final KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name),
                Serdes.String(), values).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        stores.add(store);
        return store;
    }
}
