package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessor;
import dev.liveblog.processor.dedup.DedupStores;
import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.schema.BlogEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stores whose few keys many entries rewrite (a blog's counters and last speakers, the items waiting for a short
 * name, a quotation's event) sit behind Kafka Streams' record cache: a commit writes each key to its changelog once,
 * not once per entry that rewrote it. On a real broker, as only a real commit interval shows it.
 */
class PerBlogKeysEndToEndTest {

    private static final String BLOG = "blog-per-blog-keys";
    private static final int ENTRIES = 30;
    private static final String APP = "liveblog-processor";

    @Test
    void shouldWriteKeysManyEntriesRewriteOncePerCommitNotOncePerEntry(@TempDir final Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            // given a processor committing every 5 seconds, many times as long as the entries take
            final Settings settings = BrokerRecords.settings(broker, dir.resolve("state"),
                    Map.of("commit.interval.ms", "5000"));
            final Topics topics = Topics.from(settings);
            try (TopicAdmin admin = TopicAdmin.connect(settings)) {
                admin.createMissing(List.copyOf(topics.all()), 1, (short) 1);
            }
            final BrokerRecords records = new BrokerRecords(broker, topics);
            try (LiveBlogProcessor processor = LiveBlogProcessor.start(settings)) {
                // when one blog posts thirty new items, each quoting the same speaker and naming a man short
                records.send(entries());

                // then every item is out, and each such key reached its changelog a few times at most
                assertEquals(ENTRIES, records.read(topics.canonical().name(), topics.canonical().valueSerde(),
                        ENTRIES).size());
                final int counters = records.read(changelog(DedupStores.COUNTERS), Serdes.String(), 1).size();
                final int speakers = records.read(changelog(EnrichStores.SPEAKERS_STORE), Serdes.String(), 1)
                        .size();
                final int waits = records.read(changelog(EnrichStores.NAME_WAITS_STORE), Serdes.String(), 1).size();
                final int events = records.read(changelog("quote-events"), Serdes.ByteArray(), 1).size();
                assertTrue(counters <= ENTRIES / 5, "counter records: " + counters);
                assertTrue(speakers <= ENTRIES / 2, "speaker records: " + speakers);
                assertTrue(waits <= ENTRIES / 5, "name-wait records: " + waits);
                assertTrue(events <= ENTRIES / 5, "quote event records: " + events);
            }
        }
    }

    private static String changelog(final String store) {
        return APP + "-" + store + "-changelog";
    }

    private static List<BlogEntry> entries() {
        final String[] towns = {"Avonmouth", "Bexley", "Carlow", "Dunmore", "Ellesmere", "Fenwick"};
        final List<BlogEntry> entries = new ArrayList<>();
        for (int i = 1; i <= ENTRIES; i++) {
            final String text = String.format(Locale.ROOT, "Crews in %s cleared %d homes overnight. \"We will stay "
                    + "until the last street is dry,\" said Maria Okafor, the fire chief, on day %d. Mr Haddad's pumps "
                    + "arrived.",
                    towns[i % towns.length], i * 7, i);
            entries.add(BrokerRecords.entry(BLOG, text, "poll-1", i, i > 1 ? i - 1 : null));
        }
        return entries;
    }
}
