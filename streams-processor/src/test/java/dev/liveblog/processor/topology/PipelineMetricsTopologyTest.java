package dev.liveblog.processor.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.processor.ProcessorSettings;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.metrics.PipelineMetrics;
import dev.liveblog.schema.BlogEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology counts each entry once by what became of it, each item version, and each dead letter. */
class PipelineMetricsTopologyTest {

    private static final String BLOG = "blog-1";
    private static final Instant START = Instant.parse("2025-05-16T09:00:00Z");
    private final Topics topics = Topics.defaults();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, BlogEntry> raw;
    private TestInputTopic<byte[], byte[]> rawBytes;

    @TempDir
    Path stateDir;

    @BeforeEach
    void startDriver() {
        final Properties props = LiveBlogProcessorConfig.from(
                Settings.of(Map.of("bootstrap.servers", "unused:9092"))).streamsProperties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        final PipelineMetrics metrics = new PipelineMetrics(registry);
        props.put(PipelineMetrics.CONFIG_KEY, metrics);
        driver = new TopologyTestDriver(LiveBlogTopology.build(
                new ProcessorSettings(topics, DedupConfig.defaults()).withMetrics(metrics), props), props, START);
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(),
                topics.raw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(topics.raw().name(), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private void pipeAnEntryAndAFullerRepeat() {
        raw.pipeInput(BLOG, entry(2, "Talks between the two delegations began at noon in the palace, officials "
                + "said."), START);
        raw.pipeInput(BLOG, entry(1, "Talks between the two delegations began at noon in the palace, officials "
                + "said. They met for two hours and agreed to meet again on Monday."), START);
    }

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void shouldCountEachEntryOnceByWhatBecameOfIt() {
        // given two news entries, a login prompt, an exact repeat and a record without a value
        raw.pipeInput(BLOG, entry(4, "Talks between the two delegations began at noon in the palace, officials said."),
                START);
        raw.pipeInput(BLOG, entry(3, "Already a subscriber? Log in to keep reading."), START);
        raw.pipeInput(BLOG, entry(2, "The foreign minister arrived in the city on Friday morning for the talks."),
                START);
        raw.pipeInput(BLOG, entry(1, "Talks between the two delegations began at noon in the palace, officials said."),
                START);
        rawBytes.pipeInput(BLOG.getBytes(StandardCharsets.UTF_8), (byte[]) null);

        // then each is counted once under its outcome, and each item as new
        assertEquals(2.0, entries("news", "item"));
        assertEquals(1.0, entries("furniture", "line"));
        assertEquals(1.0, entries("duplicate", "exact"));
        assertEquals(0.0, entries("duplicate", "near"));
        assertEquals(2.0, registry.get(PipelineMetrics.ITEMS).tag("change", "new").counter().count());
        assertEquals(0.0, registry.get(PipelineMetrics.ITEMS).tag("change", "version").counter().count());
        assertEquals(1.0, registry.get("liveblog.dead.letters").counter().count());
    }

    @Test
    void shouldCountARepeatThatAddsToItsItemAsADuplicateAndItsItemAsAVersion() {
        // given an entry, then a fuller one that contains it
        pipeAnEntryAndAFullerRepeat();

        // then the second entry is one duplicate, not news, and its item one new version
        assertEquals(1.0, entries("news", "item"));
        assertEquals(1.0, entries("duplicate", "contained"));
        assertEquals(1.0, registry.get(PipelineMetrics.ITEMS).tag("change", "new").counter().count());
        assertEquals(1.0, registry.get(PipelineMetrics.ITEMS).tag("change", "version").counter().count());
    }

    @Test
    void shouldReportTheInMemoryIndexsSizeAndBuildsAndReleaseItWithTheTask() {
        // given a blog's entries, the second a fuller repeat of the first
        pipeAnEntryAndAFullerRepeat();

        // then the blog's part of the index was built once and holds one item
        assertEquals(1.0, registry.get(PipelineMetrics.INDEX + ".builds").counter().count());
        final double bytes = registry.get(PipelineMetrics.INDEX + ".bytes").gauge().value();
        assertTrue(bytes > 360 && bytes < 2_000, "estimated bytes " + bytes);

        // and when the task closes its index leaves the gauge
        driver.close();
        driver = null;
        assertEquals(0.0, registry.get(PipelineMetrics.INDEX + ".bytes").gauge().value());
    }

    @Test
    void shouldCountAHeadlineInABoxOfLinksOnceAsLinkBoxFurniture() {
        // given a header and a headline below it, sent oldest first: the headline waits for the line above it
        raw.pipeInput(BLOG, BlogEntry.newBuilder(entry(2, "Police arrest suspect after break-in at city museum"))
                .setAbovePosition(1).build(), START);
        raw.pipeInput(BLOG, entry(1, "Most read"), START);

        // then the header is furniture by itself, the headline by the line above it, each counted once
        assertEquals(1.0, entries("furniture", "line"));
        assertEquals(1.0, entries("furniture", "link-box"));
        assertEquals(0.0, entries("news", "item"));
    }

    @Test
    void shouldTimeEachItemFromItsRecordsTimestamp() {
        // given an entry sent at START and processed two seconds later
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        raw.pipeInput(BLOG, entry(1, "The foreign minister arrived in the city on Friday morning for the talks."),
                START);

        // then its item took two seconds from ingestion to processing
        final Timer timer = registry.get("liveblog.end.to.end").tag("stage", "processed").timer();
        assertEquals(1, timer.count());
        assertEquals(2_000.0, timer.max(java.util.concurrent.TimeUnit.MILLISECONDS), 1.0);
    }

    @Test
    void shouldCountTheEnrichmentFieldsAnItemCarries() {
        // given an entry quoting a named speaker
        raw.pipeInput(BLOG, entry(1, "“We came to talk about peace,” Foreign Minister Jane Doe told reporters on "
                + "Friday."), START);

        // then its quotation is counted, and fields it lacks are not
        assertEquals(1.0, enrichment("quote"));
        assertEquals(0.0, enrichment("attribution"));
    }

    private double entries(final String outcome, final String kind) {
        return registry.get(PipelineMetrics.ENTRIES).tag("outcome", outcome).tag("kind", kind).counter().count();
    }

    private double enrichment(final String field) {
        final Counter counter = registry.find(PipelineMetrics.ENRICHMENT).tag("field", field).counter();
        return counter == null ? 0.0 : counter.count();
    }

    private static BlogEntry entry(final int line, final String text) {
        return BlogEntry.newBuilder()
                .setBlogId(BLOG)
                .setEntryId(EntryIds.entryId(BLOG, text))
                .setSource("poll.txt")
                .setPosition(line)
                .setText(text)
                .setIngestedAt(START)
                .setBlogDate(LocalDate.of(2025, 5, 16))
                .setBlogZone("Europe/London")
                .build();
    }
}
