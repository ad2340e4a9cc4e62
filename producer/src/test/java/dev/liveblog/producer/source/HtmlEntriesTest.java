package dev.liveblog.producer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlEntriesTest {

    private static final SourceOptions POSTS = SourceOptions.detect().withEntrySelector("article.post");

    @Test
    void shouldReadTheSelectedEntriesAsCleanText() {
        // given a page without JSON-LD, read with a selector
        final Snapshot snapshot = Fixtures.read("selector-page.html", "text/html", POSTS);

        // then each entry with text is an update: id from id or data-post-id, headline and time not repeated,
        // controls, scripts and captions left out, quotes kept
        assertEquals(SourceFormat.HTML, snapshot.format());
        assertEquals(List.of(
                new Update("entry-3", null, "Budget passes, 9 votes to 6",
                        "The vote came after three hours of debate.\n\n"
                                + "The library extension is funded; the swimming pool roof waits another year.",
                        Instant.parse("2031-11-03T20:40:00Z"), null, 1, null),
                new Update("p-2", null, null, "Councillor Amberley quotes a resident's letter:\n\n"
                        + "Fix the pool before you build anything new.",
                        Instant.parse("2031-11-03T19:15:00Z"), null, 2, null),
                new Update(null, null, null, "Item one: roads\n\nItem two: parks", null, null, 3, null)),
                snapshot.updates());
        assertEquals(LocalDate.of(2031, 11, 3), snapshot.date());
        assertEquals(ZoneOffset.ofHours(1), snapshot.zone());
        Fixtures.assertNoChrome(snapshot);
    }

    @Test
    void shouldTakeOnlyTheOutermostOfNestedMatches() {
        // given a selector matching the stream and its posts
        final Snapshot snapshot = Fixtures.read("selector-page.html", null,
                SourceOptions.detect().withEntrySelector("section.stream, article.post"));

        // then the stream is one entry holding the posts' text
        assertEquals(1, snapshot.updates().size());
    }

    @Test
    void shouldNameTheSelectorThatMatchesNothing() {
        final SourceException error = assertThrows(SourceException.class, () -> Fixtures.read(
                "selector-page.html", null, SourceOptions.detect().withEntrySelector("div.live-entry")));

        assertEquals("https://x.example/selector-page.html: no element matches the entry selector 'div.live-entry'",
                error.getMessage());
    }

    @Test
    void shouldReportAnInvalidSelector() {
        final SourceException error = assertThrows(SourceException.class, () -> Fixtures.read(
                "selector-page.html", null, SourceOptions.detect().withEntrySelector("article[")));

        assertEquals(0, error.getMessage().indexOf(
                "https://x.example/selector-page.html: invalid entry selector 'article['"), error.getMessage());
    }
}
