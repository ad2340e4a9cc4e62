package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.processor.text.ScanCheck;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void shouldCountTheWordsThatHaveNoLikeWordInTheTextAndStopPastTheLimit() {
        // given a text, and a part with a typo of one of its words, two words it lacks and an attribution clause
        final Profile whole = Profile.of("Rescuers reached the village before dawn on Tuesday.");
        final AlignedText part = new AlignedText(
                Tokenizer.tokenize("Rescuers reached the vilage after nightfall, the army said."));

        // then the typo is like a word of the text, the attribution words do not count, the others do
        assertEquals(2, whole.unmatched(part, 10));
        // and counting stops one past the limit
        assertEquals(2, whole.unmatched(part, 1));
        assertEquals(1, whole.unmatched(part, 0));
    }

    @Test
    void shouldNeverCallANumberLikeAnotherNumber() {
        final Profile whole = Profile.of("The toll rose to 12345 overnight.");
        assertEquals(1, whole.unmatched(new AlignedText(Tokenizer.tokenize("The toll rose to 12346 overnight.")), 10));
        assertEquals(0, whole.unmatched(new AlignedText(Tokenizer.tokenize("The toll rose to 12345.")), 10));
    }

    @Test
    void shouldGiveEachRunOfThreeWordsHashOnce() throws IOException {
        // given every corpus line, and lines of repeated words, one and two words, and none
        final List<String> lines = new java.util.ArrayList<>(ScanCheck.corpusLines());
        lines.addAll(List.of("the the the the the the", "a b a b a b a b", "one", "one two", "", "a b c a b c"));
        for (final String line : lines) {
            final Profile profile = Profile.of(line);
            final List<Token> tokens = Tokenizer.tokenize(line);
            final int width = Math.min(3, tokens.size());
            // when its shingles are taken
            final long[] shingles = profile.shingles();
            // then they are the distinct hashes of its runs of three words (every word, when fewer), each once
            final String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            final long[] runs = width == 0 ? new long[0] : Fingerprint64.ofRuns(words, words.length, width);
            assertArrayEquals(Arrays.stream(runs).distinct().sorted().toArray(),
                    Arrays.stream(shingles).sorted().toArray(), line);
            assertEquals(shingles.length, Arrays.stream(shingles).distinct().count(), line);
        }
    }

    @Test
    void shouldReadBackFromItsCompactWordsTheProfileOfItsText() throws IOException {
        // given every corpus line, and lines with quotations, attributions, numbers and other scripts
        final List<String> lines = new java.util.ArrayList<>(ScanCheck.corpusLines());
        lines.add("\u201CWe will stay,\u201D she told Reuters, as 2,450 people left \u0130stanbul and \u5317\u4eac.");
        lines.add("");
        int kinds = 0;
        for (final String line : lines) {
            final Profile profile = Profile.of(line);
            // when its words are written compactly and read back
            final Profile read = Sketch.of(profile).profile();
            // then the words, their kinds and marks, and what is derived from them are the same
            assertEquals(profile.tokens(), read.tokens(), line);
            assertEquals(profile.quote(), read.quote(), line);
            assertEquals(profile.size(), read.size(), line);
            assertTrue(Arrays.equals(profile.indexKeys(), read.indexKeys()), line);
            // and so are the arrays a comparison reads, the words' hashes and letters read with their chars
            final AlignedText words = new AlignedText(profile.tokens());
            assertArrayEquals(words.hashes, read.aligned().hashes, line);
            assertArrayEquals(words.letters, read.aligned().letters, line);
            assertArrayEquals(words.typoLengths, read.aligned().typoLengths, line);
            assertArrayEquals(words.counted, read.aligned().counted, line);
            kinds |= profile.tokens().stream().mapToInt(t -> 1 << t.kind().ordinal() | (t.quoted() ? 16 : 0))
                    .reduce(0, (a, b) -> a | b);
        }
        // and every kind of word and a quoted one were among them
        assertEquals(31, kinds & 31);
    }
}
