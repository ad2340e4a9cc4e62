package dev.liveblog.producer.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.text.EntryIds;
import dev.liveblog.producer.EntryOrder;
import dev.liveblog.producer.source.SourceException;
import dev.liveblog.producer.source.SourceOptions;
import dev.liveblog.schema.BlogEntry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One blog polled from a local HTTP server, its entries collected instead of sent: no Kafka here. */
class BlogPollerTest {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String PATH = "/live/harbour-fire";

    @TempDir
    Path dir;

    private ScriptedServer server;
    private final List<List<BlogEntry>> sent = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = new ScriptedServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldSendEachPollsNewAndEditedUpdatesOnlyWithIdsKeptAcrossEdits() throws Exception {
        // given three snapshots of a JSON-LD live blog: an update edited in the second, one removed in the third
        server.on(PATH,
                ScriptedServer.Answer.ok(HTML, page(U1, U2, U3), null),
                ScriptedServer.Answer.ok(HTML, page(U4, U1, U2_EDITED, U3), null),
                ScriptedServer.Answer.ok(HTML, page(U5, U4, U2_EDITED, U3), null));
        final BlogPoller poller = poller(memoryFile());
        final PolledBlog blog = blog();

        // when it is polled three times
        final PollResult first = poller.poll(blog);
        final PollResult second = poller.poll(blog);
        final PollResult third = poller.poll(blog);

        // then the first sends its three updates oldest first, each after only what is new or edited
        assertEquals(List.of("#p1", "#p2", "#p3"), ids(sent.get(0)));
        assertEquals(List.of("#p2", "#p4"), ids(sent.get(1)));
        assertEquals(List.of("#p5"), ids(sent.get(2)));
        assertEquals(List.of(3, 0, 1, 1, 1, 0), List.of(first.added(), first.edited(), second.added(),
                second.edited(), third.added(), third.edited()));
        // the edit keeps the update's entry id, with the new text; the page's chrome is never read
        final BlogEntry original = sent.get(0).get(1);
        final BlogEntry edit = sent.get(1).get(0);
        assertEquals(original.getEntryId(), edit.getEntryId());
        assertEquals(EntryIds.updateEntryId("harbour-fire", "#p2"), edit.getEntryId());
        assertTrue(edit.getText().contains("two tugs"), edit.getText());
        assertTrue(sent.stream().flatMap(List::stream).noneMatch(e -> e.getText().contains("Accept cookies")));
        // and the blog's date and zone come from the page
        assertEquals(LocalDate.of(2031, 4, 2), edit.getBlogDate());
        assertEquals("+02:00", edit.getBlogZone());
    }

    @Test
    void shouldSendNothingWhenTheServerAnswersNotModified() throws Exception {
        // given a page served with an ETag, then 304 to a request that sends it back
        server.on(PATH, ScriptedServer.Answer.ok(HTML, page(U1), "\"v1\""),
                ScriptedServer.Answer.status(304, Map.of("ETag", "\"v1\"")));
        final BlogPoller poller = poller(memoryFile());

        // when it is polled twice
        poller.poll(blog());
        final PollResult again = poller.poll(blog());

        // then the second poll asked conditionally and sent nothing
        assertEquals(PollResult.Outcome.NOT_MODIFIED, again.outcome());
        assertEquals("\"v1\"", server.requests(PATH).get(1).ifNoneMatch());
        assertEquals(1, sent.size());
    }

    @Test
    void shouldSendNothingTwiceAcrossARestart() throws Exception {
        // given a page that ignores validators, polled once by a producer that then stops
        server.on(PATH, ScriptedServer.Answer.ok(HTML, page(U2, U1), null),
                ScriptedServer.Answer.ok(HTML, page(U3, U2_EDITED, U1), null));
        final Path memory = memoryFile();
        poller(memory).poll(blog());

        // when a new producer starts on the same state file and polls the page, which meanwhile changed
        final PollResult afterRestart = poller(memory).poll(blog());

        // then it sends only the new and the edited update
        assertEquals(List.of("#p2", "#p3"), ids(sent.get(1)));
        assertEquals(1, afterRestart.added());
        assertEquals(1, afterRestart.edited());
    }

    @Test
    void shouldReadRssAtomAndSelectedHtmlEntries() throws Exception {
        // given a feed of each kind and an HTML page without JSON-LD
        server.on("/rss", ScriptedServer.Answer.ok("application/rss+xml", fixture("rss2.xml"), null))
                .on("/atom", ScriptedServer.Answer.ok("application/atom+xml", fixture("atom.xml"), null))
                .on("/page", ScriptedServer.Answer.ok(HTML, fixture("selector-page.html"), null));
        final BlogPoller poller = poller(memoryFile());

        // when each is polled
        poller.poll(new PolledBlog("rss", server.uri("/rss"), null, SourceOptions.detect(), null, null));
        poller.poll(new PolledBlog("atom", server.uri("/atom"), null, SourceOptions.detect(), null, null));
        poller.poll(new PolledBlog("page", server.uri("/page"), null,
                SourceOptions.detect().withEntrySelector("article.post"), null, null));

        // then each sent its entries, feed items under their own ids
        assertEquals(3, sent.size());
        assertTrue(sent.get(0).stream().allMatch(e -> e.getUpdateId() != null));
        assertTrue(sent.get(1).stream().allMatch(e -> e.getUpdateId() != null));
        assertTrue(sent.stream().allMatch(poll -> !poll.isEmpty()));
    }

