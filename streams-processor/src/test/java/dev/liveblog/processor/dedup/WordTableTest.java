package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.processor.text.ScanCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The word table answers as a set of the words and a scan of those a typo can be told in with
 * {@link Words#similar} do: its letter and length tests only pass over words that could never be a typo apart.
 */
class WordTableTest {

    @Test
    void shouldAnswerAsASetAndAScanOfTheWordsDo() throws IOException {
        // given every corpus line's words, and each of them asked for as it is, with a typo and as another line's
        final List<List<Token>> lines = new ArrayList<>();
        for (final String line : ScanCheck.corpusLines()) {
            lines.add(Tokenizer.tokenize(line));
        }
        final Random random = new Random(5);
        int like = 0;
        int held = 0;
        for (int i = 0; i < lines.size(); i++) {
            final List<Token> tokens = lines.get(i);
            final WordTable table = WordTable.of(tokens);
            final Set<String> words = new HashSet<>();
            tokens.forEach(token -> words.add(token.text()));
            final List<String> asked = new ArrayList<>(words);
            for (final String word : words) {
                asked.add(typo(word, random));
            }
            lines.get(random.nextInt(lines.size())).forEach(token -> asked.add(token.text()));
            for (final String word : asked) {
                // then the table holds the words the set holds, and finds a like word where the scan finds one
                assertEquals(words.contains(word), table.contains(word), word);
                // (a like word is one a typo can be told in: long enough, no digit)
                final boolean expected = Words.longEnoughForTypos(word) && words.stream()
                        .filter(other -> Words.longEnoughForTypos(other) && !Words.hasDigit(other))
                        .anyMatch(other -> Words.similar(word, other));
                assertEquals(expected, table.hasLike(word), word + " in " + words);
                held += words.contains(word) ? 1 : 0;
                like += expected && !words.contains(word) ? 1 : 0;
            }
        }
        // and many words were held, and many not held had a like word
        assertTrue(held > 10_000, "held " + held);
        assertTrue(like > 5_000, "like " + like);
    }

    @Test
    void shouldTellATypoOnlyInALongWordWithoutADigit() {
        final WordTable table = WordTable.of(Tokenizer.tokenize("Rescuers reached 12345 villages by boat"));
        assertTrue(table.hasLike("rescuerss"));
        assertTrue(table.hasLike("reahced"));
        assertFalse(table.hasLike("12346"));
        assertFalse(table.hasLike("bot"));
        assertFalse(table.hasLike("rescue"));
        assertTrue(table.contains("12345"));
        assertFalse(table.contains("boats"));
    }

    /** The word with one letter changed, inserted, dropped, or two swapped. */
    private static String typo(final String word, final Random random) {
        final StringBuilder typo = new StringBuilder(word);
        final int at = random.nextInt(word.length());
        switch (random.nextInt(4)) {
            case 0 -> typo.setCharAt(at, (char) ('a' + random.nextInt(26)));
            case 1 -> typo.insert(at, (char) ('a' + random.nextInt(26)));
            case 2 -> typo.deleteCharAt(at);
            default -> {
                if (at + 1 < word.length()) {
                    typo.setCharAt(at, word.charAt(at + 1));
                    typo.setCharAt(at + 1, word.charAt(at));
                }
            }
        }
        return typo.length() == 0 ? word : typo.toString();
    }
}
