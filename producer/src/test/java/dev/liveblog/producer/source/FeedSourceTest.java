package dev.liveblog.producer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {

    @Test
    void shouldReadRssItemsPreferringFullContent() {
        // given an RSS 2.0 feed with content:encoded in CDATA, an escaped description, an item with a title only
        final Snapshot snapshot = Fixtures.read("rss2.xml");

        // then each item is an update in feed order, its markup cleaned
        assertEquals(SourceFormat.FEED, snapshot.format());
        assertEquals(List.of(
                new Update("glenmarsh-r3", "https://feeds.example/glenmarsh#r3", "Ribbon cut",
                        "The mayor cut the ribbon at 11:15 \u2013 ten minutes late.\n\nFirst across: a tractor.",
                        Instant.parse("2031-06-14T10:15:00Z"), null, 1, null),
                new Update("https://feeds.example/glenmarsh#r2", "https://feeds.example/glenmarsh#r2",
                        "Crowds gather", "Several hundred people on both banks.",
                        Instant.parse("2031-06-14T08:40:00Z"), null, 2, null),
                new Update("https://feeds.example/glenmarsh#r1", "https://feeds.example/glenmarsh#r1", null,
                        "Road closures lifted at noon", Instant.parse("2031-06-14T08:00:00Z"), null, 3, null)),
                snapshot.updates());
        // and the blog's date is the earliest item's in UTC, with no zone
        assertEquals(LocalDate.of(2031, 6, 14), snapshot.date());
        assertNull(snapshot.zone());
    }

    @Test
    void shouldReadAtomEntries() {
        // given an Atom 1.0 feed, one entry published and updated, one only updated with an XHTML summary
        final Snapshot snapshot = Fixtures.read("atom.xml", "application/atom+xml", SourceOptions.detect());

        // then ids, links, content over summary, and dates are read
        assertEquals(List.of(
                new Update("urn:example:hollin-fire:3", "https://fire.example/hollin/3",
                        "Evacuation order lifted for Eastfold",
                        "Residents may return from 18:00.\n\nRoads stay closed to visitors.",
                        Instant.parse("2031-08-02T13:30:00Z"), Instant.parse("2031-08-02T14:00:00Z"), 1, null),
                new Update("urn:example:hollin-fire:2", "https://fire.example/hollin/2", "Wind turns west",
                        "Crews expect a quieter afternoon.", Instant.parse("2031-08-02T12:10:00Z"),
                        Instant.parse("2031-08-02T12:10:00Z"), 2, null)),
                snapshot.updates());
        assertEquals(LocalDate.of(2031, 8, 2), snapshot.date());
    }

    @Test
    void shouldReadRss10() {
        // given an RSS 1.0 (RDF) feed with a Dublin Core date
        final String rdf = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"https://r.example/\"><title>T</title><link>https://r.example/</link>"
                + "<description>d</description></channel><item rdf:about=\"https://r.example/1\"><title>One</title>"
                + "<link>https://r.example/1</link><description>Body &amp;amp; more</description>"
                + "<dc:date>2031-01-02T03:04:05+01:00</dc:date></item></rdf:RDF>";

        // when it is read without a format or content type
        final Snapshot snapshot = new SourceReader().read("rdf", null, rdf.getBytes(StandardCharsets.UTF_8),
                SourceOptions.detect());

        // then its item is an update, and the offset its time is written in is the blog's
        assertEquals(List.of(new Update("https://r.example/1", "https://r.example/1", "One", "Body & more",
                Instant.parse("2031-01-02T02:04:05Z"), null, 1, null)), snapshot.updates());
        assertEquals(java.time.ZoneOffset.ofHours(1), snapshot.zone());
    }

    @Test
    void shouldTakeTheOffsetAnRssFeedWritesItsTimesInForTheBlogsAndItsDateThere() {
        // given an RSS feed whose outlet writes its local time, eight hours ahead of UTC, just after midnight
        final String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<link>https://p.example/</link><description>d</description><item><guid>p-1</guid>"
                + "<title>Gates open</title><description>The gates opened.</description>"
                + "<pubDate>Tue, 14 Oct 2031 00:20:00 +0800</pubDate></item></channel></rss>";

        final Snapshot snapshot = new SourceReader().read("rss", "application/rss+xml",
                rss.getBytes(StandardCharsets.UTF_8), SourceOptions.detect());

        assertEquals(java.time.ZoneOffset.ofHours(8), snapshot.zone());
        assertEquals(LocalDate.of(2031, 10, 14), snapshot.date());
    }

    @Test
    void shouldNameTheRootOfAPageForcedToBeAFeed() {
        final SourceException error = assertThrows(SourceException.class, () -> Fixtures.read(
                "selector-page.html", null, SourceOptions.detect().withFormat(SourceFormat.FEED)));

        assertEquals("https://x.example/selector-page.html: not an RSS or Atom feed (root element <html>)",
                error.getMessage());
    }

    @Test
    void shouldNameTheSourceOfBytesThatAreNoFeed() {
        // given bytes that are not XML, served as RSS
        final byte[] body = "this is not a feed at all".getBytes(StandardCharsets.UTF_8);

        // when they are read
        final SourceException error = assertThrows(SourceException.class, () -> new SourceReader()
                .read("https://x.example/rss", "application/rss+xml", body, SourceOptions.detect()));

        // then the message names the source and the problem
        assertTrue(error.getMessage().startsWith("https://x.example/rss: not a readable RSS or Atom feed: "),
                error.getMessage());
    }

    @Test
    void shouldNotReadAnExternalEntity(@TempDir final Path dir) throws Exception {
        // given a feed whose document type declares an entity reading a local file
        final Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-XXE");
        final String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri()
                + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><item><guid>g1</guid>"
                + "<description>before &leak; after</description></item></channel></rss>";

        // when it is read, then it is refused, and the file's content is nowhere
        final SourceException error = assertThrows(SourceException.class, () -> new SourceReader()
                .read("feed.xml", null, feed.getBytes(StandardCharsets.UTF_8), SourceOptions.detect()));
        assertTrue(error.getMessage().startsWith("feed.xml: not a readable RSS or Atom feed"), error.getMessage());
        assertFalse(error.getMessage().contains("TOP-SECRET"), error.getMessage());
    }
}
