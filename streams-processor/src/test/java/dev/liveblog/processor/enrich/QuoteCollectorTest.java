package dev.liveblog.processor.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Quote;
import dev.liveblog.schema.QuoteEvent;
import dev.liveblog.schema.QuoteOccurrence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteCollectorTest {

    private static final String QUOTE = "q-1";
    private static final String TEXT = "we will rebuild every bridge";

    private final Map<String, QuoteEvent> events = new HashMap<>();
    private final Map<String, Long> pairs = new HashMap<>();
    private final QuoteCollector.Occurrences occurrences = new QuoteCollector.Occurrences() {
        @Override
        public Long get(final String quoteId, final String canonicalId) {
            return pairs.get(quoteId + "|" + canonicalId);
        }

        @Override
        public void put(final String quoteId, final String canonicalId, final long fingerprint) {
            pairs.put(quoteId + "|" + canonicalId, fingerprint);
        }

        @Override
        public boolean remove(final String quoteId, final String canonicalId) {
            return pairs.remove(quoteId + "|" + canonicalId) != null;
        }

        @Override
        public int removeAll(final String quoteId) {
            final int before = pairs.size();
            pairs.keySet().removeIf(key -> key.startsWith(quoteId + "|"));
            return before - pairs.size();
        }
    };

    private QuoteCollector collector(final int limit) {
        return new QuoteCollector(events::get, event -> events.put(event.getQuoteId(), event), occurrences, limit);
    }

    @Test
    void shouldListOnlyTheLatestOccurrencesAndCountThemAll() {
        // given a collector that lists three occurrences
        final QuoteCollector collector = collector(3);

        // when five items carry the quotation
        QuoteEvent last = null;
        for (int i = 1; i <= 5; i++) {
            final List<QuoteEvent> changed = collector.collect(item("c-" + i, TEXT, "Mayor"));
            assertEquals(1, changed.size());
            last = changed.get(0);
        }

        // then the fifth version lists the three latest and counts five, and the first item stays the first seen
        assertEquals(5, last.getVersion());
        assertEquals(5, last.getOccurrenceCount());
        assertEquals(List.of("c-3", "c-4", "c-5"), ids(last));
        assertEquals("c-1", last.getFirstSeenIn());
    }

    @Test
    void shouldTellAnItemsNewVersionFromANewItemAfterItLeftTheList() {
        // given an item that left the list of two
        final QuoteCollector collector = collector(2);
        for (int i = 1; i <= 3; i++) {
            collector.collect(item("c-" + i, TEXT, null));
        }

        // when that item is emitted again unchanged, then nothing is published
        assertTrue(collector.collect(item("c-1", TEXT, null)).isEmpty());

        // when it comes again naming the speaker, the event changes but the count does not
        final QuoteEvent changed = collector.collect(item("c-1", TEXT, "Mayor")).get(0);
        assertEquals(3, changed.getOccurrenceCount());
        assertEquals(List.of("c-3", "c-1"), ids(changed));
        assertEquals("Mayor", changed.getSpeaker());
    }

    @Test
    void shouldPublishNothingForAnItemReEmittedWithTheSameQuotation() {
        final QuoteCollector collector = collector(10);
        collector.collect(item("c-1", TEXT, "Mayor"));

        assertTrue(collector.collect(item("c-1", TEXT, "Mayor")).isEmpty());
        assertEquals(1, events.get(QUOTE).getVersion());
    }

    @Test
    void shouldForgetAnItemOutsideTheListByItsCountAndTheQuotationWithItsLastItem() {
        // given three items, two of them listed
        final QuoteCollector collector = collector(2);
        for (int i = 1; i <= 3; i++) {
            collector.collect(item("c-" + i, TEXT, null));
        }

        // when the oldest item is forgotten, the list stays and the count falls
        final QuoteEvent fewer = QuoteCollector.without(events.get(QUOTE), "c-1", occurrences);
        assertEquals(2, fewer.getOccurrenceCount());
        assertEquals(List.of("c-2", "c-3"), ids(fewer));

        // and an item that never carried it changes nothing
        assertSame(fewer, QuoteCollector.without(fewer, "c-9", occurrences));

        // and with the last item the quotation goes
        final QuoteEvent one = QuoteCollector.without(fewer, "c-2", occurrences);
        assertEquals(List.of("c-3"), ids(one));
        assertNull(QuoteCollector.without(one, "c-3", occurrences));
        assertTrue(pairs.isEmpty(), "pairs left: " + pairs);
    }

    @Test
    void shouldCountAnEventOfSchemaVersionOneByTheItemsItLists() {
        // given an event written before events were counted: every item listed, count 0
        final QuoteEvent old = QuoteEvent.newBuilder().setQuoteId(QUOTE).setBlogId("b").setVersion(3).setText(TEXT)
                .setFirstSeenIn("c-1").setOccurrences(List.of(new QuoteOccurrence("c-1", TEXT, null),
                        new QuoteOccurrence("c-2", TEXT, null), new QuoteOccurrence("c-3", TEXT, null)))
                .build();
        assertEquals(0, old.getOccurrenceCount());
        events.put(QUOTE, old);
        final QuoteCollector collector = collector(2);

        // when a listed item comes again unchanged and a new one arrives
        assertTrue(collector.collect(item("c-2", TEXT, null)).isEmpty());
        final QuoteEvent next = collector.collect(item("c-4", TEXT, null)).get(0);

        // then the new one is the fourth, and the listed ones are known after leaving the list
        assertEquals(4, next.getOccurrenceCount());
        assertEquals(List.of("c-3", "c-4"), ids(next));
        assertTrue(collector.collect(item("c-1", TEXT, null)).isEmpty());
    }

    @Test
    void shouldRefuseALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> collector(0));
    }

    private static List<String> ids(final QuoteEvent event) {
        return event.getOccurrences().stream().map(QuoteOccurrence::getCanonicalId).toList();
    }

    private static CanonicalEntry item(final String canonicalId, final String quote, final String speaker) {
        return CanonicalEntry.newBuilder().setCanonicalId(canonicalId).setBlogId("b").setVersion(1)
                .setText("The mayor said: \u201C" + quote + "\u201D").setMemberEntryIds(List.of(canonicalId))
                .setOrigins(List.of()).setFirstSeenAt(java.time.Instant.EPOCH).setLastUpdatedAt(java.time.Instant.EPOCH)
                .setQuotes(List.of(Quote.newBuilder().setQuoteId(QUOTE).setText(quote).setSpeaker(speaker)
                        .setFirstSeenIn("c-1").build()))
                .build();
    }
}
