package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // plain numbers stay as they are, unless a group or a scale continues them
        "1000 people|1000 people",
        "2024 and 7|2024 and 7",
        "0 left|0 left",
        "87 192 votes|87192 votes",
        "87 192|87192",
        "87 1920 votes|87 1920 votes",
        "1000 000 votes|1000 0 votes",
        "12 000 000 votes|12000000 votes",
        "3 million homes|3000000 homes",
        "3 MILLION homes|3000000 homes",
        "3 m homes|3 m homes",
        "3, million homes|3 million homes",
        // other forms go through the number's pattern
        "007 agents|7 agents",
        "2,450,000 ballots|2450000 ballots",
        "2.45 million ballots|2450000 ballots",
        "$38m or $38 million|$38000000 or $38000000",
        // grouped numbers are their digits, unless a scale follows or they start with a zero
        "45,321 people|45321 people",
        "\u00A31,200,000 fine|\u00A31200000 fine",
        "1,200 million|1200000000",
        "1,200, million|1200 million",
        "012,345 votes|12345 votes",
        "0,500 votes|500 votes",
        "1,2345 votes|1,2345 votes",
        "12,34 votes|12,34 votes",
        "1,000.5 votes|1000.5 votes",
        "1,000m votes|1000000000 votes",
        // words no number's pattern can match stay as they are
        "12:30 local|12:30 local",
        "30-day ban|30-day ban",
        "2% rise|2% rise",
        "\u0663\u0664 votes|\u0663\u0664 votes",
    })
    void shouldWriteEachNumberOneWay(final String text, final String words) {
        assertEquals(List.of(words.split(" ")), Tokenizer.tokenize(text).stream().map(Token::text).toList());
    }
}
