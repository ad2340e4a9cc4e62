package dev.liveblog.processor.enrich.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.schema.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameFinderTest {

    private final NameFinder finder = NameFinder.bundled();

    private List<String> find(final String text) {
        return find(text, NameContext.EMPTY);
    }

    private List<String> find(final String text, final NameContext context) {
        return finder.find(finder.words(text), List.of(), context).found().stream()
                .map(f -> f.type() + " " + f.name() + " [" + text.substring(f.start(), f.end()) + "]").toList();
    }

    @Test
    void shouldTakeThePersonAfterATitleAndReadWhatStandsBeforeIt() {
        assertEquals(List.of("PERSON Ana Pereira [Ana Pereira]"),
                find("Deputy Foreign Minister Ana Pereira arrived."));
        assertEquals(List.of("ORGANIZATION Northvale Police [Northvale Police]", "PERSON Rhys Moyo [Rhys Moyo]"),
                find("The Northvale Police Assistant Commissioner Rhys Moyo said crews were out."));
        assertEquals(List.of("PERSON Rhys Moyo [Rhys Moyo]"),
                find("Emergency Services Minister Rhys Moyo said crews were out."));
        assertEquals(List.of("PERSON Iona Clarke [Iona Clarke]", "PLACE Ohio [Ohio]"),
                find("It was signed by Sen. Iona Clarke of Ohio."));
        assertEquals(List.of("PERSON Okafor [Mr. Okafor]"), find("Mr. Okafor left early."));
    }

    @Test
    void shouldNameAnOrganisationByItsHeadWordWithItsComplementAndAcronym() {
        assertEquals(List.of("ORGANIZATION Bureau of Water Resources [Bureau of Water Resources]",
                "ORGANIZATION Bureau of Water Resources [BWR]"),
                find("The Bureau of Water Resources (BWR) issued a warning."));
        assertEquals(List.of("ORGANIZATION Independent Electoral and Boundaries Commission "
                + "[Independent Electoral and Boundaries Commission]"),
                find("Results came from the Independent Electoral and Boundaries Commission on Monday."));
        assertEquals(List.of("ORGANIZATION Ministry of Energy, Mines and Industry "
                + "[Ministry of Energy, Mines and Industry]"),
                find("A spokesman for the Ministry of Energy, Mines and Industry declined to comment."));
    }

    @Test
    void shouldFindPlacesOfTheGazetteerAndSplitListsOfThem() {
        assertEquals(List.of("PLACE Arizona [Arizona]", "PLACE Wisconsin [Wisconsin]"),
                find("Polls have closed in Arizona and Wisconsin."));
        assertEquals(List.of("PLACE New South Wales [New South Wales]"),
                find("Fires are burning across New South Wales."));
    }

    @Test
    void shouldAskForEvidenceBeforeTakingAnOrdinaryWordForAPlace() {
        // given place names that are also ordinary words
        assertTrue(find("Young people queued for hours.").isEmpty());
        // then a preposition of place, or a list with a place, is evidence
        assertEquals(List.of("PLACE Young [Young]"), find("A grassfire is burning near Young tonight."));
    }

    @Test
    void shouldTakeANameNoGazetteerKnowsForAPlaceWhereOnlyAPlaceCanStand() {
        assertEquals(List.of("PLACE Tarraby [Tarraby]", "PLACE Koolunga Creek [Koolunga Creek]"),
                find("The fire could reach Tarraby and Koolunga Creek by evening."));
    }

    @Test
    void shouldNeedEvidenceOfAPerson() {
        assertEquals(List.of("PERSON Tomas Reyne [Tomas Reyne]"),
                find("Tomas Reyne, the harbour master, agreed."));
        assertEquals(List.of("PERSON Kelda Voss [Kelda Voss]"),
                find("A union spokeswoman, Kelda Voss, said talks would resume."));
        assertTrue(find("Total Fire Ban declared.").stream().noneMatch(f -> f.startsWith("PERSON")));
    }

    @Test
    void shouldReadTeamSheetsAsPeople() {
        assertEquals(List.of("PERSON Okoro [Okoro]", "PERSON Lindqvist [Lindqvist]", "PERSON Abara [Abara]",
                "PERSON Tamm [Tamm]", "PERSON Vaino [Vaino]"), find("Line-up: Okoro; Lindqvist, Abara, Tamm, Vaino."));
    }

    @Test
    void shouldResolveShortNamesThroughTheBlogsMemoryInEitherWordOrder() {
        // given a blog that named people before
        final Found han = new Found(EntityType.PERSON, "Han Min-jun", "person:han-min-jun", 0, 0, false);
        final Found lan = new Found(EntityType.PERSON, "Pham Thi Lan", "person:pham-thi-lan", 0, 0, false);
        final Map<String, Found> people = Map.of("Han", han, NameContext.personKey("Han Min-jun"), han,
                NameContext.TITLED + "Lan", lan);
        final NameContext context = new NameContext() {
            @Override
            public Found person(final String key) {
                return people.get(key);
            }

            @Override
            public Found organisation(final String nameOrAcronym) {
                return null;
            }

            @Override
            public Found place(final String name) {
                return null;
            }

            @Override
            public Set<String> countries() {
                return Set.of();
            }
        };

        // then the family name, the name in the other order and a title with the given name resolve
        assertEquals(List.of("PERSON Han Min-jun [Han]"), find("Han told reporters.", context));
        assertEquals(List.of("PERSON Han Min-jun [Min-jun Han]"), find("Later, Min-jun Han said so.", context));
        assertEquals(List.of("PERSON Pham Thi Lan [Ms Lan]"), find("Ms Lan said so.", context));
    }

    @Test
    void shouldKnowWhenAFamilyNameComesFirst() {
        assertTrue(finder.familyNameFirst(new String[] {"Park", "Ji-hoon"}));
        assertTrue(!finder.familyNameFirst(new String[] {"Julia", "Park"}));
    }

    @Test
    void shouldNameAnOrganisationByWhatStandsAroundIt() {
        assertEquals(List.of("ORGANIZATION Vantora [Vantora]"),
                find("Flights were cancelled, the airport operator, Vantora, said."));
        assertEquals(List.of("ORGANIZATION Kelmar [Kelmar]"),
                find("Kelmar, the state-owned rail company, cut services."));
        assertEquals(List.of("ORGANIZATION Tevisa [Tevisa]"), find("Roads were shut, the broadcaster Tevisa reported."));
        assertEquals(List.of("ORGANIZATION Radio Corvena [Radio Corvena]"), find("Waves hit the pier, Radio Corvena reported."));
        // a place before an apposition that names an outlet stays a place
        assertEquals(List.of("PLACE Argentina [Argentina]", "ORGANIZATION Diario Sur [Diario Sur]"),
                find("It was felt in Argentina, the Argentine newspaper Diario Sur reported."));
    }

    @Test
    void shouldNameAnAcronymByTheFullNameInBracketsAfterIt() {
        assertEquals(List.of("ORGANIZATION Sistema Nacional de Alerta Temprana [SENALT]",
                "ORGANIZATION Sistema Nacional de Alerta Temprana [Sistema Nacional de Alerta Temprana]"),
                find("The agency SENALT (Sistema Nacional de Alerta Temprana) ordered evacuations."));
        // brackets whose initials do not spell the acronym are something else
        assertEquals(List.of(), find("The XQZ (Tuesday Only) ordered evacuations.").stream()
                .filter(f -> f.contains("Tuesday Only")).toList());
    }

    @Test
    void shouldSplitAPersonOfAnOrganisation() {
        assertEquals(List.of("PERSON Amina Yusuf Korir [Amina Yusuf Korir]",
                "ORGANIZATION Unity Reform Party [Unity Reform Party]"),
                find("Amina Yusuf Korir of the Unity Reform Party conceded."));
        assertEquals(List.of("ORGANIZATION Superintendency of Water and Sewers [Superintendency of Water and Sewers]"),
                find("According to the Superintendency of Water and Sewers, supply is back."));
        assertEquals(List.of("ORGANIZATION Appeals Court [Appeals Court]"),
                find("Lawyers filed a petition in Appeals Court on Tuesday afternoon."));
    }

    @Test
    void shouldTakeABuildingThatSpeaksForItsBody() {
        assertEquals(List.of("ORGANIZATION Coastal Tsunami Warning Center [Coastal Tsunami Warning Center]",
                "PLACE Honolulu [Honolulu]"), find("The Coastal Tsunami Warning Center in Honolulu said waves were possible."));
        assertEquals(List.of("ORGANIZATION La Rotonda [La Rotonda]"), find("Later, La Rotonda said the curfew would hold."));
        assertEquals(List.of(), find("Ministers met at La Rotonda on Friday."));
    }

    @Test
    void shouldReadPlacesNoGazetteerKnowsAfterAPrepositionAndDivisionsByTheirWord() {
        assertEquals(List.of("PLACE Quelbaya [Quelbaya]"), find("In Quelbaya, a small beach town, the sea surged."));
        assertEquals(List.of("PLACE Quelbaya [Quelbaya]"), find("A fisherman from Quelbaya told reporters."));
        assertEquals(List.of("PLACE Quelbaya [Quelbaya]"), find("Crowds danced through the streets of Quelbaya."));
        assertEquals(List.of("PLACE Quelbaya [Quelbaya]"), find("Crews fought the Quelbaya fire overnight."));
        // a demonym where a place could stand is an adjective
        assertEquals(List.of(), find("A meeting between Ukrainian and Russian officials is planned.").stream()
                .filter(f -> f.startsWith("PLACE")).toList());
        // a capitalised preposition inside a name is no preposition
        assertEquals(List.of(), find("Check the Hazards Near Tobrek app.").stream()
                .filter(f -> f.contains("Tobrek")).toList());
        // "the Valparaíso region" is the region, found without its accents
        assertEquals(List.of("PLACE Valparaiso [Valparaíso]", "PLACE Chile [Chile]"),
                find("Evacuations were ordered in the Valparaíso region of Chile."));
        assertEquals(List.of("PLACE Chile [Chile]"), find("Powerful Quake Strikes Central Chile"));
    }

    @Test
    void shouldPreferTheCityOfTheTextsCountryToADivisionElsewhere() {
        assertEquals(List.of("PLACE Santiago [Santiago]", "PLACE Chile [Chile]"), find("Buildings shook in Santiago, Chile."));
    }

    @Test
    void shouldReadALongerOrganisationThroughAKnownNameInsideIt() {
        final String text = "The Times Electoral and Boundaries Commission (TEBC) met.";
        final List<Found> taken = List.of(new Found(EntityType.ORGANIZATION, "The Times", "org:the-times", 0, 9, true));
        final NameFinder.Names names = finder.find(finder.words(text), taken, NameContext.EMPTY);
        assertEquals(List.of("Times Electoral and Boundaries Commission", "Times Electoral and Boundaries Commission"),
                names.found().stream().map(Found::name).toList());
        assertEquals(taken, names.released());
    }
}
