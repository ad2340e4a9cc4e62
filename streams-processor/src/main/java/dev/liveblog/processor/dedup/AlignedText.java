package dev.liveblog.processor.dedup;

import java.util.List;

/**
 * A text's words as arrays: what a cell of the {@link Alignment}'s table reads of a word, with the cost of leaving
 * it out. A cell compares a word's hash, and only for two words that may be a typo apart (long enough, no digit,
 * lengths at most one apart, letter sets at most two letters apart) the words themselves: most cells then read no
 * string. A {@link Profile} keeps its text's, so that a text compared with several others is read into arrays once.
 */
final class AlignedText {

    /** No typo is told in this word (too short, or it has a digit). */
    static final int NO_TYPOS = -1;

    final int size;
    final String[] texts;
    final int[] hashes;
    final byte[] kinds;
    /** The word's length where a typo may be told in it, else {@link #NO_TYPOS}. */
    final int[] typoLengths;
    /** The letters a to z the word holds, one bit each. */
    final int[] letters;
    /** The cost of leaving the word out of an alignment of two whole texts ({@link Alignment#gapCost}). */
    final int[] gaps;
    /** The cost of leaving it out of the stretch of a whole that holds a part ({@link Alignment#wholeGapCost}). */
    final int[] wholeGaps;
    /** Per position, the words that count ({@link Alignment#length}) before it. */
    final int[] counted;

    AlignedText(final List<Token> tokens) {
        size = tokens.size();
        texts = new String[size];
        hashes = new int[size];
        kinds = new byte[size];
        typoLengths = new int[size];
        letters = new int[size];
        gaps = new int[size];
        wholeGaps = new int[size];
        counted = new int[size + 1];
        for (int i = 0; i < size; i++) {
            final Token token = tokens.get(i);
            final String text = token.text();
            texts[i] = text;
            hashes[i] = text.hashCode();
            kinds[i] = (byte) token.kind().ordinal();
            typoLengths[i] = token.digits() || !Words.longEnoughForTypos(text) ? NO_TYPOS : text.length();
            letters[i] = WordTable.letters(text);
            gaps[i] = Alignment.gapCost(token);
            wholeGaps[i] = Alignment.wholeGapCost(token);
            counted[i + 1] = counted[i] + (token.kind() == Token.Kind.ATTRIBUTION ? 0 : 1);
        }
    }

    /** The words that count: all but those of attribution clauses. */
    int length() {
        return counted[size];
    }

    /**
     * {@link Words#similar(String, String)}. One edit changes at most two letters of the set a word holds (a letter
     * replaced by another), so words whose sets differ by more are no typo apart.
     */
    boolean similar(final int i, final AlignedText other, final int j) {
        if (hashes[i] == other.hashes[j] && texts[i].equals(other.texts[j])) {
            return true;
        }
        final int a = typoLengths[i];
        final int b = other.typoLengths[j];
        return a != NO_TYPOS && b != NO_TYPOS && Math.abs(a - b) <= 1
                && Integer.bitCount(letters[i] ^ other.letters[j]) <= 2
                && Words.withinOneEdit(texts[i], other.texts[j]);
    }
}
