package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.DuplicateKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DedupEngineTest {

    private static final Instant T0 = Instant.parse("2031-03-11T06:00:00Z");

    @Test
    void shouldForgetTheOldestItemsBeyondTheCountBound() {
        // given an engine that keeps two items per blog
        final DedupEngine engine = engine(Map.of("liveblog.dedup.max.items.per.blog", "2"));
        final String first = "The first entry of the day reports heavy rain along the coast.";
        final String firstId = engine.process(entry(first, T0)).canonical().getCanonicalId();
        engine.process(entry("A second entry says the coastal road has been closed by police.", T0));
        engine.process(entry("A third entry says trains to the capital have been cancelled.", T0));

        // when the first entry comes back
        final DedupEngine.Outcome again = engine.process(entry(first, T0.plusSeconds(1)));

        // then it was forgotten: it is a new item again, not a duplicate
        assertNull(again.filtered());
        assertEquals(firstId, again.canonical().getCanonicalId());
        assertEquals(1, again.canonical().getMemberEntryIds().size());
    }

    @Test
    void shouldForgetItemsNotUpdatedWithinTheRetention() {
        // given an engine with a one-hour retention and an item
        final DedupEngine engine = engine(Map.of("liveblog.dedup.retention.hours", "1"));
        final String text = "The ferry service between the islands has been suspended until further notice.";
        engine.process(entry(text, T0));

        // when the state's sweep runs two hours of the blog's ingestion time later and the text comes back
        assertTrue(engine.expire("b", T0.plus(Duration.ofHours(2)), 100).done());
        final DedupEngine.Outcome later = engine.process(entry(text, T0.plus(Duration.ofHours(2))));

        // then the item had expired and the entry is new again
        assertNull(later.filtered());
        assertEquals(1, later.canonical().getMemberEntryIds().size());
    }

    @Test
    void shouldKeepItemsWithinTheRetention() {
        final DedupEngine engine = engine(Map.of("liveblog.dedup.retention.hours", "1"));
        final String text = "The ferry service between the islands has been suspended until further notice.";
        engine.process(entry(text, T0));

        assertTrue(engine.expire("b", T0.plus(Duration.ofMinutes(30)), 100).done());
        final DedupEngine.Outcome soon = engine.process(entry(text, T0.plus(Duration.ofMinutes(30))));

        assertNotNull(soon.filtered());
        assertEquals(DuplicateKind.EXACT, soon.filtered().getDuplicateKind());
    }

    @Test
    void shouldFindARepeatAmongManyUnrelatedItems() {
        // given a blog with a thousand unrelated items, and one about the harbour
        final DedupEngine engine = engine(Map.of());
        final String harbour = "The harbour master said the breakwater had been damaged along a stretch of 300 metres.";
        final String id = engine.process(entry(harbour, T0)).canonical().getCanonicalId();
        for (int i = 0; i < 1000; i++) {
            engine.process(entry("Update number " + i + " on the situation in district " + (i * 7) + " tonight.", T0));
        }

        // when the harbour entry comes back with a sentence appended
        final DedupEngine.Outcome outcome = engine.process(entry(harbour + " Repairs will start next week.", T0));

        // then it joins its item as a fuller version
        assertEquals(DuplicateKind.CONTAINED, outcome.filtered().getDuplicateKind());
        assertEquals(id, outcome.canonical().getCanonicalId());
        assertEquals(2, outcome.canonical().getMemberEntryIds().size());
        assertNotEquals(harbour, outcome.canonical().getText());
    }

    private static DedupEngine engine(final Map<String, String> settings) {
        return new DedupEngine(InMemoryStores.create(), DedupConfig.from(Settings.of(settings)));
    }

    private static BlogEntry entry(final String text, final Instant at) {
        return BlogEntry.newBuilder()
                .setBlogId("b").setEntryId(EntryIds.entryId("b", text)).setSource("s").setPosition(1)
                .setText(text).setIngestedAt(at).setBlogDate(LocalDate.of(2031, 3, 11)).setBlogZone("UTC")
                .build();
    }
}
