package dev.liveblog.processor.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import dev.liveblog.processor.enrich.time.Days;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeMentionFinderTest {

    private static final LocalDate FRIDAY = LocalDate.of(2025, 5, 16);
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Talks begin at 12:30 local time.|12:30 local time|2025-05-16T09:30:00Z",
        "Talks begin at 10:30 BST.|10:30 BST|2025-05-16T09:30:00Z",
        "The statement came at 10.49am GMT.|10.49am GMT|2025-05-16T10:49:00Z",
        "The vote is at 14:00 CET.|14:00 CET|2025-05-16T13:00:00Z",
        "Polls close at 8:00pm EDT.|8:00pm EDT|2025-05-17T00:00:00Z"
    })
    void shouldTurnClockTimesWithZonesIntoUtcInstants(final String text, final String mention, final String utc) {
        final List<TimeMentionFinder.Found> found = TimeMentionFinder.find(text, FRIDAY, ISTANBUL);
        assertEquals(1, found.size(), found::toString);
        assertEquals(mention, found.get(0).mention());
        assertEquals(Instant.parse(utc), found.get(0).utc());
        assertEquals(mention, text.substring(found.get(0).start(), found.get(0).end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "He visited Ankara yesterday.|yesterday|2025-05-15",
        "Earlier on Friday, he spoke.|Earlier on Friday|2025-05-16",
        "They met on Tuesday.|on Tuesday|2025-05-13",
        "The vote will be held on Monday.|on Monday|2025-05-19",
        "The vote is on Saturday.|on Saturday|2025-05-17",
        "The airport stays closed until at least Thursday.|Thursday|2025-05-22",
        "Crowds gathered Wednesday evening.|Wednesday evening|2025-05-14",
        "Teams met this morning.|this morning|2025-05-16",
        "Shelling continued last night.|last night|2025-05-15"
    })
    void shouldTurnRelativeDaysIntoDates(final String text, final String mention, final String date) {
        final List<TimeMentionFinder.Found> found = TimeMentionFinder.find(text, FRIDAY, ISTANBUL);
        assertEquals(1, found.size(), found::toString);
        assertEquals(mention, found.get(0).mention());
        assertEquals(LocalDate.parse(date), found.get(0).date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It starts at 10:30 XYZ.",
        "Turnout was 2.45 million, up 1.2 points.",
        "Watch the highlights (4-3-3 formation), won 3-1.",
        "He scored in the 67th minute."
    })
    void shouldLeaveWhatIsNoClockTimeAlone(final String text) {
        assertTrue(TimeMentionFinder.find(text, FRIDAY, ISTANBUL).isEmpty(), () -> text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The session resumes at 16:00.|16:00|2025-05-16T13:00:00Z",
        "Polls close at 4pm.|4pm|2025-05-16T13:00:00Z",
        "The vote came at 4.15pm.|4.15pm|2025-05-16T13:15:00Z",
        "The briefing starts at 2:05 p.m. ET.|2:05 p.m. ET|2025-05-16T18:05:00Z",
        "Results are due at 9 p.m. Eastern.|9 p.m. Eastern|2025-05-17T01:00:00Z",
        "Markets open at 10am Tokyo time.|10am Tokyo time|2025-05-16T01:00:00Z",
        "The curfew starts at 1600 local time.|1600 local time|2025-05-16T13:00:00Z",
        "Prayers are held at noon.|noon|2025-05-16T09:00:00Z",
        "The first train left at 1.30am.|1.30am|2025-05-15T22:30:00Z",
        "Crowds gathered at 11pm last night.|11pm|2025-05-15T20:00:00Z",
        "The vote is at 6pm on Sunday.|6pm|2025-05-18T15:00:00Z",
        "The match kicks off at 3pm BST.|3pm BST|2025-05-16T14:00:00Z",
        "Trading starts at 9am AEST.|9am AEST|2025-05-15T23:00:00Z",
        "The call is at 8pm IST.|8pm IST|2025-05-16T14:30:00Z",
        "Yesterday at 4pm the polls closed.|4pm|2025-05-15T13:00:00Z",
        "Crowds gathered LAST NIGHT at about 11pm.|11pm|2025-05-15T20:00:00Z",
        "The count resumes tomorrow from 9am.|9am|2025-05-17T06:00:00Z"
    })
    void shouldReadClockTimesInTheFormsNewsUses(final String text, final String mention, final String utc) {
        final List<TimeMentionFinder.Found> found = TimeMentionFinder.find(text, FRIDAY, ISTANBUL).stream()
                .filter(f -> f.utc() != null).toList();
        assertEquals(1, found.size(), found::toString);
        assertEquals(mention, found.get(0).mention());
        assertEquals(Instant.parse(utc), found.get(0).utc());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Polls closed at 5pm on Tuesday (14:00 GMT).|14:00 GMT|2025-05-13T14:00:00Z",
        "Polls closed at 5pm on Tuesday; some stayed open past 9pm.|9pm|2025-05-13T18:00:00Z",
        "Polls closed at 5pm on Tuesday; results will come at 9pm.|9pm|2025-05-16T18:00:00Z"
    })
    void shouldPutATimeWithoutADayOnTheDayOfTheTimeBeforeItUnlessItIsToCome(final String text, final String mention,
                                                                            final String utc) {
        final TimeMentionFinder.Found found = TimeMentionFinder.find(text, FRIDAY, ISTANBUL).stream()
                .filter(f -> f.mention().equals(mention)).findFirst().orElseThrow(() -> new AssertionError(text));
        assertEquals(Instant.parse(utc), found.utc());
    }

    @org.junit.jupiter.api.Test
    void shouldTakeTheRuleOfAGenericZoneOnTheBlogsDate() {
        // ET is UTC-4 in May and UTC-5 in December
        assertEquals(Instant.parse("2025-12-01T14:00:00Z"),
                TimeMentionFinder.find("At 9am ET.", LocalDate.of(2025, 12, 1), ISTANBUL).get(0).utc());
        // and IST is Ireland's in an Irish blog, India's elsewhere
        assertEquals(Instant.parse("2025-05-16T19:00:00Z"),
                TimeMentionFinder.find("At 8pm IST.", FRIDAY, ZoneId.of("Europe/Dublin")).get(0).utc());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The deadline was 12 March.|12 March|2025-03-12",
        "Filings through Oct. 14 show it.|Oct. 14|2025-10-14",
        "He was sworn in on Jan. 19.|Jan. 19|2025-01-19",
        "The count ends on 2 December.|2 December|2024-12-02",
        "The quake of Feb. 27, 2010 was larger.|Feb. 27, 2010|2010-02-27",
        "Ballots returned as of Monday.|Monday|2025-05-12"
    })
    void shouldReadDatesWithTheYearNearestTheBlogsDate(final String text, final String mention, final String date) {
        final List<TimeMentionFinder.Found> found = TimeMentionFinder.find(text, FRIDAY, ISTANBUL);
        assertEquals(1, found.size(), found::toString);
        assertEquals(mention, found.get(0).mention());
        assertEquals(LocalDate.parse(date), found.get(0).date());
    }

    @org.junit.jupiter.api.Test
    void shouldTakeATimeStampForThePostTimeAndNotForAMention() {
        final String text = "UPDATE 18:05 \u2013 The ferry left at 19:30.";
        assertEquals(Instant.parse("2025-05-16T15:05:00Z"), TimeMentionFinder.postTime(text, FRIDAY, ISTANBUL).get());
        final List<TimeMentionFinder.Found> found = TimeMentionFinder.find(text, FRIDAY, ISTANBUL);
        assertEquals(List.of("19:30"), found.stream().map(TimeMentionFinder.Found::mention).toList());
    }

    @org.junit.jupiter.api.Test
    void shouldLookForDaysOnlyInTextWithADayWord() {
        for (final String mention : java.util.List.of("Yesterday", "today", "Tomorrow", "tonight", "last night",
                "This morning", "this afternoon", "this evening", "on Monday", "Friday night")) {
            org.junit.jupiter.api.Assertions.assertTrue(Days.mayNameADay("They met " + mention + "."), mention);
        }
        org.junit.jupiter.api.Assertions.assertFalse(Days.mayNameADay("Talks went on for hours."));
    }
}
