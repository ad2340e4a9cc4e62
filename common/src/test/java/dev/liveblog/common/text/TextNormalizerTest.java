package dev.liveblog.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void shouldFoldQuoteMarksApostrophesAndDashes() {
        assertEquals("\"yes\" - it's 'fine' - ok",
                TextNormalizer.normalize("“Yes” – it’s ‘fine’ — OK"));
    }

    @Test
    void shouldCollapseWhitespaceIncludingNonBreakingSpacesAndTrim() {
        assertEquals("a b c", TextNormalizer.normalize("  a\u00A0\u00A0b \t\n c  "));
    }

    @Test
    void shouldApplyNfkcSoCompatibilityFormsCompareEqual() {
        // the ligature "ﬁ" and full-width digits are compatibility forms of "fi" and "12"
        assertEquals("fine 12", TextNormalizer.normalize("ﬁne １２"));
    }

    @Test
    void shouldLowerCaseIndependentlyOfTheDefaultLocale() {
        // Turkish dotted capital I lower-cases the same everywhere with Locale.ROOT
        assertEquals(TextNormalizer.normalize("ISTANBUL"), TextNormalizer.normalize("istanbul"));
    }

    @Test
    void shouldKeepDifferentWordsDifferent() {
        assertNotEquals(TextNormalizer.normalize("would support"), TextNormalizer.normalize("would not support"));
    }
}
