package dev.liveblog.producer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdSourceTest {

    @Test
    void shouldReadTheLiveBlogInAGraphBesideBreadcrumbsAndIgnoreThePage() {
        // given a page with chrome, a BreadcrumbList script and a LiveBlogPosting in an @graph
        // when it is read without a format
        final Snapshot snapshot = Fixtures.read("jsonld-graph.html");

        // then the updates come in array order, the one without body and headline left out
        assertEquals(SourceFormat.JSON_LD, snapshot.format());
        assertEquals(List.of(
                new Update("https://news.example/live/ferry-strike#post-4",
                        "https://news.example/live/ferry-strike?post=4", "Talks resume at the harbour office",
                        "Union delegates & the operator met again at two o'clock.\n\n"
                                + "Neither side spoke to reporters on the way in.",
                        Instant.parse("2031-04-12T11:05:00Z"), Instant.parse("2031-04-12T11:20:00Z"), 1, null),
                new Update("#post-3", null, "Queues at the northern pier",
                        "About two hundred passengers waited for the single replacement boat.\n\n"
                                + "A coach service runs every hour instead.",
                        Instant.parse("2031-04-12T08:30:00Z"), null, 2, null),
                new Update("https://news.example/live/ferry-strike?post=2",
                        "https://news.example/live/ferry-strike?post=2", null, "Weather warning for the crossing",
                        Instant.parse("2031-04-12T06:10:00Z"), null, 3, null),
                new Update("https://news.example/live/ferry-strike#post-1", null, null,
                        "Good morning. Ferries between Kestrel Bay and Lowmoor Island stay in port today.",
                        Instant.parse("2031-04-12T03:02:00Z"), null, 4, null)),
                snapshot.updates());
        // and the blog's date and zone are those of its coverage start
        assertEquals(LocalDate.of(2031, 4, 12), snapshot.date());
        assertEquals(ZoneOffset.ofHours(3), snapshot.zone());
        Fixtures.assertNoChrome(snapshot);
    }

    @Test
    void shouldReadATopLevelLiveBlogWithTypeArrayAndShortTimes() {
        // given a LiveBlogPosting typed with an array, times in UTC without seconds, escaped markup
        final Snapshot snapshot = Fixtures.read("jsonld-toplevel.html");

        // then every update is read, the escaped markup cleaned too
        assertEquals(List.of("u-104", "u-103", "u-102", "u-101"),
                snapshot.updates().stream().map(Update::updateId).toList());
        final Update first = snapshot.updates().get(0);
        assertEquals("Leaders pass the 30 km mark", first.headline());
        assertEquals(Instant.parse("2031-09-07T10:41:00Z"), first.publishedAt());
        assertEquals(Instant.parse("2031-09-07T10:02:00Z"), snapshot.updates().get(1).modifiedAt());
        assertEquals("Escaped markup \u2014 should still read clean.\n\nSecond paragraph.",
                snapshot.updates().get(2).text());
        assertEquals("And they are off, in light rain.", snapshot.updates().get(3).text());
        // and without a coverage start, the date is the earliest update's, the zone UTC
        assertEquals(LocalDate.of(2031, 9, 7), snapshot.date());
        assertEquals(ZoneId.of("UTC"), snapshot.zone());
        Fixtures.assertNoChrome(snapshot);
    }

    @Test
    void shouldReadALiveBlogInAnArrayTypedByItsIri() {
        // given a script holding an array, the live blog typed http://schema.org/LiveBlogPosting
        final Snapshot snapshot = Fixtures.read("jsonld-array.html");

        // then its updates are read with block markup as paragraphs
        assertEquals(4, snapshot.updates().size());
        assertEquals("https://science.example/eclipse#e4", snapshot.updates().get(0).updateId());
        assertEquals(Instant.parse("2031-02-28T18:42:00Z"), snapshot.updates().get(0).publishedAt());
        assertEquals("Cheers from the car park.\n\nWe can see the corona!", snapshot.updates().get(1).text());
        assertEquals("Moon touches the disc\n\nTemperature 18 \u00B0C", snapshot.updates().get(2).text());
        // and the coverage start's local date is the blog's date, in its own offset
        assertEquals(LocalDate.of(2031, 2, 28), snapshot.date());
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), snapshot.zone());
        Fixtures.assertNoChrome(snapshot);
    }

    @Test
    void shouldNameSourceAndPlaceOfInvalidJson() {
        // given a page whose only LiveBlogPosting script misses a comma
        // when it is read
        final SourceException error = assertThrows(SourceException.class,
                () -> Fixtures.read("jsonld-invalid.html"));

        // then the message names the source, the script and Jackson's place
        assertTrue(error.getMessage().startsWith("https://x.example/jsonld-invalid.html: invalid JSON in JSON-LD "
                + "script 2 at line 6, column 5"), error.getMessage());
    }

    @Test
    void shouldKeepAnUpdateWithAnUnreadableDate() {
        // given an update whose datePublished is not ISO-8601, and one whose time has no offset
        final String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"LiveBlogPosting\","
                + " \"liveBlogUpdate\": [{\"@id\": \"#x\", \"articleBody\": \"Still here.\","
                + " \"datePublished\": \"yesterday at noon\", \"dateModified\": \"2031-01-01T10:00:00\"}]}"
                + "</script></head></html>";

        // when it is read
        final Snapshot snapshot = new SourceReader().read("page.html", "text/html",
                page.getBytes(StandardCharsets.UTF_8), SourceOptions.detect());

        // then the update is kept without dates, and the blog has no date
        final Update update = snapshot.updates().get(0);
        assertEquals("Still here.", update.text());
        assertNull(update.publishedAt());
        assertNull(update.modifiedAt());
        assertNull(snapshot.date());
        assertNull(snapshot.zone());
    }

    @Test
    void shouldSuggestTheSelectorForAPageWithoutJsonLd() {
        // given an HTML page without JSON-LD, read without a selector
        final SourceException error = assertThrows(SourceException.class,
                () -> Fixtures.read("selector-page.html"));

        // then the message says so and names the option
        assertEquals("https://x.example/selector-page.html: no live-blog updates found (no LiveBlogPosting "
                + "JSON-LD; use --entry-selector for pages without it)", error.getMessage());
    }
}
