package dev.liveblog.processor.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    /** The quotations of a text, with the entities the enricher finds in it. */
    private static List<QuoteFinder.Found> find(final String text) {
        final EntityExtractor extractor = new EntityExtractor(EntityCatalog.bundled(), InMemoryEnrichStores.create());
        return QuoteFinder.find(text, extractor.extract("b", text));
    }

    @Test
    void shouldIgnoreScareQuotes() {
        assertTrue(find("Kyiv accused Moscow of \u201Cundermining\u201D the \u201Cpeace effort\u201D.").isEmpty());
    }

    @Test
    void shouldReadTheSpeakerVerbAndChannelAfterTheQuotation() {
        final List<QuoteFinder.Found> quotes = find(
                "\u201CWe came to have a serious conversation,\u201D a source told Reuters news agency.");

        final QuoteFinder.Found quote = quotes.get(0);
        assertEquals("We came to have a serious conversation,", quote.text());
        assertEquals(QuoteFinder.SpeakerKind.DESCRIBED, quote.kind());
        assertEquals("a source", quote.speakerText());
        assertEquals("told", quote.verb());
        assertEquals("Reuters", quote.channel());
    }

    @Test
    void shouldReadANamedSpeakerWithARoleAfterTheQuotation() {
        final QuoteFinder.Found quote = find("\u201COur first job is to reach people,\u201D prime minister "
                + "Anders Halvik said in a televised address.").get(0);

        assertEquals(QuoteFinder.SpeakerKind.NAMED, quote.kind());
        assertEquals("Anders Halvik", quote.speakerText());
        assertEquals("said", quote.verb());
    }

    @Test
    void shouldReadANamedSpeakerBeforeTheQuotation() {
        final QuoteFinder.Found quote = find(
                "Mr Umerov wrote on Facebook that they came to find \u201Creal paths to a just peace.\u201D").get(0);

        assertEquals(QuoteFinder.SpeakerKind.NAMED, quote.kind());
        assertTrue(quote.speakerText().startsWith("Mr Umerov"), quote.speakerText());
        assertEquals("wrote", quote.verb());
        assertEquals("Facebook", quote.channel());
    }

    @Test
    void shouldTakeTheSubjectBeforeAnAppositionThatNamesItsLeader() {
        final QuoteFinder.Found quote = find("The Coastal Observation Mission, led by former foreign minister "
                + "Kofi Mensah-Adu, said voting had been \u201Cpeaceful and largely transparent\u201D.").get(0);

        assertEquals(QuoteFinder.SpeakerKind.NAMED, quote.kind());
        assertEquals("Coastal Observation Mission", quote.speakerText());
    }

    @Test
    void shouldLeaveReferencesBackAndOpenParagraphsToTheCaller() {
        final QuoteFinder.Found added = find("He added: \u201CNow we have an opportunity to use.\u201D").get(0);
        assertEquals(QuoteFinder.SpeakerKind.PRONOUN, added.kind());
        assertEquals("He", added.speakerText());

        final QuoteFinder.Found open = find("\u201CSo it is very important to have a truce.").get(0);
        assertTrue(open.open());
        assertEquals(QuoteFinder.SpeakerKind.NONE, open.kind());
    }
}