    @Test
    void shouldNameTheUrlOfAPageWithoutEntriesAndSendNothing() throws Exception {
        server.on(PATH, ScriptedServer.Answer.ok(HTML, "<html><body><p>Nothing live here.</p></body></html>",
                null));

        final SourceException error = assertThrows(SourceException.class, () -> poller(memoryFile()).poll(blog()));

        assertTrue(error.getMessage().startsWith(server.uri(PATH).toString()), error.getMessage());
        assertTrue(sent.isEmpty());
    }

    @Test
    void shouldKnowUpdatesSharingOneIdByTheirTextAndSendEachOnce() throws Exception {
        // given a page whose updates all carry the page's own address as their id
        final String a = update("#live", null, "2031-04-02T06:10:00+02:00", "The ferry to the island is cancelled.");
        final String b = update("#live", null, "2031-04-02T06:20:00+02:00", "The bridge is closed to lorries.");
        server.on(PATH, ScriptedServer.Answer.ok(HTML, page(b, a), null));
        final BlogPoller poller = poller(memoryFile());

        // when it is polled twice
        poller.poll(blog());
        final PollResult again = poller.poll(blog());

        // then both updates were sent once, each under its own content id, not as edits of one another
        assertEquals(1, sent.size());
        assertEquals(2, sent.get(0).stream().map(BlogEntry::getEntryId).distinct().count());
        assertTrue(sent.get(0).stream().allMatch(e -> e.getUpdateId() == null));
        assertEquals(PollResult.Outcome.UNCHANGED, again.outcome());
    }

    @Test
    void shouldNotForgetThePageWhenItComesBackEmptyOnce() throws Exception {
        // given a page, then the same page once without updates, then again as it was
        final String empty = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"LiveBlogPosting\",\"liveBlogUpdate\":[]}</script></head></html>";
        server.on(PATH, ScriptedServer.Answer.ok(HTML, page(U2, U1), null), ScriptedServer.Answer.ok(HTML, empty, null),
                ScriptedServer.Answer.ok(HTML, page(U2, U1), null));
        final BlogPoller poller = poller(memoryFile());
        poller.poll(blog());

        // when the empty page is read, then the full one again
        final SourceException error = assertThrows(SourceException.class, () -> poller.poll(blog()));
        final PollResult after = poller.poll(blog());

        // then the empty page was an error naming the URL, and nothing was sent again
        assertTrue(error.getMessage().contains("no updates found"), error.getMessage());
        assertEquals(PollResult.Outcome.UNCHANGED, after.outcome());
        assertEquals(1, sent.size());
    }

    @Test
    void shouldWaitQuietlyForABlogThatHasNotBegun() throws Exception {
        // given a live blog announced with no updates yet, then its first
        final String none = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"LiveBlogPosting\",\"liveBlogUpdate\":[]}</script></head></html>";
        server.on(PATH, ScriptedServer.Answer.ok(HTML, none, null), ScriptedServer.Answer.ok(HTML, page(U1), null));
        final BlogPoller poller = poller(memoryFile());

        // when it is polled twice
        final PollResult before = poller.poll(blog());
        final PollResult begun = poller.poll(blog());

        // then the empty page was no failure, and the first update was sent
        assertEquals(PollResult.Outcome.UNCHANGED, before.outcome());
        assertEquals(1, begun.added());
    }

    @Test
    void shouldTakeEachNewFileOfAWatchedDirectoryAsOnePoll() throws Exception {
        // given two snapshots dropped into a directory
        final Path watched = Files.createDirectory(dir.resolve("drop"));
        Files.writeString(watched.resolve("a-poll-1.html"), page(U1));
        Files.writeString(watched.resolve("b-broken.html"), "<html><body>a page cut short");
        Files.writeString(watched.resolve("c-poll-2.html"), page(U2, U1));
        final FileTime settled = FileTime.from(Instant.now().minusSeconds(10));
        for (final String name : List.of("a-poll-1.html", "b-broken.html", "c-poll-2.html")) {
            Files.setLastModifiedTime(watched.resolve(name), settled);
        }
        // and one still being written
        Files.writeString(watched.resolve("d-poll-3.html"), page(U3, U2, U1));
        final BlogPoller poller = poller(memoryFile());
        final PolledBlog blog = new PolledBlog("drop", null, watched, SourceOptions.detect(), null, null);

        // when the directory is polled, then polled again once the last file has settled
        final PollResult first = poller.poll(blog);
        Files.setLastModifiedTime(watched.resolve("d-poll-3.html"), settled);
        final PollResult second = poller.poll(blog);
        final PollResult third = poller.poll(blog);

        // then the settled files were taken in order, the broken one skipped without holding back the next, and
        // the file being written only once it had settled; nothing was taken twice
        assertEquals(List.of(List.of("#p1"), List.of("#p2"), List.of("#p3")),
                sent.stream().map(BlogPollerTest::ids).toList());
        assertEquals(2, first.added());
        assertEquals(1, second.added());
        assertEquals(PollResult.Outcome.NOT_MODIFIED, third.outcome());
    }

