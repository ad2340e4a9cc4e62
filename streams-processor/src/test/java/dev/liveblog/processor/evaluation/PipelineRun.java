package dev.liveblog.processor.evaluation;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.processor.ProcessorSettings;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.topology.LiveBlogTopology;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.Origin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Runs polls of a live blog through the processor's real topology (in a TopologyTestDriver), each poll oldest
 * entry first as the producer sends it, and collects the final items and the filtered entries.
 */
final class PipelineRun {

    /** The final state: each item's latest version, and what was filtered, both by entry name. */
    record Result(Map<String, CanonicalEntry> items, List<FilteredEntry> filtered, int events) {

        /**
         * Entry name to the id of the item it ended in: the item's origins, and the duplicates filtered into it
         * (a repeat of an entry already in the item adds no origin, but it is in the item all the same).
         */
        Map<String, String> itemOfEntry() {
            final Map<String, String> itemOf = new LinkedHashMap<>();
            items.values().forEach(item -> item.getOrigins().forEach(
                    origin -> itemOf.put(name(origin), item.getCanonicalId())));
            filtered.stream().filter(f -> f.getReason() == FilterReason.DUPLICATE)
                    .forEach(f -> itemOf.put(name(f.getOrigin()), f.getCanonicalId()));
            return itemOf;
        }

        List<String> furniture() {
            return filtered.stream().filter(f -> f.getReason() == FilterReason.PAGE_FURNITURE)
                    .map(f -> name(f.getOrigin())).toList();
        }

        private static String name(final Origin origin) {
            return origin.getSource() + ":" + origin.getLine();
        }
    }

    private PipelineRun() {
    }

    /** Every poll of the corpus, in order. */
    static Result run(final Corpus corpus, final DedupConfig config, final Path stateDir) throws Exception {
        return run(corpus, corpus.polls(), config, stateDir);
    }

    /** Some polls of the corpus, in the order given, with the corpus's blog id, date and zone. */
    static Result run(final Corpus corpus, final List<Path> polls, final DedupConfig config, final Path stateDir)
            throws Exception {
        final Topics topics = Topics.defaults();
        final Properties props = LiveBlogProcessorConfig.from(
                Settings.of(Map.of("bootstrap.servers", "unused:9092"))).streamsProperties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(
                LiveBlogTopology.build(new ProcessorSettings(topics, config), props), props)) {
            final TestInputTopic<String, BlogEntry> raw = driver.createInputTopic(topics.raw().name(),
                    topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
            Instant time = corpus.blogDate().atStartOfDay(corpus.blogZone()).toInstant();
            for (final Path poll : polls) {
                final List<String> lines = Files.readAllLines(poll, StandardCharsets.UTF_8);
                final List<Integer> order = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).isBlank()) {
                        order.add(i + 1);
                    }
                }
                Collections.reverse(order);
                for (int i = 0; i < order.size(); i++) {
                    final int line = order.get(i);
                    time = time.plusSeconds(1);
                    // The entry above on the page: the next one in the (reversed) order, as the producer says.
                    final Integer above = i + 1 < order.size() ? order.get(i + 1) : null;
                    raw.pipeInput(corpus.blogId(), BlogEntry.newBuilder(entry(corpus, poll.getFileName().toString(),
                            line, lines.get(line - 1).strip(), time)).setAbovePosition(above).build(), time);
                }
            }
            final TestOutputTopic<String, CanonicalEntry> canonical = driver.createOutputTopic(
                    topics.canonical().name(), topics.canonical().keySerde().deserializer(),
                    topics.canonical().valueSerde().deserializer());
            final TestOutputTopic<String, FilteredEntry> filtered = driver.createOutputTopic(
                    topics.filtered().name(), topics.filtered().keySerde().deserializer(),
                    topics.filtered().valueSerde().deserializer());
            final Map<String, CanonicalEntry> items = new LinkedHashMap<>();
            int events = 0;
            for (final CanonicalEntry event : canonical.readValuesToList()) {
                items.put(event.getCanonicalId(), event);
                events++;
            }
            return new Result(items, filtered.readValuesToList(), events);
        }
    }

    private static BlogEntry entry(final Corpus corpus, final String source, final int line, final String text,
                                   final Instant time) {
        return BlogEntry.newBuilder()
                .setBlogId(corpus.blogId()).setEntryId(EntryIds.entryId(corpus.blogId(), text)).setSource(source)
                .setPosition(line).setText(text).setIngestedAt(time).setBlogDate(corpus.blogDate())
                .setBlogZone(corpus.blogZone().getId())
                .build();
    }
}
