package dev.liveblog.processor.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EnrichStores stores = InMemoryEnrichStores.create();
    private final EntityExtractor extractor = new EntityExtractor(EntityCatalog.bundled(), stores);

    @Test
    void shouldMatchKnownEntitiesByAnyOfTheirNamesCaseSensitively() {
        final List<Mention> mentions = extractor.extract("b", "Mr Fidan met U.S. envoys in Kiev; let us wait.");

        assertEquals(List.of("Hakan Fidan", "United States", "Kyiv"), mentions.stream().map(Mention::name).toList());
        final Mention fidan = mentions.get(0);
        assertEquals("Mr Fidan", fidan.text());
        assertEquals(0, fidan.start());
        assertEquals(8, fidan.end());
        assertTrue(fidan.known());
    }

    @Test
    void shouldPreferTheLongestNameWhereNamesOverlap() {
        final List<Mention> mentions = extractor.extract("b", "Russia\u2019s president Vladimir Putin spoke.");

        assertEquals(List.of("Russia", "Vladimir Putin"), mentions.stream().map(Mention::name).toList());
    }

    @Test
    void shouldFindUnknownPeopleFromHowNewsNamesThem() {
        final List<Mention> mentions = extractor.extract("b",
                "Emergency minister Ilse Varga said the road was shut, and Tomas Reyne, the harbour master, agreed.");

        final List<Mention> people = mentions.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        assertEquals(List.of("Ilse Varga", "Tomas Reyne"), people.stream().map(Mention::name).toList());
        assertFalse(people.get(0).known());
        assertEquals("person:ilse-varga", people.get(0).id());
    }

    @Test
    void shouldTakeAnHonorificAndSurnameForAPersonEvenWithoutAFullName() {
        final List<Mention> mentions = extractor.extract("b", "Ms Kovac said the shelters were full.");

        assertEquals(1, mentions.size());
        assertEquals("Kovac", mentions.get(0).name());
        assertEquals("Ms Kovac", mentions.get(0).text());
        assertEquals(EntityType.PERSON, mentions.get(0).type());
        assertFalse(mentions.get(0).known());
    }

    @Test
    void shouldResolveALaterSurnameOrHonorificToTheFullNameSeenBefore() {
        // given a blog that named a person in full
        extractor.extract("b", "Prime minister Anders Halvik said boats were out.");

        // when a later entry uses the surname alone, and with an honorific
        final List<Mention> later = extractor.extract("b", "Halvik will fly over the coast, Mr Halvik's office said.");

        // then both mentions are that person
        assertEquals(List.of("Anders Halvik", "Anders Halvik"), later.stream().map(Mention::name).toList());
        assertEquals("Mr Halvik", later.get(1).text());
        // and another blog does not share the memory
        assertTrue(extractor.extract("other", "Halvik will fly over the coast.").isEmpty());
    }

    @Test
    void shouldKnowAThreeWordNameByItsFirstFamilyNameAndByItsEnds() {
        // given a blog that named a person with a given name and two family names
        extractor.extract("b", "Interior Minister Carolina Vidaurre Ossandón said the toll would rise.");

        // then the first family name with an honorific, and the name without its middle, are that person
        assertEquals(List.of("Carolina Vidaurre Ossandón"),
                extractor.extract("b", "Ms. Vidaurre told reporters.").stream().map(Mention::name).toList());
        assertEquals(List.of("Carolina Vidaurre Ossandón"),
                extractor.extract("b", "Carolina Ossandón is ahead.").stream().map(Mention::name).toList());
    }

    @Test
    void shouldKnowAnOrganisationByAnAcronymOfItsWordsAndAnAcronymInIt() {
        // given a blog that defined an acronym
        extractor.extract("b", "The quake was measured by the Republic Geological Survey (RGS).");

        // then the same name with the country shortened is that organisation
        final List<Mention> later = extractor.extract("b", "The R. Geological Survey put the magnitude at 7.8.");
        assertEquals(List.of("Republic Geological Survey"), later.stream().map(Mention::name).toList());
    }

    @Test
    void shouldCreditAnOutletTheTextCallsOne() {
        final List<Mention> mentions = extractor.extract("b", "Soldiers were deployed, the broadcaster Tevisa reported.");
        assertEquals(1, mentions.size());
        assertTrue(mentions.get(0).agency());
    }
}
