package dev.liveblog.processor.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * A text's words as arrays: what a cell of the {@link Alignment}'s table reads of a word, with the cost of leaving
 * it out. A cell compares a word's hash, and only for two words that may be a typo apart (long enough, no digit,
 * lengths at most one apart, letter sets at most two letters apart) the words themselves: most cells then read no
 * string. These are a {@link Profile}'s words: the {@link Tokenizer} reads an entry straight into them and an indexed
 * item's words are read back into them, with no token per word, once for all the texts it is compared with.
 */
final class AlignedText {

    /** No typo is told in this word (too short, or it has a digit). */
    static final int NO_TYPOS = -1;
    private static final byte WORD = (byte) Token.Kind.WORD.ordinal();
    private static final byte ATTRIBUTION = (byte) Token.Kind.ATTRIBUTION.ordinal();
    private static final Token.Kind[] KINDS = Token.Kind.values();

    /** The words appended so far. */
    int size;
    final String[] texts;
    final int[] hashes;
    /** Each word's {@link Token.Kind} ordinal. */
    final byte[] kinds;
    final boolean[] quoted;
    final boolean[] digits;
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

    /** Room for {@code capacity} words, none yet. */
    AlignedText(final int capacity) {
        texts = new String[capacity];
        hashes = new int[capacity];
        kinds = new byte[capacity];
        quoted = new boolean[capacity];
        digits = new boolean[capacity];
        typoLengths = new int[capacity];
        letters = new int[capacity];
        gaps = new int[capacity];
        wholeGaps = new int[capacity];
        counted = new int[capacity + 1];
    }

    AlignedText(final List<Token> tokens) {
        this(tokens.size());
        for (final Token token : tokens) {
            append(token.text(), token.kind(), token.quoted(), token.digits());
        }
    }

    /** Adds a word after those appended. */
    void append(final String text, final Token.Kind kind, final boolean isQuoted, final boolean hasDigits) {
        append(text, text.hashCode(), WordTable.letters(text), kind, isQuoted, hasDigits);
    }

    /** Adds a word whose hash ({@link String#hashCode}) and letters ({@link WordTable#letters}) are known. */
    void append(final String text, final int hash, final int letterSet, final Token.Kind kind,
                final boolean isQuoted, final boolean hasDigits) {
        final int i = size++;
        texts[i] = text;
        hashes[i] = hash;
        kinds[i] = (byte) kind.ordinal();
        quoted[i] = isQuoted;
        digits[i] = hasDigits;
        typoLengths[i] = hasDigits || !Words.longEnoughForTypos(text) ? NO_TYPOS : text.length();
        letters[i] = letterSet;
        gaps[i] = Alignment.gapCost(kind);
        wholeGaps[i] = Alignment.wholeGapCost(kind);
        counted[i + 1] = counted[i] + (kind == Token.Kind.ATTRIBUTION ? 0 : 1);
    }

    /** The quoted words alone, in order. */
    AlignedText quotedWords() {
        int count = 0;
        for (int i = 0; i < size; i++) {
            count += quoted[i] ? 1 : 0;
        }
        final AlignedText quote = new AlignedText(count);
        for (int i = 0; i < size; i++) {
            if (quoted[i]) {
                quote.copy(this, i);
            }
        }
        return quote;
    }

    private void copy(final AlignedText from, final int at) {
        final int i = size++;
        texts[i] = from.texts[at];
        hashes[i] = from.hashes[at];
        kinds[i] = from.kinds[at];
        quoted[i] = from.quoted[at];
        digits[i] = from.digits[at];
        typoLengths[i] = from.typoLengths[at];
        letters[i] = from.letters[at];
        gaps[i] = from.gaps[at];
        wholeGaps[i] = from.wholeGaps[at];
        counted[i + 1] = counted[i] + (kinds[i] == ATTRIBUTION ? 0 : 1);
    }

    /** The positions of the names, numbers and negations; made when first asked for. */
    private int[] substances;
    /** One bit (of 64) per hash of a name, number or negation. */
    private long substanceHashes;
    /** One bit per length (63 for any longer) of a name in which a typo may be told. */
    private long substanceTypoLengths;

    /**
     * Whether a name, number or negation of this text pairs at no cost with word {@code i} of {@code other}
     * ({@link #similar}): equal to it, or a typo apart and so of a length one apart at most. Two masks rule out
     * most words without looking at the names one by one.
     */
    boolean substanceLike(final AlignedText other, final int i) {
        if (substances == null) {
            findSubstances();
        }
        final int length = other.typoLengths[i];
        final boolean mayEqual = (substanceHashes & 1L << (other.hashes[i] & 63)) != 0;
        final boolean mayBeATypo = length != NO_TYPOS && (substanceTypoLengths & 7L << (Math.min(length, 63) - 1)) != 0;
        if (mayEqual || mayBeATypo) {
            for (final int k : substances) {
                if (similar(k, other, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void findSubstances() {
        int count = 0;
        for (int k = 0; k < size; k++) {
            count += substance(k) ? 1 : 0;
        }
        substances = new int[count];
        count = 0;
        for (int k = 0; k < size; k++) {
            if (substance(k)) {
                substances[count++] = k;
                substanceHashes |= 1L << (hashes[k] & 63);
                if (typoLengths[k] != NO_TYPOS) {
                    substanceTypoLengths |= 1L << Math.min(typoLengths[k], 63);
                }
            }
        }
    }

    /** The words as tokens, in order. */
    List<Token> tokens() {
        final List<Token> tokens = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            tokens.add(new Token(texts[i], KINDS[kinds[i]], quoted[i], digits[i]));
        }
        return tokens;
    }

    /** The words that count: all but those of attribution clauses. */
    int length() {
        return counted[size];
    }

    /** Whether the word at {@code i} is a name, a number or a negation: what two texts must share. */
    boolean substance(final int i) {
        return kinds[i] != WORD && kinds[i] != ATTRIBUTION;
    }

    boolean attribution(final int i) {
        return kinds[i] == ATTRIBUTION;
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
