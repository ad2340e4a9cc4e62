package dev.liveblog.processor.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveblog.common.text.TextNormalizer;
import dev.liveblog.processor.text.ScanCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A quotation's normal form, kept in the speakers store, is what its definition by patterns gives. */
class QuoteNormalizationTest {

    @Test
    void shouldKeepTheLettersNumbersAndSingleSpacesOfTheNormalisedText() throws IOException {
        // given every line of every corpus, and lines made to test the edges
        final List<String> lines = new ArrayList<>(ScanCheck.corpusLines());
        lines.addAll(List.of("", " ", " - ", "a - b", "a-b", "  \u201CWe will rebuild,\u201D  ", "\u00BD of 12 \u216B",
                "\uD835\uDC00\uD835\uDFCE x", "\uD800 lone", "\u0130stanbul \u00C9TAT", "tab\there", "a\u00A0b",
                "\u0661\u0662 \u0968", "\u02B0 \u3005", "end ."));

        // when / then
        for (final String line : lines) {
            assertEquals(byPatterns(line), SpeakerResolver.normalizeQuote(line), line);
        }
    }

    /** The definition: remove all but letters, numbers and spaces, then collapse and strip the spaces. */
    private static String byPatterns(final String text) {
        final String kept = TextNormalizer.normalize(text).replaceAll("[^\\p{L}\\p{N} ]", "");
        return kept.replaceAll(" +", " ").strip().toLowerCase(Locale.ROOT);
    }
}
