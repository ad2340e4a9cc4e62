package dev.liveblog.processor.dedup;

import java.util.List;

/**
 * The distinct words of a text, for the two questions the matcher asks before it aligns two texts: does the text
 * hold this word, and does it hold one a typo apart ({@link Words#similar}). Arrays of the words' hashes, lengths
 * and letters with an open-addressing table over them: the profile of a candidate is read back for each
 * comparison, and a hash set of its words and a map of them by length cost more than the comparison itself.
 */
final class WordTable {

    private final String[] words;
    private final int[] hashes;
    /** Per word, its length where a typo may be told in it, else {@link #NO_TYPOS}. */
    private final int[] typoLengths;
    /** Per word, the letters a to z it holds, one bit each. */
    private final int[] letters;
    /** Open addressing: a word's index + 1 at its hash's slot or the next free one; 0 is free. */
    private final int[] slots;
    private final int mask;
    private int size;

    private WordTable(final int capacity) {
        words = new String[capacity];
        hashes = new int[capacity];
        typoLengths = new int[capacity];
        letters = new int[capacity];
        final int tableSize = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
        slots = new int[tableSize];
        mask = tableSize - 1;
    }

    static WordTable of(final List<Token> tokens) {
        return of(new AlignedText(tokens));
    }

    /** The table of a text's words, read from the arrays its alignment reads too. */
    static WordTable of(final AlignedText text) {
        final WordTable table = new WordTable(text.size);
        for (int i = 0; i < text.size; i++) {
            table.add(text, i);
        }
        return table;
    }

    private void add(final AlignedText text, final int i) {
        final String word = text.texts[i];
        final int hash = text.hashes[i];
        int slot = spread(hash) & mask;
        while (slots[slot] != 0) {
            final int at = slots[slot] - 1;
            if (hashes[at] == hash && words[at].equals(word)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        words[size] = word;
        hashes[size] = hash;
        typoLengths[size] = text.typoLengths[i];
        letters[size] = text.letters[i];
        slots[slot] = ++size;
    }

    /** Whether the text holds this word. */
    boolean contains(final String word) {
        return contains(word, word.hashCode());
    }

    /** Whether the text holds this word, whose hash is known. */
    boolean contains(final String word, final int hash) {
        int slot = spread(hash) & mask;
        while (slots[slot] != 0) {
            final int at = slots[slot] - 1;
            if (hashes[at] == hash && words[at].equals(word)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    /**
     * Whether the text holds a word a typo apart from {@code word}: both long enough to tell one, neither with a
     * digit, at most one edit apart. One edit changes at most two letters of the set a word holds, so a word whose
     * set differs by more is passed over before its chars are compared.
     */
    boolean hasLike(final String word) {
        if (!Words.longEnoughForTypos(word)) {
            return false;
        }
        final int length = word.length();
        int wordLetters = -1;
        for (int i = 0; i < size; i++) {
            final int other = typoLengths[i];
            if (other != AlignedText.NO_TYPOS && other >= length - 1 && other <= length + 1) {
                if (wordLetters == -1) {
                    wordLetters = letters(word);
                }
                if (Integer.bitCount(wordLetters ^ letters[i]) <= 2 && Words.similar(word, words[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    static int letters(final String text) {
        int set = 0;
        for (int k = 0; k < text.length(); k++) {
            final char c = text.charAt(k);
            if (c >= 'a' && c <= 'z') {
                set |= 1 << (c - 'a');
            }
        }
        return set;
    }

    private static int spread(final int hash) {
        return hash * 0x9E3779B9 >>> 16 ^ hash;
    }
}
