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

    @Test
    void shouldNormalisePlainTextExactlyAsTheFullPathDoes() {
        // given every character the plain path accepts, alone and between words, and random plain strings
        final StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        for (char c = '\u2010'; c <= '\u201F'; c++) {
            all.append(c);
        }
        final java.util.Random random = new java.util.Random(3);
        final java.util.List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < all.length(); i++) {
            texts.add("Word" + all.charAt(i) + " X " + all.charAt(i));
        }
        for (int n = 0; n < 2_000; n++) {
            final StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(all.charAt(random.nextInt(all.length())));
            }
            texts.add(text.toString());
        }

        // when / then both paths agree wherever the plain path applies
        for (final String text : texts) {
            if (TextNormalizer.isPlain(text)) {
                assertEquals(TextNormalizer.normalizeFull(text), TextNormalizer.normalizePlain(text),
                        () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
            }
        }
    }

    @Test
    void shouldTakeTheFullPathForTextNfkcWouldChange() {
        // the double low line decomposes under NFKC; Latin-1 and beyond are not plain
        org.junit.jupiter.api.Assertions.assertFalse(TextNormalizer.isPlain("a\u2017b"));
        org.junit.jupiter.api.Assertions.assertFalse(TextNormalizer.isPlain("caf\u00E9"));
        org.junit.jupiter.api.Assertions.assertTrue(TextNormalizer.isPlain("\u201CYes\u201D \u2013 it\u2019s"));
    }
}
