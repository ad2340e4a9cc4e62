package dev.liveblog.processor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.processor.text.PhraseMatcher.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void shouldFindWholeWordsOnlyWithNoLetterBeforeOrAfter() {
        final PhraseMatcher matcher = PhraseMatcher.caseSensitive(List.of("Kyiv"));

        assertEquals(List.of(new Match(0, 4, "Kyiv"), new Match(18, 22, "Kyiv")),
                matcher.all("Kyiv's mayor, pro-Kyiv; Kyivan"));
        assertEquals(List.of(new Match(1, 5, "Kyiv")), matcher.all("2Kyiv2"));
        assertTrue(matcher.all("kyiv").isEmpty());
    }

    @Test
    void shouldIgnoreCaseCharacterByCharacterKeepingOffsetsAndThePhraseAsGiven() {
        final PhraseMatcher matcher = PhraseMatcher.ignoringCase(List.of("Ceasefire", "peace talks"));

        assertEquals(List.of(new Match(4, 13, "Ceasefire"), new Match(18, 29, "peace talks")),
                matcher.all("The CEASEFIRE and Peace Talks"));
    }

    @Test
    void shouldGiveOverlappingMatchesByEndThenPhraseAndTheLongestWhenAskedForThose() {
        final PhraseMatcher matcher = PhraseMatcher.caseSensitive(List.of("New York", "York", "New York Times",
                "Times Square"));
        final String text = "New York Times Square";

        assertEquals(List.of(new Match(0, 8, "New York"), new Match(4, 8, "York"), new Match(0, 14, "New York Times"),
                new Match(9, 21, "Times Square")), matcher.all(text));
        assertEquals(List.of(new Match(0, 14, "New York Times")), matcher.longest(text));
        // of two as long, the one further left
        assertEquals(List.of(new Match(0, 4, "ab c")),
                PhraseMatcher.caseSensitive(List.of("ab c", "c de")).longest("ab c de"));
    }

    @Test
    void shouldFindNothingWithNoPhrasesOrNoText() {
        assertTrue(PhraseMatcher.caseSensitive(List.of()).all("anything").isEmpty());
        assertTrue(PhraseMatcher.ignoringCase(List.of("x", "")).all("").isEmpty());
    }
}
