package dev.liveblog.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.liveblog.producer.source.Update;
import dev.liveblog.schema.BlogEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlogEntriesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-16T10:00:00.123456Z"), ZoneOffset.UTC);
    private final BlogEntries entries = new BlogEntries(
            new BlogContext("blog-1", LocalDate.of(2025, 5, 16), ZoneId.of("Europe/Istanbul")), CLOCK);

    @Test
    void shouldCarryTheBlogContextSourceAndPosition() {
        // when a line becomes an entry
        final BlogEntry entry = entries.toEntry("poll-1.txt", "p-1", line(7, "Talks have begun."));

        // then it carries everything the text does not say
        assertEquals("blog-1", entry.getBlogId());
        assertEquals("poll-1.txt", entry.getSource());
        assertEquals(7, entry.getPosition());
        assertEquals("p-1", entry.getPollId());
        assertEquals("Talks have begun.", entry.getText());
        assertEquals(LocalDate.of(2025, 5, 16), entry.getBlogDate());
        assertEquals("Europe/Istanbul", entry.getBlogZone());
        assertEquals(Instant.parse("2025-05-16T10:00:00.123Z"), entry.getIngestedAt());
    }

    @Test
    void shouldGiveTheSameIdToTheSameTextAcrossSourcesAndTypography() {
        // when the same words come from two polls with different quote marks and spacing
        final BlogEntry first = entries.toEntry("poll-1.txt", "p-1", line(3, "He said “yes” today."));
        final BlogEntry second = entries.toEntry("poll-2.txt", "p-2", line(9, "He said  \"yes\" today. "));

        // then they have one id, and a different text has another
        assertEquals(first.getEntryId(), second.getEntryId());
        assertNotEquals(first.getEntryId(),
                entries.toEntry("poll-1.txt", "p-1", line(4, "He said “no” today.")).getEntryId());
    }

    @Test
    void shouldTellTwoPollsOfOneSourceApartByTheirContent() {
        // given two snapshots read from standard input, the second with one entry more
        final List<Update> first = List.of(line(1, "Talks have begun."));
        final List<Update> second = List.of(line(1, "Talks have ended."),
                BlogEntries.fromLine(new SourceLine(2, "Talks have begun.", 1)));

        // then each poll has its own id, and reading the first again gives the first's id
        assertNotEquals(entries.pollId("stdin", first), entries.pollId("stdin", second));
        assertEquals(entries.pollId("stdin", first), entries.pollId("stdin", List.copyOf(first)));
        assertNotEquals(entries.pollId("stdin", first), entries.pollId("other.txt", first));
    }

    @Test
    void shouldKeepTheEntryIdOfANamedUpdateAcrossEditsAndCarryWhatTheSourceSays() {
        // given an update its source names, and the same update edited
        final Instant published = Instant.parse("2025-05-16T09:12:00Z");
        final Update first = new Update("https://news.example/live#p7", "https://news.example/live#p7",
                "Bridge reopens", "Traffic is moving again.", published, published, 2, null);
        final Update edited = new Update("https://news.example/live#p7", "https://news.example/live#p7",
                "Bridge reopens", "Traffic is moving again in both directions.", published,
                published.plusSeconds(300), 3, null);

        // when both become entries
        final BlogEntry one = entries.toEntry("https://news.example/live", "p-1", first);
        final BlogEntry two = entries.toEntry("https://news.example/live", "p-2", edited);

        // then the id stays while the text changes; the headline leads the text and the source's facts are kept
        assertEquals(one.getEntryId(), two.getEntryId());
        assertEquals("Bridge reopens\n\nTraffic is moving again.", one.getText());
        assertEquals("Bridge reopens", one.getHeadline());
        assertEquals("https://news.example/live#p7", two.getUpdateId());
        assertEquals("https://news.example/live#p7", two.getUrl());
        assertEquals(published, two.getPublishedAt());
        assertEquals(published.plusSeconds(300), two.getModifiedAt());
        assertEquals(null, two.getAbovePosition());
        assertNotEquals(entries.pollId("s", List.of(first)), entries.pollId("s", List.of(edited)));
    }

    @Test
    void shouldNotRepeatAHeadlineTheTextStartsWith() {
        final Update update = new Update(null, null, "Polls close", "Polls close at eight tonight.", null, null, 1,
                null);

        assertEquals("Polls close at eight tonight.", entries.toEntry("s", "p", update).getText());
    }

    @Test
    void shouldSendOldestFirstByReversingPageOrder() {
        // given entries in page order, newest first
        final List<String> page = List.of("newest", "middle", "oldest");

        // then oldest-first reverses them and source keeps them
        assertEquals(List.of("oldest", "middle", "newest"), EntryOrder.OLDEST_FIRST.arrange(page));
        assertEquals(page, EntryOrder.SOURCE.arrange(page));
    }

    private static Update line(final int number, final String text) {
        return BlogEntries.fromLine(new SourceLine(number, text));
    }
}
