package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void shouldSkipNfkcOnlyForCharactersItLeavesAsTheyAre() {
        int stable = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            final String s = "a" + c + "1";
            if (Tokenizer.nfkcStable(s)) {
                stable++;
                assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC), s, "U+" + Integer.toHexString(c));
            }
        }
        assertEquals(128 + 14, stable);
        assertFalse(Tokenizer.nfkcStable("ﬁre"));
        assertTrue(Tokenizer.nfkcStable("\u201CWe will rebuild,\u201D she said \u2013 at 10:30."));
    }

    @Test
    void shouldReadACompatibilityFormAsItsPlainWord() {
        assertEquals(Tokenizer.tokenize("the fire spread"), Tokenizer.tokenize("the \uFB01re spread"));
    }
}
