package dev.liveblog.benchmarks.suite;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.processor.ProcessorSettings;
import dev.liveblog.processor.topology.LiveBlogTopology;
import dev.liveblog.schema.BlogEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The full processor against a pass-through topology that only reads and writes the entries with the same serdes,
 * guarantee and thread count, on the same pre-loaded input; and the full processor under {@code exactly_once_v2}
 * against {@code at_least_once}, each with its default commit interval, as a user runs it.
 */
final class TopologyBenchmark {

    /** What the topology benchmark found, and where the full processor's output is for the consumer benchmark. */
    record Result(List<Figure> figures, double fullRate, String canonicalTopic, List<String> profile) {
    }

    private static final int BLOGS = 6;
    /**
     * The pass-through reads this many times the processor's entries: on 15,000 its run lasted a quarter of a
     * second, most of it the tasks' start, and gave 47,000 to 66,000 entries/s where 150,000 gave 134,000 to 152,000
     * ({@link StoreCeiling}; BENCHMARKS.md, issue 14's ninth steps).
     */
    static final int PASS_THROUGH_SCALE = 10;
    /** The logging pass-through's stores are named this, numbered from 0. */
    static final String SEEN_STORE = "seen-entries-";
    private static final int SLOW_COMMIT_MS = 1_000;
    /**
     * Enough for the processor's steady rate on the 2-core machine: of exactly-once runs of 15,000 entries in a row,
     * the fourth was the first at it, and the measured runs follow the third. The default of {@code --warm-up-runs}.
     */
    static final int WARM_UP_RUNS = 3;

    private final BenchCluster cluster;
    private final Path workDir;
    private final Path profileDir;

    /** {@code profileDir} receives the JFR recording when {@link #run} is asked to profile. */
    TopologyBenchmark(final BenchCluster cluster, final Path workDir, final Path profileDir) {
        this.cluster = cluster;
        this.workDir = workDir;
        this.profileDir = profileDir;
    }

    Result run(final int entries, final int warmUpRuns, final boolean profile) {
        final Settings input = cluster.topicsFor("topology-input");
        final Topic<String, BlogEntry> raw = Topics.from(input).raw();
        Workloads.load(cluster.kafkaProperties(), raw, Workloads.interleaved(entries, BLOGS, 1));
        final int passThroughEntries = entries * PASS_THROUGH_SCALE;
        final Topic<String, BlogEntry> passThroughInput = Topics.from(cluster.topicsFor("pass-through-input")).raw();
        Workloads.load(cluster.kafkaProperties(), passThroughInput,
                Workloads.interleaved(passThroughEntries, BLOGS, 2));
        // Starting a recording makes the JVM recompile much of its code, which halved the run that followed: so
        // with --profile it starts before the warm-up, and only the extra run's stream thread is summarised.
        final JfrProfile recording = profile ? JfrProfile.start() : null;
        final List<Double> warmUpRates = warmUp(entries, warmUpRuns);

        // The pass-through reads its input in a second or two, so one run of it moves with whatever else the
        // machine does in those seconds: its figure is the median of three, one before each run of ours.
        final List<StreamsRun.Outcome> passThroughs = new ArrayList<>();
        passThroughs.add(runPassThrough(passThroughInput, passThroughEntries, false));
        final StreamsRun.Outcome alos = runFull(outputsFor("topology-alos", raw), StreamsConfig.AT_LEAST_ONCE,
                entries);
        passThroughs.add(runPassThrough(passThroughInput, passThroughEntries, false));
        final Settings eosTopics = outputsFor("topology-eos", raw);
        final StreamsRun.Outcome eos = runFull(eosTopics, StreamsConfig.EXACTLY_ONCE_V2, entries);
        passThroughs.add(runPassThrough(passThroughInput, passThroughEntries, false));
        final StreamsRun.Outcome logging = runPassThrough(passThroughInput, passThroughEntries, true);
        final StreamsRun.Outcome eosSlowCommits = runFull(outputsFor("topology-eos-1s", raw)
                .with(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(SLOW_COMMIT_MS)),
                StreamsConfig.EXACTLY_ONCE_V2, entries);
        final StreamsRun.Outcome passThrough = median(passThroughs);
        final List<String> summary = profile ? profileRun(recording, raw, entries) : List.of();
        final String note = String.format(Locale.ROOT, "%,d entries from %d blogs (%.0f%% exact, %.0f%% near "
                        + "repeats), %d partitions, 1 stream thread, %s", entries, BLOGS,
                Workloads.EXACT_REPEATS * 100, Workloads.NEAR_REPEATS * 100, cluster.partitions(),
                warmUpRates.isEmpty() ? "after no exactly-once warm-up run"
                        : "after exactly-once warm-up runs at " + rates(warmUpRates) + " entries/s");
        final List<Figure> figures = List.of(
                Figure.compared("topology", "full processor vs pass-through, exactly_once_v2", eos.perSecond(),
                        passThrough.perSecond(), "rec/s", 0.5, note + busy(eos, passThrough)
                                + "; the pass-through's median of runs at " + rates(passThroughs.stream()
                                .map(StreamsRun.Outcome::perSecond).toList()) + " entries/s"),
                Figure.compared("topology", "full processor, exactly_once_v2 vs at_least_once", eos.perSecond(),
                        alos.perSecond(), "rec/s", 0.7, note + busy(eos, alos)
                                + "; commit interval 100 ms (EOS) and 30 s (ALOS), the defaults"),
                Figure.compared("topology", "full processor, exactly_once_v2 with 1 s commits vs at_least_once",
                        eosSlowCommits.perSecond(), alos.perSecond(), "rec/s", 0, note + busy(eosSlowCommits, alos)
                                + "; what a longer commit interval buys, at the cost of latency"),
                Figure.compared("topology", "pass-through writing a changelogged store vs pass-through, "
                                + "exactly_once_v2", logging.perSecond(), passThrough.perSecond(), "rec/s", 0,
                        String.format(Locale.ROOT, "%,d entries, each also put in one RocksDB store with a "
                                + "changelog: the least a processor that remembers its items writes, with no other "
                                + "work", passThroughEntries) + busy(logging, passThrough)));
        return new Result(figures, eos.perSecond(), Topics.from(eosTopics).canonical().name(), summary);
    }

