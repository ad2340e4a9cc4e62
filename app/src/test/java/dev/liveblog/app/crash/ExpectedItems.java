package dev.liveblog.app.crash;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.processor.ProcessorSettings;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.topology.LiveBlogTopology;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * What the pipeline must end with for a workload when nothing goes wrong: the same topology, run once in a
 * TopologyTestDriver, each entry saying which one stands above it as the producer says. Items are compared by id,
 * version, text and members (times differ from run to run).
 */
final class ExpectedItems {

    private ExpectedItems() {
    }

    /**
     * {@link #of(List, Path)} in a thread of its own, for a test to compute the reference while it waits for
     * something else: the components stopping at the end, whose waits leave the cores idle.
     */
    static CompletableFuture<Map<String, String>> meanwhile(final List<BlogEntry> entries, final Path stateDir) {
        return CompletableFuture.supplyAsync(() -> of(entries, stateDir));
    }

    /** The workload's entries as the producer sends them, oldest first. */
    static List<BlogEntry> entries(final Workload workload) {
        final List<BlogEntry> entries = new ArrayList<>();
        final int lines = workload.oldestFirst().size();
        for (int i = 0; i < lines; i++) {
            final String text = workload.oldestFirst().get(i);
            entries.add(BlogEntry.newBuilder()
                    .setBlogId(Workload.BLOG_ID).setEntryId(EntryIds.entryId(Workload.BLOG_ID, text))
                    .setSource(workload.file().getFileName().toString()).setPosition(lines - i)
                    .setAbovePosition(lines - i > 1 ? lines - i - 1 : null).setText(text)
                    .setIngestedAt(Instant.now()).setBlogDate(LocalDate.of(2031, 3, 11)).setBlogZone("Europe/Oslo")
                    .build());
        }
        return entries;
    }

    /**
     * Canonical id to "version|text|members" of each item's latest version, for entries as they reach the raw
     * topic, in the order of each blog's partition.
     */
    static Map<String, String> of(final List<BlogEntry> entries, final Path stateDir) {
        final Topics topics = Topics.defaults();
        final Properties props = LiveBlogProcessorConfig.from(
                Settings.of(Map.of("bootstrap.servers", "unused:9092"))).streamsProperties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        final Map<String, String> items = new TreeMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(
                LiveBlogTopology.build(new ProcessorSettings(topics, DedupConfig.defaults()), props), props)) {
            final TestInputTopic<String, BlogEntry> raw = driver.createInputTopic(topics.raw().name(),
                    topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
            final TestOutputTopic<String, CanonicalEntry> canonical = driver.createOutputTopic(
                    topics.canonical().name(), topics.canonical().keySerde().deserializer(),
                    topics.canonical().valueSerde().deserializer());
            for (final BlogEntry entry : entries) {
                raw.pipeInput(entry.getBlogId(), entry);
                canonical.readValuesToList().forEach(item -> items.put(item.getCanonicalId(), describe(item)));
            }
        }
        return items;
    }

    static String describe(final CanonicalEntry item) {
        return item.getVersion() + "|" + item.getText() + "|" + item.getMemberEntryIds();
    }
}
