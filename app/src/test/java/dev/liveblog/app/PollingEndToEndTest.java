package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.producer.LiveBlogProducer;
import dev.liveblog.producer.LiveBlogProducerConfig;
import dev.liveblog.producer.poll.PolledBlog;
import dev.liveblog.producer.poll.PollingProducer;
import dev.liveblog.producer.source.SourceOptions;
import dev.liveblog.schema.CanonicalEntry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polling end to end, through a real broker, the processor and the writers: three polls of a changing JSON-LD
 * live blog end with the same items as its last page read alone, and an update edited between polls is a new
 * version of the item it made, under the same id.
 */
class PollingEndToEndTest {

    private static final String BLOG = "azores-storm-bernarda";
    private static final String EDITED = "https://correio-atlantico.example/en/live/2025/12/03/"
            + "storm-bernarda-azores-live#post-105";
    private static final String REMOVED = "https://correio-atlantico.example/en/live/2025/12/03/"
            + "storm-bernarda-azores-live#post-112";

    @TempDir
    Path dir;

    @Test
    void shouldEndPollsWithTheItemsOfTheLastPageAndVersionAnEditedUpdate() throws Exception {
        // given the blog's three snapshots, and its last one alone
        final LocalPipeline.Result polled = run(dir.resolve("polled"), List.of("poll-1.html", "poll-2.html",
                "poll-3.html"));
        final LocalPipeline.Result alone = run(dir.resolve("alone"), List.of("poll-3.html"));

        // then the polls end with the last page's items, same ids and texts, plus the update deleted meanwhile
        final Map<String, String> polledItems = texts(polled.snapshot());
        final Map<String, String> aloneItems = texts(alone.snapshot());
        final String removed = EntryIds.updateCanonicalId(BLOG, REMOVED);
        assertTrue(polledItems.containsKey(removed));
        polledItems.remove(removed);
        assertEquals(aloneItems, polledItems);
        // and the update edited in the second poll made one item in two versions, the second with the new text
        final String edited = EntryIds.updateCanonicalId(BLOG, EDITED);
        final List<CanonicalEntry> versions = polled.canonical().stream()
                .filter(e -> e.getCanonicalId().equals(edited)).toList();
        assertTrue(versions.size() >= 2, "versions " + versions.size());
        assertEquals(1, versions.get(0).getVersion());
        assertTrue(versions.get(0).getText().contains("3,200"), versions.get(0).getText());
        assertTrue(versions.get(versions.size() - 1).getText().contains("11,800"));
        assertEquals(versions.size(), versions.get(versions.size() - 1).getVersion());
    }

    /** The pipeline on its own broker, its producer polling a page that serves {@code snapshots} in turn. */
    private LocalPipeline.Result run(final Path out, final List<String> snapshots) throws Exception {
        try (SnapshotServer server = new SnapshotServer(); EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            final URI url = URI.create(server.serve("/live", "text/html; charset=utf-8",
                    snapshots.stream().map(file -> "/blackbox-web/" + BLOG + "/" + file).toList()));
            final PolledBlog blog = new PolledBlog(BLOG, url, null, SourceOptions.detect(), null, null);
            final Settings settings = Settings.of(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    LiveBlogProducerConfig.BLOG_ID, BLOG,
                    LiveBlogProducerConfig.POLL_INTERVAL, "200ms",
                    LiveBlogProducerConfig.HOST_INTERVAL, "0s",
                    LiveBlogProducerConfig.STATE_FILE, out.resolve("producer-state.json").toString()));
            return new LocalPipeline(settings, out, 3, Duration.ofSeconds(120)).run(local -> {
                final PollingProducer.Summary summary = LiveBlogProducer.poll(local, List.of(blog),
                        snapshots.size(), new SimpleMeterRegistry(), producer -> { }, Clock.systemUTC());
                return new LocalPipeline.Produced(BLOG, summary.added() + summary.edited());
            });
        }
    }

    private static Map<String, String> texts(final List<CanonicalEntry> items) {
        return items.stream().collect(Collectors.toMap(CanonicalEntry::getCanonicalId, CanonicalEntry::getText,
                (a, b) -> a, TreeMap::new));
    }
}
