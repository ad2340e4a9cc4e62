package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.processor.ProcessorSettings;
import dev.liveblog.processor.topology.LiveBlogTopology;
import dev.liveblog.schema.BlogEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weeks of blogs in a minute: 400 blogs of 300 entries each come in waves of 50 and go quiet, and 5 more
 * post 300 entries in every wave, under a one-minute retention on the processor's (driven) clock. Every store's
 * key count levels off once blogs and items start to expire, instead of growing with the entries read, and is zero
 * once every blog has been quiet for the retention.
 *
 * <p>The real topology with its RocksDB stores runs in the TopologyTestDriver, whose wall clock the test drives:
 * what is measured is the state's lifecycle, which needs no broker, and a driven clock makes the run
 * deterministic and quick. Figures go to {@code target/state-bounds.txt} (README, "State and its lifecycle").
 */
class StateBoundsIT {

    private static final String[] NAMES = {"Anna Kovac", "Tomas Lindgren", "Ilse Morava", "Emil Dahl"};
    private static final int WAVES = 8;
    private static final int BLOGS_PER_WAVE = 50;
    /** Blogs that post in every wave; their ingestion times advance with the waves. */
    private static final int LONG_RUNNING_BLOGS = 5;
    /**
     * Ingestion times start an hour before the run, near the processor's clock: an entry stamped far ahead of it
     * counts as only an hour ahead, which would stop its blog's items from ageing.
     */
    private static final Instant START = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .minus(Duration.ofHours(1));
    private static final int ENTRIES_PER_BLOG = 300;
    /** Entries per poll of a blog: each poll is one page, and only a blog's last few pages keep their lines. */
    private static final int ENTRIES_PER_POLL = 30;
    private static final Duration RETENTION = Duration.ofSeconds(60);
    /** Driven time per wave: a blog is quiet for the retention two waves after its own. */
    private static final int SECONDS_PER_WAVE = 30;