    @Test
    void shouldKeepPollingTheOtherBlogsWhenOneFailsAndHonourRetryAfter() throws Exception {
        // given one blog that is missing, and one that is unavailable once, asking to be retried after a second
        server.on("/gone", ScriptedServer.Answer.status(404, Map.of()))
                .on(PATH, ScriptedServer.Answer.status(503, Map.of("Retry-After", "1")),
                        ScriptedServer.Answer.ok(HTML, page(U1), null));
        final PolledBlog gone = new PolledBlog("gone", server.uri("/gone"), null, SourceOptions.detect(), null, null);
        final Clock clock = Clock.systemUTC();
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final PollingProducer producer = new PollingProducer(List.of(gone, blog()), poller(memoryFile())::poll,
                Duration.ofMillis(100), new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5),
                new java.util.SplittableRandom(7)), new HostRateLimiter(Duration.ZERO, clock), registry, clock);

        // when each is polled twice
        final PollingProducer.Summary summary = producer.run(2);

        // then the missing blog failed twice, the other once, and its entry was sent after the wait it asked for
        assertEquals(4, summary.polls());
        assertEquals(3, summary.failed());
        assertEquals(List.of(List.of("#p1")), sent.stream().map(BlogPollerTest::ids).toList());
        final List<ScriptedServer.Request> tries = server.requests(PATH);
        assertTrue(Duration.between(tries.get(0).at(), tries.get(1).at()).toMillis() >= 1000,
                "retried after " + Duration.between(tries.get(0).at(), tries.get(1).at()));
        assertEquals("liveblog-test/1", tries.get(0).userAgent());
        // and the meters count it all
        assertEquals(3.0, registry.get("liveblog.polls").tag("outcome", "failed").counter().count());
        assertEquals(1.0, registry.get("liveblog.polls").tag("outcome", "sent").counter().count());
        assertEquals(1.0, registry.get("liveblog.updates.sent").tag("change", "new").counter().count());
    }

    private static final String U1 = update("#p1", "Fire reported", "2031-04-02T06:10:00+02:00",
            "A fire broke out in a warehouse on the north quay shortly after six, the port authority said.");
    private static final String U2 = update("#p2", null, "2031-04-02T06:40:00+02:00",
            "Firefighters are pumping water from the harbour.");
    private static final String U2_EDITED = update("#p2", null, "2031-04-02T06:40:00+02:00",
            "Firefighters are pumping water from the harbour, helped by two tugs.");
    private static final String U3 = update("#p3", "Road closed", "2031-04-02T07:05:00+02:00",
            "<p>The coast road is closed between the ferry terminal and the fish market.</p>");
    private static final String U4 = update("#p4", null, "2031-04-02T07:30:00+02:00",
            "Smoke can be seen from the old town, a reporter said.");
    private static final String U5 = update("#p5", "Fire under control", "2031-04-02T08:15:00+02:00",
            "The fire is under control, the fire service said at a quarter past eight.");

    private static String update(final String id, final String headline, final String published,
                                 final String body) {
        return "{\"@type\":\"BlogPosting\",\"@id\":\"" + id + "\","
                + (headline == null ? "" : "\"headline\":\"" + headline + "\",")
                + "\"datePublished\":\"" + published + "\",\"articleBody\":\"" + body + "\"}";
    }

    /** A live-blog page: chrome around a JSON-LD LiveBlogPosting whose updates are given newest first. */
    private static String page(final String... updates) {
        return "<!doctype html><html><head><title>Harbour fire live</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"LiveBlogPosting\",\"headline\":\"Harbour fire live\","
                + "\"coverageStartTime\":\"2031-04-02T06:00:00+02:00\",\"liveBlogUpdate\":["
                + String.join(",", updates) + "]}</script></head>"
                + "<body><div class=\"consent\">Accept cookies to continue</div><nav>Most read</nav></body></html>";
    }

    private BlogPoller poller(final Path memory) {
        final FetchSettings settings = new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
                "liveblog-test/1", 1 << 20);
        return new BlogPoller(new HttpFetcher(settings, Clock.systemUTC()), PollMemory.load(memory),
                entries -> sent.add(List.copyOf(entries)), EntryOrder.OLDEST_FIRST, Clock.systemUTC());
    }

    private PolledBlog blog() {
        return new PolledBlog("harbour-fire", server.uri(PATH), null, SourceOptions.detect(), null, null);
    }

    private Path memoryFile() {
        return dir.resolve("state.json");
    }

    private static List<String> ids(final List<BlogEntry> entries) {
        return entries.stream().map(BlogEntry::getUpdateId).toList();
    }

    private static String fixture(final String name) throws IOException {
        try (InputStream in = BlogPollerTest.class.getResourceAsStream("/sources/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
