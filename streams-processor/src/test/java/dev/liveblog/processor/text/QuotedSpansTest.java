package dev.liveblog.processor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotedSpansTest {

    @Test
    void shouldBlankQuotedWordsKeepingOffsets() {
        final String text = "He said \u201Cwe will win\u201D today";
        final String outside = QuotedSpans.outsideQuotes(text);
        assertEquals(text.length(), outside.length());
        assertEquals("He said               today", outside);
    }

    @Test
    void shouldTreatAnUnclosedQuotationAsRunningToTheEnd() {
        assertEquals("   ", QuotedSpans.outsideQuotes("\u201Cus"));
        assertEquals("a       b", QuotedSpans.outsideQuotes("a \"x y\" b"));
    }

    @Test
    void shouldCountOnlyQuotationsOfEnoughWords() {
        assertTrue(QuotedSpans.hasQuotation("She called it \u201Ca serious step forward\u201D.", 3));
        assertFalse(QuotedSpans.hasQuotation("Kyiv accused Moscow of \u201Cundermining\u201D the talks.", 3));
    }
}
