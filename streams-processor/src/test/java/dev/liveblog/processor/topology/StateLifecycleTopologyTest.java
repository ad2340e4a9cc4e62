package dev.liveblog.processor.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.processor.ProcessorSettings;
import dev.liveblog.processor.dedup.DedupStores;
import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.processor.lifecycle.StateLifecycle;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.QuoteEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state's lifecycle through the topology, on the driver's wall clock, with a one-minute retention. */
class StateLifecycleTopologyTest {

    private static final Instant NOW = Instant.parse("2031-03-11T06:00:00Z");
    private final Topics topics = Topics.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, BlogEntry> raw;
    private TestOutputTopic<String, CanonicalEntry> canonical;
    private TestOutputTopic<String, FilteredEntry> filtered;

    @TempDir
    Path stateDir;

    @BeforeEach
    void startDriver() {
        final Settings settings = Settings.of(Map.of("bootstrap.servers", "unused:9092",
                "liveblog.state.retention.seconds", "60", "liveblog.state.sweep.interval.seconds", "1",
                "liveblog.state.sweep.budget", "50"));
        final Properties props = LiveBlogProcessorConfig.from(settings).streamsProperties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(LiveBlogTopology.build(ProcessorSettings.from(settings, topics), props), props);
        raw = driver.createInputTopic(topics.raw().name(), topics.raw().keySerde().serializer(),
                topics.raw().valueSerde().serializer());
        canonical = driver.createOutputTopic(topics.canonical().name(), topics.canonical().keySerde().deserializer(),
                topics.canonical().valueSerde().deserializer());
        filtered = driver.createOutputTopic(topics.filtered().name(), topics.filtered().keySerde().deserializer(),
                topics.filtered().valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldForgetAQuietBlogWholeAndKeepAnActiveOne() {
        // given two blogs with items, quotations and names
        for (final String blog : List.of("quiet", "active")) {
            raw.pipeInput(blog, entry(blog, 1, "Mayor Anna Kovac said: \u201CWe need forty more trucks tonight.\u201D"));
            raw.pipeInput(blog, entry(blog, 2, "Crews counted 412 homes without power in the northern district."));
        }
        assertTrue(keys(DedupStores.ITEMS) == 4 && keys(EnrichStores.NAMES_STORE) > 0);

        // when only one of them goes on for more than the retention
        for (int second = 0; second < 90; second++) {
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            if (second % 10 == 0) {
                raw.pipeInput("active", entry("active", 3 + second, "Update " + second + " from the active blog."));
            }
        }

        // then nothing is left of the quiet blog in any store, and the active blog still knows its items
        for (final String store : List.of(DedupStores.ITEMS, DedupStores.EXACT_INDEX,
                DedupStores.SEQUENCE, DedupStores.COUNTERS, EnrichStores.NAMES_STORE, EnrichStores.SPEAKERS_STORE,
                EnrichStores.QUOTES_STORE, EnrichStores.LINES_STORE, EnrichStores.ITEMS_STORE,
                EnrichStores.QUOTE_INDEX_STORE, QuoteEvents.STORE, StateLifecycle.ACTIVITY_STORE)) {
            assertEquals(0, keysOf(store, "quiet"), store + " still holds the quiet blog");
        }
        // (a quotation's items are keyed by its id: each left is one of the active blog's quotations)
        final KeyValueStore<String, QuoteEvent> events = driver.getKeyValueStore(QuoteEvents.STORE);
        final KeyValueStore<String, Long> pairs = driver.getKeyValueStore(QuoteEvents.OCCURRENCES_STORE);
        assertTrue(keys(QuoteEvents.OCCURRENCES_STORE) > 0);
        try (KeyValueIterator<String, Long> all = pairs.all()) {
            all.forEachRemaining(pair -> assertEquals("active",
                    events.get(pair.key.substring(0, pair.key.indexOf('\u0000'))).getBlogId(), pair.key));
        }
        canonical.readValuesToList();
        raw.pipeInput("active", entry("active", 100, "Crews counted 412 homes without power in the northern district."));
        assertEquals(FilterReason.DUPLICATE, filtered.readValuesToList().get(0).getReason());
    }

    @Test
    void shouldAgeABlogsItemsByItsOwnNewestEntryNotByAnotherProducersClockNorTheProcessors() {
        // given a blog whose producer's clock runs thirty days behind the processor's, and a blog with a true clock
        final Instant now = Instant.now();
        final Instant behind = now.minus(Duration.ofDays(30));
        raw.pipeInput("late", entry("late", 1, "Engineers restored power to the harbour district this morning.",
                behind));
        raw.pipeInput("true", entry("true", 1, "Engineers restored power to the harbour district this morning.", now));

        // when the sweep has run (both blogs active on the processor's clock)
        for (int second = 0; second < 5; second++) {
            driver.advanceWallClockTime(Duration.ofSeconds(1));
        }

        // then both still know their item: neither the other blog's clock (as a global clock of the entries would
        // have it) nor the processor's (as comparing it with the entries' would) aged the late blog's item
        raw.pipeInput("late", entry("late", 2, "Engineers restored power to the harbour district this morning.",
                behind));
        raw.pipeInput("true", entry("true", 2, "Engineers restored power to the harbour district this morning.", now));
        assertEquals(2, filtered.readValuesToList().stream().filter(f -> f.getReason() == FilterReason.DUPLICATE)
                .count());
    }

    @Test
    void shouldSweepWithinItsBudgetAcrossSeveralCalls() {
        // given forty quiet blogs of three items each, more than one sweep's budget of 50 operations can forget
        for (int b = 0; b < 40; b++) {
            for (int i = 1; i <= 3; i++) {
                raw.pipeInput("b" + b, entry("b" + b, i, "Blog " + b + " reports update number " + i + " of the day."));
            }
        }

        // when the retention passes second by second (a sweep a second)
        long afterFirst = -1;
        for (int second = 0; second < 120; second++) {
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            final long left = keys(StateLifecycle.ACTIVITY_STORE);
            if (afterFirst < 0 && left < 40) {
                afterFirst = left;
            }
        }

        // then the first sweep that found them quiet stopped at its budget, and later sweeps forgot the rest
        assertTrue(afterFirst > 0 && afterFirst < 40, "the first sweep left " + afterFirst + " of 40 blogs");
        assertEquals(0, keys(StateLifecycle.ACTIVITY_STORE));
        assertEquals(0, keys(DedupStores.ITEMS));
    }

    @Test
    void shouldNotCountTimeTheProcessorWasNotRunning() {
        // given a blog with an item
        raw.pipeInput("blog", entry("blog", 1, "Crews counted 412 homes without power in the northern district."));
        driver.advanceWallClockTime(Duration.ofSeconds(1));

        // when the processor's clock jumps two retentions at once (it was stopped), and a few sweeps run
        driver.advanceWallClockTime(Duration.ofSeconds(120));
        for (int second = 0; second < 5; second++) {
            driver.advanceWallClockTime(Duration.ofSeconds(1));
        }

        // then the blog was not forgotten: its entry read again is a repeat
        raw.pipeInput("blog", entry("blog", 2, "Crews counted 412 homes without power in the northern district."));
        assertEquals(FilterReason.DUPLICATE, filtered.readValuesToList().get(0).getReason());
    }

    private long keys(final String store) {
        return keysOf(store, null);
    }

    /**
     * Keys of a store, or those of one blog (its prefix, or items and quotations whose value names it); the
     * lifecycle's running clock is not counted.
     */
    private long keysOf(final String store, final String blog) {
        final KeyValueStore<String, Object> kv = driver.getKeyValueStore(store);
        long n = 0;
        try (KeyValueIterator<String, Object> all = kv.all()) {
            while (all.hasNext()) {
                final var next = all.next();
                if (next.key.startsWith("\u0000")) {
                    continue; // the lifecycle's own clock, not a blog's
                }
                if (blog == null || next.key.equals(blog) || next.key.startsWith(blog + '\u0000')
                        || String.valueOf(next.value).contains("\"blogId\": \"" + blog + "\"")) {
                    n++;
                }
            }
        }
        return n;
    }

    private static BlogEntry entry(final String blog, final int line, final String text) {
        return entry(blog, line, text, NOW);
    }

    private static BlogEntry entry(final String blog, final int line, final String text, final Instant ingested) {
        return BlogEntry.newBuilder()
                .setBlogId(blog).setEntryId(EntryIds.entryId(blog, text)).setSource("stdin").setPollId("p-" + line)
                .setPosition(1).setText(text).setIngestedAt(ingested).setBlogDate(LocalDate.of(2031, 3, 11))
                .setBlogZone("UTC").build();
    }
}
