package dev.liveblog.processor.enrich.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.processor.text.ScanCheck;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day and date patterns, tried only where a match can begin, find what they find tried everywhere. */
class DaysScanTest {

    private static final List<String> WORDS = List.of("on", "On", "last", "Last", "next", "this", "This", "earlier",
            "Later", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "morning",
            "evening", "night", "yesterday", "Yesterday", "today", "tomorrow", "tonight", "12", "3rd", "31st", "2026",
            "March", "Oct.", "Sept.", "May", "December", "Jan.", ",", ".", "x", "é", "_", "-", "day", "Sundays");

    @Test
    void shouldFindRelativeDaysAsFindDoes() throws IOException {
        final long found = ScanCheck.assertSameAsFind(Days.RELATIVE_SCAN, WORDS);
        assertTrue(found > 10_000, found + " matches");
    }

    @Test
    void shouldFindDatesAsFindDoes() throws IOException {
        final long found = ScanCheck.assertSameAsFind(Days.DATE_SCAN, WORDS);
        assertTrue(found > 350, found + " matches");
    }
}
