package dev.liveblog.producer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.producer.InvalidLinePolicy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceReaderTest {

    @ParameterizedTest
    @CsvSource({
        "jsonld-graph.html,     text/html; charset=utf-8, JSON_LD",
        "jsonld-toplevel.html,  ,                         JSON_LD",
        "jsonld-array.html,     text/plain,               JSON_LD",
        "rss2.xml,              text/xml,                 FEED",
        "rss2.xml,              text/html,                FEED",
        "atom.xml,              ,                         FEED",
        "blog.txt,              ,                         TEXT",
        "blog.txt,              text/plain,               TEXT"})
    void shouldDetectTheFormat(final String fixture, final String contentType, final SourceFormat expected) {
        assertEquals(expected, Fixtures.read(fixture, contentType, SourceOptions.detect()).format());
    }

    @Test
    void shouldDetectAFeedAfterABomAndComments() {
        final byte[] feed = Fixtures.bytes("atom.xml");
        final byte[] prefix = "\uFEFF  <!-- generated -->\n<?xml-stylesheet href=\"s.xsl\"?>".getBytes(
                StandardCharsets.UTF_8);
        final String xml = new String(feed, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>", "");
        final byte[] body = (new String(prefix, StandardCharsets.UTF_8) + xml).getBytes(StandardCharsets.UTF_8);

        final Snapshot snapshot = new SourceReader().read("atom", null, body, SourceOptions.detect());

        assertEquals(SourceFormat.FEED, snapshot.format());
        assertEquals(2, snapshot.updates().size());
    }

    @Test
    void shouldReadAPageAsHtmlWhenGivenASelector() {
        final Snapshot snapshot = Fixtures.read("jsonld-graph.html", null,
                SourceOptions.detect().withEntrySelector("main article.post"));

        assertEquals(SourceFormat.HTML, snapshot.format());
        assertEquals("Talks resume at the harbour office", snapshot.updates().get(0).text());
    }

    @Test
    void shouldReadAsTheFormatForced() {
        final Snapshot text = Fixtures.read("rss2.xml", "application/rss+xml",
                SourceOptions.detect().withFormat(SourceFormat.TEXT));
        assertEquals(SourceFormat.TEXT, text.format());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", text.updates().get(0).text());

        final SourceException notJsonLd = assertThrows(SourceException.class, () -> Fixtures.read(
                "selector-page.html", null, SourceOptions.detect().withFormat(SourceFormat.JSON_LD)));
        assertTrue(notJsonLd.getMessage().contains("no LiveBlogPosting JSON-LD"), notJsonLd.getMessage());

        final SourceException noSelector = assertThrows(SourceException.class, () -> Fixtures.read(
                "jsonld-graph.html", null, SourceOptions.detect().withFormat(SourceFormat.HTML)));
        assertTrue(noSelector.getMessage().contains("--entry-selector"), noSelector.getMessage());

        assertThrows(SourceException.class, () -> Fixtures.read(
                "jsonld-graph.html", null, SourceOptions.detect().withFormat(SourceFormat.FEED)));
    }

    @Test
    void shouldReadPlainTextLinesWithTheLineAbove() {
        final Snapshot snapshot = Fixtures.read("blog.txt");

        assertEquals(List.of(
                new Update(null, null, null, "09:00 Polls open across the district.", null, null, 1, null),
                new Update(null, null, null, "09:45 Turnout reported as steady.", null, null, 3, 1)),
                snapshot.updates());
        assertNull(snapshot.date());
    }

    @Test
    void shouldReportInvalidTextLinesAsSourceErrors() {
        final byte[] body = {'o', 'k', '\n', 'b', (byte) 0xC3, '(', '\n'};

        final SourceException error = assertThrows(SourceException.class,
                () -> new SourceReader().read("blog.txt", null, body, SourceOptions.detect()));
        assertTrue(error.getMessage().startsWith("blog.txt:2: invalid UTF-8"), error.getMessage());

        final Snapshot skipped = new SourceReader().read("blog.txt", null, body,
                new SourceOptions(null, null, InvalidLinePolicy.SKIP));
        assertEquals(1, skipped.updates().size());
    }

    @Test
    void shouldHonourTheContentTypesCharset() {
        // given a Latin-1 page whose meta wrongly claims UTF-8, served with its real charset
        final String page = "<html><head><meta charset=\"utf-8\"><script type=\"application/ld+json\">"
                + "{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\": {\"@id\": \"#c\", "
                + "\"articleBody\": \"Caf\u00E9 cr\u00E8me br\u00FBl\u00E9e in Malm\u00F6\"}}</script></head></html>";
        final byte[] latin1 = page.getBytes(StandardCharsets.ISO_8859_1);

        final Snapshot snapshot = new SourceReader().read("page", "text/html; charset=ISO-8859-1", latin1,
                SourceOptions.detect());

        assertEquals("Caf\u00E9 cr\u00E8me br\u00FBl\u00E9e in Malm\u00F6", snapshot.updates().get(0).text());
    }

    @Test
    void shouldReadTheMetaCharsetWithoutAContentType() {
        final String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body><p class=\"e\">Gr\u00FC\u00DFe aus K\u00F6ln</p></body></html>";

        final Snapshot snapshot = new SourceReader().read("page", null, page.getBytes(StandardCharsets.ISO_8859_1),
                SourceOptions.detect().withEntrySelector("p.e"));

        assertEquals("Gr\u00FC\u00DFe aus K\u00F6ln", snapshot.updates().get(0).text());
    }

    @Test
    void shouldRefuseXmlThatIsNoFeed() {
        final byte[] body = "<?xml version=\"1.0\"?><urlset><url/></urlset>".getBytes(StandardCharsets.UTF_8);

        final SourceException error = assertThrows(SourceException.class,
                () -> new SourceReader().read("map.xml", "application/xml", body, SourceOptions.detect()));
        assertEquals("map.xml: XML with root element <urlset>, neither an RSS or Atom feed nor HTML",
                error.getMessage());
    }

    @Test
    void shouldRefuseContentOfAnotherTypeThatIsNoMarkupRatherThanTakeItForText() {
        final byte[] body = "{\"error\": \"rate limited\"}".getBytes(StandardCharsets.UTF_8);

        final SourceException error = assertThrows(SourceException.class, () -> new SourceReader()
                .read("https://x.example/live", "application/json", body, SourceOptions.detect()));
        assertEquals("https://x.example/live: content of type application/json is neither a live-blog page, a feed "
                + "nor plain text", error.getMessage());
    }

    @Test
    void shouldDropIdsThatSeveralUpdatesShare() {
        final Update a = new Update("https://x.example/live", null, null, "One.", null, null, 1, null);
        final Update b = new Update("https://x.example/live", null, null, "Two.", null, null, 2, null);
        final Update c = new Update("#p3", null, null, "Three.", null, null, 3, null);

        final Snapshot unique = new Snapshot("s", SourceFormat.JSON_LD, List.of(a, b, c), null, null).withUniqueIds();

        assertEquals(java.util.Arrays.asList(null, null, "#p3"), unique.updates().stream().map(Update::updateId)
                .toList());
    }

    @Test
    void shouldMakeAnUpdatesAddressRelativeToThePageAbsolute() {
        final byte[] page = ("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"LiveBlogPosting\",\"liveBlogUpdate\":[{\"@type\":\"BlogPosting\","
                + "\"url\":\"/live/storm#p7\",\"articleBody\":\"Winds are easing.\"}]}</script></head></html>")
                .getBytes(StandardCharsets.UTF_8);

        final Snapshot snapshot = new SourceReader().read("https://news.example/live/storm?page=1", "text/html",
                page, SourceOptions.detect());

        assertEquals("https://news.example/live/storm#p7", snapshot.updates().get(0).url());
        assertEquals("/live/storm#p7", snapshot.updates().get(0).updateId());
    }

    @Test
    void shouldTakeCopiesOfOneUpdateUnderItsIdForOne() {
        // given a post pinned to the top of the page, so shown twice, and another post
        final Update pinned = new Update("#p9", null, "Pinned", "Read this first.", null, null, 1, null);
        final Update copy = new Update("#p9", null, "Pinned", "Read this first.", null, null, 5, null);
        final Update other = new Update("#p4", null, null, "Another post.", null, null, 2, null);

        final Snapshot unique = new Snapshot("s", SourceFormat.JSON_LD, List.of(pinned, other, copy), null, null)
                .withUniqueIds();

        // then it is one update, with its id
        assertEquals(List.of(pinned, other), unique.updates());
    }
}