    private static StreamsRun.Outcome median(final List<StreamsRun.Outcome> runs) {
        final List<StreamsRun.Outcome> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(StreamsRun.Outcome::perSecond));
        return sorted.get(sorted.size() / 2);
    }

    /**
     * How busy each run's stream thread was, and its CPU per entry: what the code costs, apart from what the thread
     * waited for (commits, polls), which moves the rate as much.
     */
    private static String busy(final StreamsRun.Outcome ours, final StreamsRun.Outcome reference) {
        return String.format(Locale.ROOT, "; stream thread on CPU %.0f%% and %.0f%% of the time (%s and %s µs per "
                + "entry)", ours.streamThreadBusy() * 100, reference.streamThreadBusy() * 100, cpuPerEntry(ours),
                cpuPerEntry(reference));
    }

    private static String cpuPerEntry(final StreamsRun.Outcome run) {
        return String.format(Locale.ROOT, "%,.0f", run.streamThreadBusy() / run.perSecond() * 1e6);
    }

    /**
     * One more run of the full processor under {@code exactly_once_v2}, the one the profile describes; the
     * recording has been running since before the warm-up.
     */
    private List<String> profileRun(final JfrProfile recording, final Topic<String, BlogEntry> raw,
                                    final int entries) {
        final StreamsRun.Outcome outcome = runFull(outputsFor("topology-eos-profiled", raw),
                StreamsConfig.EXACTLY_ONCE_V2, entries);
        final Path jfr = recording.stop(profileDir.resolve("full-processor-eos.jfr"));
        final List<String> summary = new ArrayList<>();
        summary.add("JFR recording of the full processor under exactly_once_v2: " + jfr);
        summary.add(String.format(Locale.ROOT, "recorded run: %.0f entries/s, stream thread on CPU %.0f%% of the "
                + "time", outcome.perSecond(), outcome.streamThreadBusy() * 100));
        summary.addAll(JfrProfile.summarise(jfr, Pattern.compile(
                Pattern.quote(outcome.applicationId()) + StreamsRun.STREAM_THREAD.pattern()), 15));
        return summary;
    }

    /**
     * Runs the full processor on other input until the JIT has compiled it, so that no measured run pays for that:
     * once under {@code at_least_once} on a third of the input, then {@code runs} times (by default {@link
     * #WARM_UP_RUNS}) under {@code exactly_once_v2} on as much as a measured run. The processor's code is large,
     * and the compiler works for tens of seconds: after a single short run the measured runs came while it still was
     * (about half a core), and every figure of this group, the pass-through's most, lay below its steady rate.
     * Returns the exactly-once runs' rates, which show whether the last one had reached it.
     */
    private List<Double> warmUp(final int entries, final int runs) {
        final int first = Math.max(500, entries / 3);
        final Settings topics = cluster.topicsFor("topology-warmup");
        Workloads.load(cluster.kafkaProperties(), Topics.from(topics).raw(), Workloads.interleaved(first, BLOGS, 99));
        runFull(topics, StreamsConfig.AT_LEAST_ONCE, first);
        final List<Double> rates = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            final Settings more = cluster.topicsFor("topology-warmup-" + run);
            Workloads.load(cluster.kafkaProperties(), Topics.from(more).raw(),
                    Workloads.interleaved(entries, BLOGS, 100 + run));
            rates.add(runFull(more, StreamsConfig.EXACTLY_ONCE_V2, entries).perSecond());
        }
        return rates;
    }

    private static String rates(final List<Double> rates) {
        final List<String> shown = new ArrayList<>();
        rates.forEach(rate -> shown.add(String.format(Locale.ROOT, "%,.0f", rate)));
        return String.join(" / ", shown);
    }

    private Settings outputsFor(final String run, final Topic<String, BlogEntry> raw) {
        return cluster.topicsFor(run).with(Topics.RAW_NAME_KEY, raw.name());
    }

    private StreamsRun.Outcome runFull(final Settings topics, final String guarantee, final int entries) {
        final Properties props = StreamsRun.properties(
                LiveBlogProcessorConfig.from(topics).streamsProperties(), cluster.bootstrapServers(), workDir,
                guarantee);
        final Topology topology = LiveBlogTopology.build(ProcessorSettings.from(topics), props);
        return StreamsRun.measure(topology, props, entries);
    }

    private StreamsRun.Outcome runPassThrough(final Topic<String, BlogEntry> raw, final int entries,
                                              final boolean logging) {
        final Topic<String, BlogEntry> out = new Topic<>("bench.pass-through.out", raw.keySerde(), raw.valueSerde(),
                Topic.CleanupPolicy.DELETE, "the pass-through topology's output");
        cluster.create(out);
        final Settings topics = outputsFor("pass-through", raw);
        final Properties props = StreamsRun.properties(
                LiveBlogProcessorConfig.from(topics).streamsProperties(), cluster.bootstrapServers(), workDir,
                StreamsConfig.EXACTLY_ONCE_V2);
        return StreamsRun.measure(logging ? loggingPassThrough(raw, out, 1) : passThrough(raw, out), props, entries);
    }

    /** Reads each entry and writes it unchanged: the cost of Kafka Streams itself, serdes and guarantee included. */
    static Topology passThrough(final Topic<String, BlogEntry> in, final Topic<String, BlogEntry> out) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(in.name(), Consumed.with(in.keySerde(), in.valueSerde()).withName("read-raw-entries"))
                .to(out.name(), Produced.with(out.keySerde(), out.valueSerde()).withName("write-entries"));
        return builder.build();
    }

    /**
     * The pass-through that also puts each entry's text, by entry id, in {@code stores} persistent stores with a
     * changelog each: per entry a RocksDB write and a changelog record per store, what any processor that remembers
     * its items pays at least ({@link StoreCeiling} measures it by the number of stores).
     */
    static Topology loggingPassThrough(final Topic<String, BlogEntry> in, final Topic<String, BlogEntry> out,
                                       final int stores) {
        final StreamsBuilder builder = new StreamsBuilder();
        final String[] names = new String[stores];
        for (int i = 0; i < stores; i++) {
            names[i] = SEEN_STORE + i;
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(names[i]),
                    Serdes.String(), Serdes.String()));
        }
        builder.stream(in.name(), Consumed.with(in.keySerde(), in.valueSerde()).withName("read-raw-entries"))
                .processValues(() -> new Remember(names), Named.as("remember-entries"), names)
                .to(out.name(), Produced.with(out.keySerde(), out.valueSerde()).withName("write-entries"));
        return builder.build();
    }

    /** Puts each entry's text in every store under its id and passes the entry on. */
    private static final class Remember implements FixedKeyProcessor<String, BlogEntry, BlogEntry> {

        private final String[] names;
        private final List<KeyValueStore<String, String>> seen = new ArrayList<>();
        private FixedKeyProcessorContext<String, BlogEntry> context;

        Remember(final String[] names) {
            this.names = names;
        }

        @Override
        public void init(final FixedKeyProcessorContext<String, BlogEntry> context) {
            this.context = context;
            for (final String name : names) {
                seen.add(context.getStateStore(name));
            }
        }

        @Override
        public void process(final FixedKeyRecord<String, BlogEntry> record) {
            for (final KeyValueStore<String, String> store : seen) {
                store.put(record.value().getEntryId(), record.value().getText());
            }
            context.forward(record);
        }
    }
}
