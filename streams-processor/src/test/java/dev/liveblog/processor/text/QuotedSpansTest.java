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
        assertFalse(QuotedSpans.hasQuotation("Watch our film \u2018The Long Road Home\u2019 tonight.", 3));
    }

    @Test
    void shouldReadBritishSingleQuotationMarksWithApostrophesInside() {
        // given a single-quoted quotation holding contractions and a possessive
        final String text = "\u2018We\u2019re proud of the players\u2019 effort, and we didn\u2019t give up,\u2019 the coach said.";

        // when its quotations are found
        final var spans = QuotedSpans.spans(text);

        // then there is one, closed by the mark after the comma, not by an apostrophe
        assertEquals(1, spans.size());
        assertEquals(text.indexOf(",\u2019 the") + 1, spans.get(0).close());
        assertEquals("                                                             the coach said.",
                QuotedSpans.outsideQuotes(text));
    }

    @Test
    void shouldCloseASingleQuotationBeforeItsAttribution() {
        assertBlanked("It was ", "\u2018a serious step forward\u2019", " said Ms Reyes.");
        assertBlanked("Fans sang ", "\u2018You\u2019ll Never\u2019", " until dawn.");
    }

    @Test
    void shouldLeaveApostrophesAloneWhenNoQuotationOpens() {
        final String text = "The union\u2019s leaders met the workers\u2019 representatives at O\u2019Hare.";
        assertEquals(text, QuotedSpans.outsideQuotes(text));
        assertEquals("Rock 'n' roll isn't dead", QuotedSpans.outsideQuotes("Rock 'n' roll isn't dead"));
    }

    @Test
    void shouldTreatAnUnclosedSingleQuotationAsAParagraphOfAQuoteThatGoesOn() {
        final String text = "\u2018We will rebuild every home. It will take years.";
        assertEquals(" ".repeat(text.length()), QuotedSpans.outsideQuotes(text));
    }

    @Test
    void shouldKeepADoubleQuotationInsideASingleOneWithinIt() {
        final String text = "\u2018He told us \u201Cnever again\u201D and meant it,\u2019 she said.";
        assertEquals(1, QuotedSpans.spans(text).size());
        assertTrue(QuotedSpans.outsideQuotes(text).strip().equals("she said."));
    }

    @Test
    void shouldReadStraightSingleMarksOnlyWhenTheyClose() {
        assertBlanked("", "'We will be back,'", " he said.");
        assertEquals("'Tis the season", QuotedSpans.outsideQuotes("'Tis the season"));
    }

    /** The quotation between two stretches of the journalist's words is blanked, and nothing else. */
    private static void assertBlanked(final String before, final String quotation, final String after) {
        assertEquals(before + " ".repeat(quotation.length()) + after,
                QuotedSpans.outsideQuotes(before + quotation + after));
    }
}