    @Test
    void shouldKeepEveryStoreBoundedAsBlogsComeAndGo(@TempDir final Path dir) throws Exception {
        final Topics topics = Topics.defaults();
        final Settings settings = Settings.of(Map.of("bootstrap.servers", "unused:9092",
                "liveblog.state.retention.seconds", Long.toString(RETENTION.toSeconds()),
                "liveblog.state.sweep.interval.seconds", "1"));
        final Properties props = LiveBlogProcessorConfig.from(settings).streamsProperties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        final List<String> stores = new ArrayList<>();
        final List<Map<String, Long>> counts = new ArrayList<>();
        long entries = 0;
        try (TopologyTestDriver driver = new TopologyTestDriver(
                LiveBlogTopology.build(ProcessorSettings.from(settings, topics), props), props)) {
            driver.getAllStateStores().forEach((name, store) -> {
                if (store instanceof KeyValueStore<?, ?> && !name.startsWith("reference")) {
                    stores.add(name);
                }
            });
            final TestInputTopic<String, BlogEntry> raw = driver.createInputTopic(topics.raw().name(),
                    topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
            for (int wave = 0; wave < WAVES; wave++) {
                final List<BlogEntry> waveEntries = wave(wave);
                final int perSecond = waveEntries.size() / SECONDS_PER_WAVE;
                for (int i = 0; i < waveEntries.size(); i++) {
                    raw.pipeInput(waveEntries.get(i).getBlogId(), waveEntries.get(i));
                    if ((i + 1) % perSecond == 0) {
                        driver.advanceWallClockTime(Duration.ofSeconds(1));
                    }
                }
                entries += waveEntries.size();
                counts.add(count(driver, stores));
            }
            // every blog quiet for the retention (and the furniture router's two-minute memory of lines), and
            // the sweep given the time to go through them
            for (int second = 0; second < RETENTION.toSeconds() + 120; second++) {
                driver.advanceWallClockTime(Duration.ofSeconds(1));
            }
            counts.add(count(driver, stores));
        }
        report(stores, counts, entries, dir);

        assertEquals(WAVES * (BLOGS_PER_WAVE + LONG_RUNNING_BLOGS) * ENTRIES_PER_BLOG, entries);
        for (final String store : stores) {
            // levelling off: blogs expire two waves after their own, lines of furniture after four; from the
            // sixth wave on no count exceeds the largest of the first five by more than a tenth, while the entries
            // read grow by three fifths
            long steady = 0;
            for (int wave = 0; wave < 5; wave++) {
                steady = Math.max(steady, counts.get(wave).get(store));
            }
            for (int wave = 5; wave < WAVES; wave++) {
                final long count = counts.get(wave).get(store);
                assertTrue(count <= steady * 1.1 + 10, store + " grew to " + count + " keys after wave " + (wave + 1)
                        + " (at most " + steady + " in the first five)");
            }
            // and nothing is left of blogs quiet for the retention (the activity store keeps one key of its own:
            // the lifecycle's running clock)
            assertEquals(store.equals("blog-activity") ? 1L : 0L, counts.get(WAVES).get(store),
                    store + " keys left after every blog went quiet");
        }
    }

    /**
     * The entries of one wave's blogs, interleaved poll by poll as pollers would send them: the wave's own blogs,
     * and the blogs that run through every wave, whose older items expire while they stay active.
     */
    private static List<BlogEntry> wave(final int wave) {
        final List<List<BlogEntry>> blogs = new ArrayList<>();
        final Instant waveStart = START.plusSeconds((long) wave * SECONDS_PER_WAVE);
        for (int b = 0; b < BLOGS_PER_WAVE; b++) {
            blogs.add(blog(String.format(Locale.ROOT, "blog-%04d", wave * BLOGS_PER_WAVE + b), "",
                    new Random(wave * 1_000L + b), waveStart));
        }
        for (int b = 0; b < LONG_RUNNING_BLOGS; b++) {
            blogs.add(blog(String.format(Locale.ROOT, "long-%02d", b), "-wave-" + wave,
                    new Random(100_000L + wave * 1_000L + b), waveStart));
        }
        final List<BlogEntry> interleaved = new ArrayList<>();
        for (int from = 0; from < ENTRIES_PER_BLOG; from += ENTRIES_PER_POLL) {
            for (final List<BlogEntry> blog : blogs) {
                interleaved.addAll(blog.subList(from, Math.min(from + ENTRIES_PER_POLL, blog.size())));
            }
        }
        return interleaved;
    }

    /**
     * One blog, oldest first, in polls of {@link #ENTRIES_PER_POLL}: short updates (the state's shape, not the
     * enrichment's cost, is measured), a fifth of them repeats of earlier ones, some quoting a named speaker or
     * continuing the quotation above.
     */
    private static List<BlogEntry> blog(final String blogId, final String pollPrefix, final Random random,
                                        final Instant start) {
        final List<String> texts = new ArrayList<>();
        for (int i = 0; i < ENTRIES_PER_BLOG; i++) {
            final int n = random.nextInt(100_000);
            texts.add(switch (i % 10) {
                case 1, 2 -> texts.get(random.nextInt(texts.size()));
                case 3 -> "Mayor " + NAMES[n % NAMES.length] + " said: \u201CWe need " + n + " more trucks.\u201D";
                case 4 -> "He added: \u201CThe bridge at mile " + n + " is closed.\u201D";
                default -> "Crews counted " + n + " homes without power in district " + (n % 97) + " on day "
                        + (1 + i / 30) + ".";
            });
        }
        final List<BlogEntry> entries = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            final int position = ENTRIES_PER_POLL - i % ENTRIES_PER_POLL;
            entries.add(BlogEntry.newBuilder()
                    .setBlogId(blogId).setEntryId(EntryIds.entryId(blogId, texts.get(i))).setSource("stdin")
                    .setPollId(blogId + pollPrefix + "-poll-" + i / ENTRIES_PER_POLL).setPosition(position)
                    .setAbovePosition(position > 1 ? position - 1 : null).setText(texts.get(i))
                    .setIngestedAt(start.plusMillis(i * 100L)).setBlogDate(LocalDate.of(2031, 3, 11))
                    .setBlogZone("Europe/Oslo").build());
        }
        return entries;
    }

    private static Map<String, Long> count(final TopologyTestDriver driver, final List<String> stores) {
        final Map<String, Long> counts = new LinkedHashMap<>();
        for (final String name : stores) {
            long n = 0;
            try (KeyValueIterator<?, ?> all = driver.getKeyValueStore(name).all()) {
                while (all.hasNext()) {
                    all.next();
                    n++;
                }
            }
            counts.put(name, n);
        }
        return counts;
    }

    private static void report(final List<String> stores, final List<Map<String, Long>> counts, final long entries,
                               final Path dir) throws Exception {
        final StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-22s", "keys after wave"));
        for (int wave = 1; wave <= WAVES; wave++) {
            table.append(String.format(Locale.ROOT, "%9d", wave));
        }
        table.append("   quiet\n");
        for (final String store : stores) {
            table.append(String.format(Locale.ROOT, "%-22s", store));
            counts.forEach(c -> table.append(String.format(Locale.ROOT, "%9d", c.get(store))));
            table.append('\n');
        }
        table.append(String.format(Locale.ROOT, "%,d entries from %,d blogs (%d of them in every wave), retention "
                + "%d s%n", entries, WAVES * BLOGS_PER_WAVE + LONG_RUNNING_BLOGS, LONG_RUNNING_BLOGS,
                RETENTION.toSeconds()));
        System.out.print(table);
        final Path out = Path.of("target", "state-bounds.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString(), StandardCharsets.UTF_8);
    }
}
