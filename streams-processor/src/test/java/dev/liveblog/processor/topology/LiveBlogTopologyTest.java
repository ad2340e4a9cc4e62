package dev.liveblog.processor.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.text.TextNormalizer;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.processor.ProcessorSettings;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.DuplicateKind;
import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.Origin;
import dev.liveblog.schema.QuoteEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveBlogTopologyTest {

    private static final String BLOG = "blog-1";
    private final Topics topics = Topics.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, BlogEntry> raw;
    private TestInputTopic<byte[], byte[]> rawBytes;
    private TestOutputTopic<String, CanonicalEntry> canonical;
    private TestOutputTopic<String, FilteredEntry> filtered;
    private TestOutputTopic<byte[], byte[]> deadLetters;
    private TestOutputTopic<String, QuoteEvent> quotes;

    @TempDir
    Path stateDir;

    @BeforeEach
    void startDriver() {
        final Properties props = LiveBlogProcessorConfig.from(
                Settings.of(Map.of("bootstrap.servers", "unused:9092"))).streamsProperties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(LiveBlogTopology.build(new ProcessorSettings(topics, DedupConfig.defaults()), props), props);
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(),
                topics.raw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(topics.raw().name(), new ByteArraySerializer(), new ByteArraySerializer());
        canonical = driver.createOutputTopic(topics.canonical().name(), topics.canonical().keySerde().deserializer(),
                topics.canonical().valueSerde().deserializer());
        filtered = driver.createOutputTopic(topics.filtered().name(), topics.filtered().keySerde().deserializer(),
                topics.filtered().valueSerde().deserializer());
        quotes = driver.createOutputTopic(topics.quotes().name(), topics.quotes().keySerde().deserializer(),
                topics.quotes().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetter().name(),
                topics.deadLetter().keySerde().deserializer(), topics.deadLetter().valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldEmitANewsEntryAsACanonicalItemKeyedByItsCanonicalId() {
        // given a news entry
        final BlogEntry entry = entry(5, "Talks between the two delegations began at noon, officials said.");

        // when it is processed
        raw.pipeInput(BLOG, entry);

        // then it becomes version 1 of a canonical item with its origin
        final TestRecord<String, CanonicalEntry> item = canonical.readRecord();
        assertEquals(item.key(), item.value().getCanonicalId());
        assertEquals(1, item.value().getVersion());
        assertEquals(entry.getText(), item.value().getText());
        assertEquals(List.of(entry.getEntryId()), item.value().getMemberEntryIds());
        assertEquals(List.of(new Origin("poll.txt", 5)), item.value().getOrigins());
        assertEquals(entry.getIngestedAt(), item.value().getFirstSeenAt());
        assertTrue(canonical.isEmpty());
        assertTrue(filtered.isEmpty());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void shouldContinueAnItemsVersionsFromItsFloorAfterAReset() {
        // given the floor a reset seeded for an item: it reached version 3 before the state was removed
        final BlogEntry entry = entry(5, "Talks between the two delegations began at noon, officials said.");
        final String canonicalId = EntryIds.canonicalId(EntryIds.fingerprint(BLOG, TextNormalizer.normalize(entry.getText())));
        final KeyValueStore<String, String> floors = driver.getKeyValueStore(EnrichStores.VERSION_FLOORS_STORE);
        floors.put(EnrichStores.versionFloorKey(BLOG, canonicalId), "3");

        // when the entry is processed again
        raw.pipeInput(BLOG, entry);

        // then its item continues at version 4, and the floor, taken, is gone
        final CanonicalEntry item = canonical.readValue();
        assertEquals(canonicalId, item.getCanonicalId());
        assertEquals(4, item.getVersion());
        assertNull(floors.get(EnrichStores.versionFloorKey(BLOG, canonicalId)));
    }

    @Test
    void shouldRouteFurnitureToTheFilteredTopicWithItsReason() {
        // given a login prompt
        raw.pipeInput(BLOG, entry(1, "Already a subscriber? Log in to keep reading."));

        // then it is filtered as page furniture, explained, and no item is created
        final FilteredEntry furniture = filtered.readValue();
        assertEquals(FilterReason.PAGE_FURNITURE, furniture.getReason());
        assertNull(furniture.getDuplicateKind());
        assertNull(furniture.getCanonicalId());
        assertTrue(furniture.getExplanation().contains("login prompt"), furniture.getExplanation());
        assertEquals(new Origin("poll.txt", 1), furniture.getOrigin());
        assertTrue(filtered.isEmpty());
        assertTrue(canonical.isEmpty());
    }

    @Test
    void shouldTakeANamedUpdateAsNewsAndItsEditAsTheNextVersionOfItsItem() {
        // given an update its source names, whose words alone would read as a prompt to log in
        final String id = "https://news.example/live#post-9";
        final Instant published = Instant.parse("2025-05-16T06:45:00Z");
        final BlogEntry update = BlogEntry.newBuilder(named(entry(2, "Already a subscriber? Log in to keep reading."),
                id)).setUrl(id).setPublishedAt(published).build();

        // when it arrives, then an edit of it rewrites every word (from a source that gives no permalink this time)
        raw.pipeInput(BLOG, update);
        raw.pipeInput(BLOG, named(entry(2, "Correction: the ferry leaves at nine, the port authority said."), id));

        // then both are versions of one item, with the edit's text, and nothing was filtered
        final List<CanonicalEntry> items = canonical.readValuesToList();
        assertEquals(2, items.size());
        assertEquals(items.get(0).getCanonicalId(), items.get(1).getCanonicalId());
        assertEquals(List.of(1, 2), items.stream().map(CanonicalEntry::getVersion).toList());
        assertTrue(items.get(1).getText().startsWith("Correction: the ferry"));
        assertEquals(List.of(update.getEntryId()), items.get(1).getMemberEntryIds());
        assertTrue(filtered.isEmpty());
        // the source's permalink and publication time are the item's, and the permalink stays with it
        assertEquals(id, items.get(0).getUrl());
        assertEquals(published, items.get(0).getPublishedAt());
        assertEquals(id, items.get(1).getUrl());
    }

    @Test
    void shouldStillJudgeAnHtmlElementWithAnIdAsFurniture() {
        // given an element an entry selector chose, with an id, whose words are a prompt to log in
        final BlogEntry element = BlogEntry.newBuilder(named(entry(3, "Already a subscriber? Log in to keep reading."),
                "sidebar-login")).setSourceFormat("html").build();

        // when it arrives
        raw.pipeInput(BLOG, element);

        // then it is judged like any line: furniture
        assertEquals(FilterReason.PAGE_FURNITURE, filtered.readValue().getReason());
        assertTrue(canonical.isEmpty());
    }

    @Test
    void shouldTakeHeadlinesUnderAMostReadHeaderForFurnitureInWhicheverOrderThePageArrives() {
        // given a box of links below a news entry: a header and two headlines, sent oldest first (bottom up)
        raw.pipeInput(BLOG, below(entry(4, "Markets rally as the strike ends"), 3));
        raw.pipeInput(BLOG, below(entry(3, "Ferry operator apologises for week of delays"), 2));
        raw.pipeInput(BLOG, below(entry(2, "Most read"), 1));
        raw.pipeInput(BLOG, entry(1, "The strike at the port ended on Friday after a pay deal was signed."));

        // then the header and both headlines are furniture, and only the entry above them is news
        final List<FilteredEntry> dropped = filtered.readValuesToList();
        assertEquals(List.of(2, 3, 4), dropped.stream().map(f -> f.getOrigin().getLine()).sorted().toList());
        assertTrue(dropped.stream().allMatch(f -> f.getReason() == FilterReason.PAGE_FURNITURE));
        assertEquals(1, canonical.readValuesToList().size());

        // and sent in page order (top down), the same
        raw.pipeInput(BLOG, BlogEntry.newBuilder(entry(2, "Most read")).setSource("poll-2.txt").build());
        raw.pipeInput(BLOG, BlogEntry.newBuilder(below(entry(3, "Rail union calls off the walkout"), 2))
                .setSource("poll-2.txt").build());
        assertEquals(2, filtered.readValuesToList().size());
        assertTrue(canonical.isEmpty());
    }

    @Test
    void shouldKeepAHeadlineShapedEntryBelowNewsAsNews() {
        // given a post's title below a news entry, sent first
        raw.pipeInput(BLOG, below(entry(2, "Talks resume in the capital"), 1));
        assertTrue(canonical.isEmpty(), "it waits for the line above it");

        // when the line above arrives
        raw.pipeInput(BLOG, entry(1, "Negotiators from both sides arrived at the venue this morning."));

        // then both are news
        assertEquals(2, canonical.readValuesToList().size());
        assertTrue(filtered.isEmpty());
    }

    @Test
    void shouldRouteAHeadlineWhoseLineAboveNeverComesAsNewsAfterAWhile() {
        // given a headline whose line above is never sent
        raw.pipeInput(BLOG, below(entry(7, "Talks resume in the capital"), 6));
        assertTrue(canonical.isEmpty());

        // when the wait has passed
        driver.advanceWallClockTime(FurnitureRouter.WAIT.plusSeconds(5));

        // then it is news
        assertEquals("Talks resume in the capital", canonical.readValue().getText());
    }

    @Test
    void shouldGiveAContinuedQuotationTheSpeakerAboveItAcrossFurniture() {
        // given a post in three lines with an advertisement inside it, sent oldest first
        raw.pipeInput(BLOG, below(entry(3, "He added: \u201CWe will not leave until the last family is out.\u201D"), 2));
        raw.pipeInput(BLOG, below(entry(2, "Advertisement"), 1));
        raw.pipeInput(BLOG, entry(1, "Fire chief Maren Solberg said: \u201CThe next six hours will decide it.\u201D"));

        // then the continued quotation, emitted first without a speaker, comes again with the speaker above it
        final List<CanonicalEntry> items = canonical.readValuesToList();
        final CanonicalEntry added = items.stream().filter(i -> i.getText().startsWith("He added"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(2, added.getVersion());
        assertEquals("Maren Solberg", added.getQuotes().get(0).getSpeaker());
    }

    @Test
    void shouldGiveAContinuedQuotationTheSpeakerWhoReportedWithoutQuotesAbove() {
        // given a paragraph where a minister speaks without a quotation, and one below it that goes on quoting her
        raw.pipeInput(BLOG, entry(1, "Interior Minister Carolina Vidaurre Ossandón, speaking at a news conference, "
                + "said at least 11 people had been killed."));
        raw.pipeInput(BLOG, below(entry(2, "She added: \u201CWe are still reaching isolated communities.\u201D"), 1));

        // then the quotation is hers
        final CanonicalEntry added = canonical.readValuesToList().stream()
                .filter(i -> i.getText().startsWith("She added")).reduce((a, b) -> b).orElseThrow();
        assertEquals("Carolina Vidaurre Ossandón", added.getQuotes().get(0).getSpeaker());
    }

    @Test
    void shouldTakeTheSourceForTheUnnamedSourceAboveItOnThePage() {
        // given a post whose quotation is "the source"'s, below a line that introduces the source, sent oldest first
        raw.pipeInput(BLOG, below(entry(3, "\u201CWe need a ceasefire before anything else,\u201D the source said."), 2));
        raw.pipeInput(BLOG, below(entry(2, "The source added that the talks would be hard."), 1));
        raw.pipeInput(BLOG, entry(1, "Talks will start at noon, according to a senior diplomatic source."));

        // then the quotation is that source's, though the blog had named no unnamed speaker before
        final CanonicalEntry quoted = canonical.readValuesToList().stream()
                .filter(i -> i.getText().startsWith("\u201CWe need")).reduce((a, b) -> b).orElseThrow();
        assertEquals("a senior diplomatic source", quoted.getQuotes().get(0).getSpeaker());
    }

    @Test
    void shouldReadTwoPollsFromStandardInputEachWithItsOwnLinesAbove() {
        // given a first poll from standard input whose first line quotes a minister
        raw.pipeInput(BLOG, poll(entry(1, "Interior Minister Carolina Vidaurre said: \u201CThe roads are open.\u201D"),
                "stdin", "p-1"));
        canonical.readValuesToList();

        // when a second poll from standard input (same source name) brings a new post in two lines, oldest first
        raw.pipeInput(BLOG, poll(below(entry(2, "He added: \u201CPlease stay away from the ridge.\u201D"), 1),
                "stdin", "p-2"));
        raw.pipeInput(BLOG, poll(entry(1, "Fire chief Maren Solberg said: \u201CThe next hours will decide it.\u201D"),
                "stdin", "p-2"));

        // then the continued quotation is the speaker's above it on its own page, not the first poll's line 1
        final List<CanonicalEntry> added = canonical.readValuesToList().stream()
                .filter(i -> i.getText().startsWith("He added")).toList();
        assertEquals("Maren Solberg", added.get(added.size() - 1).getQuotes().get(0).getSpeaker());
        assertTrue(added.stream().noneMatch(i -> "Carolina Vidaurre".equals(i.getQuotes().get(0).getSpeaker())),
                "no version took the other poll's speaker");
    }

    @Test
    void shouldKeepOneRecordOfTheLinesAboveForAPageOfUpdates() {
        // given a poll of a page of updates, which says of no update what is above it, sent oldest first
        final List<String> texts = List.of("Crews reached the ridge at dawn.", "The road north is closed.",
                "Evacuation centres are open in two towns.", "Rain is forecast for the evening.");
        for (int line = texts.size(); line >= 1; line--) {
            raw.pipeInput(BLOG, poll(named(entry(line, texts.get(line - 1)), "u" + line), "feed", "p-1"));
        }

        // then the enricher's lines hold what each update passes on below it, and one record for the page (not
        // one per line) saying that none of its lines has a line above it
        final List<String> keys = new java.util.ArrayList<>();
        final KeyValueStore<String, String> lines = driver.getKeyValueStore(EnrichStores.LINES_STORE);
        try (var all = lines.all()) {
            all.forEachRemaining(kv -> keys.add(kv.key.replace('\u0000', '/')));
        }
        assertEquals(List.of("blog-1/p-1/", "blog-1/p-1/1", "blog-1/p-1/2", "blog-1/p-1/3", "blog-1/p-1/4"), keys);
    }

    @Test
    void shouldGiveAContinuedQuotationTheSpeakerOfARepeatAboveIt() {
        // given a quotation already known from the first poll
        raw.pipeInput(BLOG, entry(1, "Fire chief Maren Solberg said: \u201CThe next six hours will decide it.\u201D"));
        canonical.readValuesToList();

        // when the next poll shows it again with a new paragraph below it, sent oldest first
        raw.pipeInput(BLOG, BlogEntry.newBuilder(below(entry(2, "She added: \u201CPlease stay away from the ridge.\u201D"),
                1)).setSource("poll-2.txt").build());
        raw.pipeInput(BLOG, BlogEntry.newBuilder(entry(1, "Fire chief Maren Solberg said: "
                + "\u201CThe next six hours will decide it.\u201D")).setSource("poll-2.txt").build());

        // then the new paragraph takes the repeated paragraph's speaker
        final CanonicalEntry added = canonical.readValuesToList().stream()
                .filter(i -> i.getText().startsWith("She added")).reduce((a, b) -> b).orElseThrow();
        assertEquals("Maren Solberg", added.getQuotes().get(0).getSpeaker());
    }

    @Test
    void shouldFilterAnExactRepeatNamingTheItemItRepeats() {
        // given an item, then the same words again with other typography from another poll
        raw.pipeInput(BLOG, entry(3, "The minister said “progress” was made."));
        final CanonicalEntry item = canonical.readValue();
        final BlogEntry repeat = BlogEntry.newBuilder(entry(8, "The  minister said \"progress\" was made. "))
                .setSource("poll-2.txt").build();

        // when the repeat is processed
        raw.pipeInput(BLOG, repeat);

        // then it is filtered as an exact duplicate of that item, and no new item appears
        final FilteredEntry duplicate = filtered.readValue();
        assertEquals(FilterReason.DUPLICATE, duplicate.getReason());
        assertEquals(DuplicateKind.EXACT, duplicate.getDuplicateKind());
        assertEquals(1.0, duplicate.getSimilarity());
        assertEquals(item.getCanonicalId(), duplicate.getCanonicalId());
        assertEquals(new Origin("poll-2.txt", 8), duplicate.getOrigin());
        assertTrue(canonical.isEmpty());
        assertTrue(filtered.isEmpty());
    }

    @Test
    void shouldReEmitAnItemWithTheFullerTextWhenALongerRepeatArrives() {
        // given an item from an entry cut short
        final String cut = "Hospitals in the port are running on generators and have postponed planned operations";
        raw.pipeInput(BLOG, entry(2, cut));
        final CanonicalEntry first = canonical.readValue();

        // when the full entry arrives in the next poll
        final String full = cut + ", the health authority said, adding that two field clinics would open by noon.";
        raw.pipeInput(BLOG, BlogEntry.newBuilder(entry(5, full)).setSource("poll-2.txt").build());

        // then the entry is recorded as a contained repeat, and the item comes again as version 2 with the full
        // text and both members
        final FilteredEntry repeat = filtered.readValue();
        assertEquals(DuplicateKind.CONTAINED, repeat.getDuplicateKind());
        assertEquals(first.getCanonicalId(), repeat.getCanonicalId());
        final TestRecord<String, CanonicalEntry> second = canonical.readRecord();
        assertEquals(first.getCanonicalId(), second.key());
        assertEquals(2, second.value().getVersion());
        assertEquals(full, second.value().getText());
        assertEquals(List.of(new Origin("poll.txt", 2), new Origin("poll-2.txt", 5)), second.value().getOrigins());
        assertEquals(2, second.value().getMemberEntryIds().size());
        assertTrue(canonical.isEmpty());
        assertTrue(filtered.isEmpty());
    }

    @Test
    void shouldOnlyAddAShorterRepeatAsAMember() {
        // given an item with the full text
        final String full = "\u201CWe will not accept any deal that leaves our farmers without access to the port. "
                + "The next round must start from that,\u201D the official said on condition of anonymity.";
        raw.pipeInput(BLOG, entry(7, full));
        canonical.readValue();

        // when the same statement arrives cut short, under another attribution
        raw.pipeInput(BLOG, entry(9, "\u201CWe will not accept any deal that leaves our farmers without access to "
                + "the port,\u201D an official told AFP."));

        // then the item keeps its full text and lists the new member
        assertEquals(DuplicateKind.CONTAINED, filtered.readValue().getDuplicateKind());
        final CanonicalEntry updated = canonical.readValue();
        assertEquals(2, updated.getVersion());
        assertEquals(full, updated.getText());
        assertEquals(List.of(new Origin("poll.txt", 7), new Origin("poll.txt", 9)), updated.getOrigins());
        assertTrue(canonical.isEmpty());
    }

    @Test
    void shouldTakeACorrectedTypoAsANewVersion() {
        // given an item with a typo
        raw.pipeInput(BLOG, entry(1, "More than 40,000 people spent the night in evacuation centres accross the province."));
        canonical.readValue();

        // when the corrected entry arrives
        final String fixed = "More than 40,000 people spent the night in evacuation centres across the province.";
        raw.pipeInput(BLOG, entry(3, fixed));

        // then it is a near repeat and the item now carries the correction
        assertEquals(DuplicateKind.NEAR, filtered.readValue().getDuplicateKind());
        assertEquals(fixed, canonical.readValue().getText());
        assertTrue(canonical.isEmpty());
    }

    @Test
    void shouldKeepTemplateLikeEntriesApart() {
        // when entries differ only in a name, a number or a negation
        raw.pipeInput(BLOG, entry(1, "Rescue teams have reached Ashcombe and are checking every house."));
        raw.pipeInput(BLOG, entry(2, "Rescue teams have reached Dunmore and are checking every house."));
        raw.pipeInput(BLOG, entry(3, "The death toll has risen to 12, the provincial government said."));
        raw.pipeInput(BLOG, entry(4, "The death toll has risen to 19, the provincial government said."));
        raw.pipeInput(BLOG, entry(5, "Officials said the dam would hold through the night."));
        raw.pipeInput(BLOG, entry(6, "Officials said the dam would not hold through the night."));

        // then each is an item of its own
        assertEquals(6, canonical.readValuesToList().stream().map(CanonicalEntry::getCanonicalId).distinct().count());
        assertTrue(filtered.isEmpty());
    }

    @Test
    void shouldEnrichItemsAndPublishEachDistinctQuotationOnceWithEveryItemCarryingIt() {
        // given an item quoting a person, then a different item repeating part of the quotation
        raw.pipeInput(BLOG, entry(1, "Donald Trump said on Friday he would meet Vladimir Putin "
                + "\u201Cas soon as we can set it up\u201D, according to Reuters."));
        raw.pipeInput(BLOG, entry(2, "The Kremlin was reacting after Trump said he would meet Putin "
                + "\u201Cas soon as we can\u201D."));

        // then the items carry their entities, quotes and attributions
        final List<CanonicalEntry> items = canonical.readValuesToList();
        assertEquals(2, items.size());
        final CanonicalEntry first = items.get(0);
        assertEquals(List.of("Donald Trump", "Vladimir Putin", "Reuters"),
                first.getEntities().stream().map(e -> e.getName()).toList());
        assertEquals("Donald Trump", first.getQuotes().get(0).getSpeaker());
        assertEquals("Reuters", first.getAttributions().get(0).getSource());
        // and the quotes topic has one quotation, its second version listing both items
        final List<TestRecord<String, QuoteEvent>> events = quotes.readRecordsToList();
        assertEquals(2, events.size());
        final QuoteEvent latest = events.get(1).value();
        assertEquals(first.getQuotes().get(0).getQuoteId(), events.get(1).key());
        assertEquals(2, latest.getVersion());
        assertEquals("as soon as we can set it up", latest.getText());
        assertEquals(first.getCanonicalId(), latest.getFirstSeenIn());
        assertEquals(List.of(first.getCanonicalId(), items.get(1).getCanonicalId()),
                latest.getOccurrences().stream().map(o -> o.getCanonicalId()).toList());
        assertEquals(2, latest.getOccurrenceCount());
        assertTrue(quotes.isEmpty());
    }

    @Test
    void shouldKnowEntitiesPublishedOnTheReferenceTopicWithoutARedeploy() {
        // given an entity published by ops at runtime
        final TestInputTopic<String, String> reference = driver.createInputTopic(
                topics.referenceEntities().name(), new StringSerializer(), new StringSerializer());
        reference.pipeInput("person:marta-olmedo", "{\"id\": \"person:marta-olmedo\", \"name\": \"Marta Olmedo\", "
                + "\"type\": \"PERSON\", \"aliases\": [\"Olmedo\"]}");

        // when an item names her by her alias
        raw.pipeInput(BLOG, entry(1, "Olmedo visited the flooded district on Monday morning."));

        // then she is a known entity with the published id
        final CanonicalEntry item = canonical.readValue();
        assertEquals("person:marta-olmedo", item.getEntities().get(0).getId());
        assertEquals("Marta Olmedo", item.getEntities().get(0).getName());
        assertTrue(item.getEntities().get(0).getKnown());
        assertTrue(canonical.isEmpty());
    }

    @Test
    void shouldSkipAnInvalidReferenceEntityAndKeepReadingTheTopic() {
        // given an invalid entity on the reference topic, then a valid one
        // (Kafka Streams 4.4 has no dead-letter support for global stores, KIP-1295: the bad record is logged)
        final TestInputTopic<String, String> reference = driver.createInputTopic(
                topics.referenceEntities().name(), new StringSerializer(), new StringSerializer());
        reference.pipeInput("person:broken", "{\"name\": \"No id or type\"}");
        reference.pipeInput("org:harbour-board", "{\"id\": \"org:harbour-board\", \"name\": \"Harbour Board\", "
                + "\"type\": \"ORGANIZATION\"}");

        // when an item names the valid one
        raw.pipeInput(BLOG, entry(1, "The Harbour Board closed the port for the night."));

        // then processing went on, and the valid entity is known
        assertEquals("org:harbour-board", canonical.readValue().getEntities().get(0).getId());
        assertTrue(canonical.isEmpty());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void shouldKeepTheSameTextOfTwoBlogsApart() {
        // given one text in two blogs
        raw.pipeInput("blog-a", BlogEntry.newBuilder(entry(1, "Polls have closed.")).setBlogId("blog-a")
                .setEntryId(EntryIds.entryId("blog-a", "Polls have closed.")).build());
        raw.pipeInput("blog-b", BlogEntry.newBuilder(entry(1, "Polls have closed.")).setBlogId("blog-b")
                .setEntryId(EntryIds.entryId("blog-b", "Polls have closed.")).build());

        // then each blog has its own item
        assertEquals(2, canonical.readValuesToList().stream().map(CanonicalEntry::getCanonicalId).distinct().count());
        assertTrue(filtered.isEmpty());
    }

    @Test
    void shouldSkipUndecodableBytesAndKeepProcessing() {
        // given random bytes between two valid entries
        raw.pipeInput(BLOG, entry(1, "First news entry of the day."));
        rawBytes.pipeInput(BLOG.getBytes(StandardCharsets.UTF_8), "not avro".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(BLOG, entry(2, "Second news entry of the day."));

        // then both valid entries came through and nothing else did
        // (TopologyTestDriver does not route deserialization failures to the dead-letter topic; the end-to-end
        // test on a real broker checks that record's way there)
        assertEquals(2, canonical.readValuesToList().size());
        assertTrue(filtered.isEmpty());
    }

    @Test
    void shouldSendARecordWithoutValueToTheDeadLetterTopic() {
        // when a record without value arrives
        rawBytes.pipeInput(BLOG.getBytes(StandardCharsets.UTF_8), (byte[]) null);

        // then it is dead-lettered with the reason
        final TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertNull(dead.value());
        assertTrue(header(dead.headers(), "__streams.errors.message").contains("no value"));
        assertTrue(canonical.isEmpty());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void shouldDeadLetterAnEntryWithAnUnknownZoneBeforeWritingAnyStateAndKeepProcessing() {
        // when an entry names a zone that does not exist, then a valid entry with the same text follows
        raw.pipeInput(BLOG, BlogEntry.newBuilder(entry(1, "Talks resume in the capital on Monday morning."))
                .setBlogZone("Mars/Olympus_Mons").build());
        raw.pipeInput(BLOG, entry(2, "Talks resume in the capital on Monday morning."));

        // then the first is dead-lettered naming the zone, and left nothing behind: the second is a new item
        final TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertTrue(header(dead.headers(), "__streams.errors.message").contains("Mars/Olympus_Mons"));
        assertEquals(1, canonical.readValuesToList().size());
        assertTrue(filtered.isEmpty());
    }

    @Test
    void shouldDeadLetterAnEntryWhoseIdsHoldTheCharactersTheStoresJoinKeysWith() {
        raw.pipeInput("blog\u0000x", BlogEntry.newBuilder(entry(1, "A perfectly fine entry.")).setBlogId("blog\u0000x")
                .build());

        assertTrue(header(deadLetters.readRecord().headers(), "__streams.errors.message")
                .contains("control character"));
        assertTrue(canonical.isEmpty());
    }

    @Test
    void shouldSendAnEntryKeyedByAnotherBlogToTheDeadLetterTopic() {
        // when an entry of one blog is keyed by another
        raw.pipeInput("other-blog", entry(1, "A perfectly fine entry."));

        // then it is dead-lettered, since its blog's entries would not meet in one task
        final TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertNotNull(dead.value());
        assertTrue(header(dead.headers(), "__streams.errors.message").contains("is not its blogId"));
        assertTrue(canonical.isEmpty());
        assertTrue(deadLetters.isEmpty());
    }

    private static String header(final Headers headers, final String name) {
        final Header header = headers.lastHeader(name);
        assertNotNull(header, "header " + name);
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The entry with the position of the entry above it on the page. */
    private static BlogEntry poll(final BlogEntry entry, final String source, final String pollId) {
        return BlogEntry.newBuilder(entry).setSource(source).setPollId(pollId).build();
    }

    /** The entry as an update its source names: its entry id made from the update id, as the producer does. */
    private static BlogEntry named(final BlogEntry entry, final String updateId) {
        return BlogEntry.newBuilder(entry).setUpdateId(updateId).setEntryId(EntryIds.updateEntryId(BLOG, updateId))
                .setSourceFormat("json-ld").build();
    }

    private static BlogEntry below(final BlogEntry entry, final int above) {
        return BlogEntry.newBuilder(entry).setAbovePosition(above).build();
    }

    private static BlogEntry entry(final int line, final String text) {
        return BlogEntry.newBuilder()
                .setBlogId(BLOG)
                .setEntryId(EntryIds.entryId(BLOG, text))
                .setSource("poll.txt")
                .setPosition(line)
                .setText(text)
                .setIngestedAt(Instant.parse("2025-05-16T09:00:00Z").plusSeconds(line))
                .setBlogDate(LocalDate.of(2025, 5, 16))
                .setBlogZone("Europe/Istanbul")
                .build();
    }
}
