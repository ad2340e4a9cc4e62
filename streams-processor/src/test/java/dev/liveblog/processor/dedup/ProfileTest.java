package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void shouldCountTheWordsThatHaveNoLikeWordInTheTextAndStopPastTheLimit() {
        // given a text, and a part with a typo of one of its words, two words it lacks and an attribution clause
        final Profile whole = Profile.of("Rescuers reached the village before dawn on Tuesday.");
        final List<Token> part = Tokenizer.tokenize("Rescuers reached the vilage after nightfall, the army said.");

        // then the typo is like a word of the text, the attribution words do not count, the others do
        assertEquals(2, whole.unmatched(part, 10));
        // and counting stops one past the limit
        assertEquals(2, whole.unmatched(part, 1));
        assertEquals(1, whole.unmatched(part, 0));
    }

    @Test
    void shouldNeverCallANumberLikeAnotherNumber() {
        final Profile whole = Profile.of("The toll rose to 12345 overnight.");
        assertEquals(1, whole.unmatched(Tokenizer.tokenize("The toll rose to 12346 overnight."), 10));
        assertEquals(0, whole.unmatched(Tokenizer.tokenize("The toll rose to 12345."), 10));
    }
}
