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

    @Test
    void shouldFindARepeatAfterARestartAndAfterItsBlogLeftTheIndexsMemory() {
        // given items of two blogs in the stores, and an engine whose index holds only about one item
        final DedupStores stores = InMemoryStores.create();
        final DedupConfig config = DedupConfig.from(Settings.of(Map.of("liveblog.dedup.index.max.bytes", "800")));
        final String harbour = "The harbour master said the breakwater had been damaged along a stretch of 300 metres.";
        final String id = new DedupEngine(stores, config).process(entry(harbour, T0)).canonical().getCanonicalId();
        final DedupEngine restarted = new DedupEngine(stores, config);
        restarted.process(BlogEntry.newBuilder(entry("Trains to the capital have been cancelled for the rest of "
                + "the day, the rail operator said.", T0)).setBlogId("other").build());

        // when the harbour entry comes back with a sentence appended, to the restarted engine
        final DedupEngine.Outcome outcome = restarted.process(entry(harbour + " Repairs will start next week.", T0));

        // then its blog's index was built again from the stored items, and the entry joins its item
        assertEquals(DuplicateKind.CONTAINED, outcome.filtered().getDuplicateKind());
        assertEquals(id, outcome.canonical().getCanonicalId());
    }

    @Test
    void shouldVersionTheItemOfAnUpdateEditedBeyondLikeness() {
        // given an update its source names, made into an item
        final DedupEngine engine = engine(Map.of());
        final String first = "The regional water board has ordered residents of two valley towns to boil water.";
        final String id = engine.process(update("post-17", first, T0)).canonical().getCanonicalId();

        // when the editors rewrite it under the same id
        final String rewritten = "Boil-water notice lifted: tests found the supply safe, the board says.";
        final DedupEngine.Outcome edit = engine.process(update("post-17", rewritten, T0.plusSeconds(60)));

        // then the same item, its id the update's, carries the new text, as news, not a repeat
        assertNull(edit.filtered());
        assertEquals(EntryIds.updateCanonicalId("b", "post-17"), id);
        assertEquals(id, edit.canonical().getCanonicalId());
        assertEquals(rewritten, edit.canonical().getText());
        assertEquals(1, edit.canonical().getMemberEntryIds().size());
        // and the new text is indexed: the same text without the id is a repeat of that item
        final DedupEngine.Outcome plain = engine.process(entry(rewritten, T0.plusSeconds(90)));
        assertEquals(id, plain.filtered().getCanonicalId());
    }

    @Test
    void shouldCountTheSameTextOfAnUpdateAsAnExactRepeat() {
        final DedupEngine engine = engine(Map.of());
        final String text = "Ferries to the northern islands will resume at noon, the operator said.";
        final String id = engine.process(update("post-3", text, T0)).canonical().getCanonicalId();

        final DedupEngine.Outcome again = engine.process(update("post-3", " " + text, T0.plusSeconds(30)));

        assertNull(again.canonical());
        assertEquals(DuplicateKind.EXACT, again.filtered().getDuplicateKind());
        assertEquals(id, again.filtered().getCanonicalId());
    }

    @Test
    void shouldKeepTwoNamedUpdatesApartThoughOneRepeatsTheOther() {
        // given an update, and another update of the same blog that repeats it with a sentence more
        final DedupEngine engine = engine(Map.of());
        final String text = "The coast guard said the two missing fishermen were found alive on a sandbank.";
        final String first = engine.process(update("post-4", text, T0)).canonical().getCanonicalId();
        final DedupEngine.Outcome second = engine.process(update("post-9", text + " Both are in hospital.", T0));

        // then each is an item of its own, by its source's word
        assertNull(second.filtered());
        assertEquals(EntryIds.updateCanonicalId("b", "post-9"), second.canonical().getCanonicalId());
        // and its edits version its own item, while the first keeps its exact repeats
        final DedupEngine.Outcome edit = engine.process(update("post-9", text + " Both are home.", T0));
        assertEquals(second.canonical().getCanonicalId(), edit.canonical().getCanonicalId());
        assertEquals(first, engine.process(entry(text, T0)).filtered().getCanonicalId());
    }

    @Test
    void shouldLeaveAnExactTextWithTheLiveItemThatSaysItAndGiveAnOldOneToTheItemThatSaysItNow() {
        // given an item whose text a named update then says too
        final DedupEngine engine = engine(Map.of());
        final String text = "Schools in the three northern districts will stay closed on Monday.";
        final String first = engine.process(entry(text, T0)).canonical().getCanonicalId();
        final String named = engine.process(update("post-2", text, T0)).canonical().getCanonicalId();

        // then an exact repeat of the text is the first item's
        assertEquals(first, engine.process(entry(text + " ", T0)).filtered().getCanonicalId());

        // and when an update's text moves on and another update says its old text, that one has it
        final String was = "Trains between the two cities are running again after the strike.";
        engine.process(update("post-5", was, T0));
        engine.process(update("post-5", "Trains are running again, but with a reduced timetable.", T0));
        final String now = engine.process(update("post-6", was, T0)).canonical().getCanonicalId();
        assertEquals(now, engine.process(entry(was, T0)).filtered().getCanonicalId());
        assertTrue(!named.equals(first));
    }

    @Test
    void shouldNotLetAFullerEntryWithoutAnIdRewriteANamedUpdate() {
        // given a named update's item, and an entry without an id that repeats it with a sentence more
        final DedupEngine engine = engine(Map.of());
        final String text = "The regional airport has reopened after the runway was cleared of snow overnight.";
        engine.process(update("post-8", text, T0));

        final DedupEngine.Outcome fuller = engine.process(entry(text + " First flights leave at ten.", T0));

        // then it joins the item, whose text stays the source's
        assertEquals(DuplicateKind.CONTAINED, fuller.filtered().getDuplicateKind());
        assertEquals(text, fuller.canonical().getText());
    }

    @Test
    void shouldFindAnExactRepeatAfterARestartAndTakeAForgottenTextForNew() {
        // given an engine that keeps two items per blog, and an item made before a restart
        final DedupStores stores = InMemoryStores.create();
        final DedupConfig config = DedupConfig.from(Settings.of(Map.of("liveblog.dedup.max.items.per.blog", "2")));
        final String ferry = "The ferry to the island will not sail today because of the swell, the operator said.";
        final String id = new DedupEngine(stores, config).process(entry(ferry, T0)).canonical().getCanonicalId();
        final DedupEngine restarted = new DedupEngine(stores, config);

        // when its text comes again, to the restarted engine
        final DedupEngine.Outcome repeat = restarted.process(entry(ferry, T0.plusSeconds(60)));

        // then the exact index, read into memory from the store, knows it
        assertEquals(DuplicateKind.EXACT, repeat.filtered().getDuplicateKind());
        assertEquals(id, repeat.filtered().getCanonicalId());

        // and once two newer items have pushed it out, the same text is a new item
        restarted.process(entry("Schools in the northern district will reopen on Thursday, the council said.", T0));
        restarted.process(entry("The airport reopened its second runway at 14:00 after the storm passed.", T0));
        final DedupEngine.Outcome again = restarted.process(entry(ferry, T0.plusSeconds(120)));
        assertNull(again.filtered());
        assertEquals(1, again.canonical().getMemberEntryIds().size());
    }

    @Test
    void shouldForgetAnUpdatesIdWithItsItem() {
        // given an engine that keeps one item per blog, and an update's item pushed out by another
        final DedupEngine engine = engine(Map.of("liveblog.dedup.max.items.per.blog", "1"));
        engine.process(update("post-1", "Polling stations in the eastern province closed at eight.", T0));
        engine.process(entry("Turnout in the capital was reported at 61 per cent by the commission.", T0));

        // when the update comes back edited
        final DedupEngine.Outcome edit = engine.process(
                update("post-1", "Polling stations in the eastern province closed at nine.", T0.plusSeconds(5)));

        // then its id was forgotten with the item: it makes a new item
        assertNull(edit.filtered());
        assertEquals(1, edit.canonical().getMemberEntryIds().size());
        assertTrue(edit.canonical().getText().endsWith("at nine."));
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

    private static BlogEntry update(final String updateId, final String text, final Instant at) {
        return BlogEntry.newBuilder(entry(text, at))
                .setEntryId(EntryIds.updateEntryId("b", updateId)).setUpdateId(updateId)
                .build();
    }
}
