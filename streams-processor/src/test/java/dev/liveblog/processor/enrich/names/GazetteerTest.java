package dev.liveblog.processor.enrich.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void shouldKnowCountriesByTheirOtherNamesAndDemonyms() {
        assertEquals("United States", gazetteer.lookup("U.S.").get(0).name());
        assertEquals("United Kingdom", gazetteer.lookup("Britain").get(0).name());
        assertEquals(Gazetteer.Kind.COUNTRY, gazetteer.lookup("Kenya").get(0).kind());
        assertEquals("Kenya", gazetteer.demonym("Kenyan").name());
        assertEquals("CL", gazetteer.countryOf(ZoneId.of("America/Santiago")));
    }

    @Test
    void shouldPutTheMostImportantPlaceOfANameFirst() {
        final var places = gazetteer.lookup("Valparaíso");
        assertTrue(places.size() > 1);
        assertEquals("CL", places.get(0).country());
        assertEquals(Gazetteer.Kind.REGION, gazetteer.lookup("New South Wales").get(0).kind());
        assertEquals(Gazetteer.Kind.REGION, gazetteer.lookup("NSW").get(0).kind());
        assertEquals("US.PA", gazetteer.lookup("Pa.").get(0).region());
    }

    @Test
    void shouldFindANameWithAccentsTheGazetteerHasOnlyInAscii() {
        assertEquals("CL.06", gazetteer.lookup("Biob\u00edo").get(0).key());
        assertTrue(gazetteer.lookup("Nowhere\u00edo").isEmpty());
    }

    @Test
    void shouldFlagPlaceNamesThatAreCommonWords() {
        assertTrue(gazetteer.lookup("Reading").stream().anyMatch(Gazetteer.Place::commonWord));
        assertTrue(gazetteer.lookup("Nairobi").stream().noneMatch(Gazetteer.Place::commonWord));
    }
}
