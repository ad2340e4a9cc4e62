package dev.liveblog.processor.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    @CsvSource(delimiter = '|', value = {"The score was 12:30 at half time.", "It starts at 10:30 XYZ."})
    void shouldLeaveTimesWithoutAKnownZoneAlone(final String text) {
        assertTrue(TimeMentionFinder.find(text, FRIDAY, ISTANBUL).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void shouldSkipThePatternsOnlyForTextWithoutAClockShapeOrADayWord() {
        org.junit.jupiter.api.Assertions.assertTrue(TimeMentionFinder.hasClockShape("at 14:30 GMT"));
        org.junit.jupiter.api.Assertions.assertTrue(TimeMentionFinder.hasClockShape("at 9.15am local time"));
        org.junit.jupiter.api.Assertions.assertFalse(TimeMentionFinder.hasClockShape("3,000 people: 12 dead."));
        for (final String mention : java.util.List.of("Yesterday", "today", "Tomorrow", "tonight", "last night",
                "This morning", "this afternoon", "this evening", "on Monday", "Friday night")) {
            org.junit.jupiter.api.Assertions.assertTrue(TimeMentionFinder.mayNameADay("They met " + mention + "."),
                    mention);
        }
        org.junit.jupiter.api.Assertions.assertFalse(TimeMentionFinder.mayNameADay("Talks went on for hours."));
    }
}
