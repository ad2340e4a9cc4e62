package dev.liveblog.processor.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Word-level edit distance that knows substance. A small edit (an ordinary word added, dropped or changed, a
 * typo) costs one; changing, adding or dropping a number or a negation, or swapping one name for another, costs
 * so much that no similarity survives it. The words of attribution clauses cost nothing and do not count in a
 * text's length: who said it is not what was said. Two texts that differ in substance can therefore never align well,
 * however many words they share.
 */
public final class Alignment {

    /** Large enough that a single such edit sinks any similarity below zero. */
    private static final int FORBIDDEN = 1_000_000;
    /** Kinds as a cell reads them. */
    private static final byte WORD = (byte) Token.Kind.WORD.ordinal();
    private static final byte ATTRIBUTION = (byte) Token.Kind.ATTRIBUTION.ordinal();

    private Alignment() {
    }

    /**
     * Similarity of two whole texts: 1 minus the substance-aware edit distance over the longer length; 0 as soon
     * as it is clear the similarity stays below {@code threshold}.
     */
    public static double similarity(final List<Token> a, final List<Token> b, final double threshold) {
        final int length = Math.max(length(a), length(b));
        if (length(a) == 0 || length(b) == 0) {
            return 0;
        }
        final int cost = distance(a, b, Alignment::gapCost, false, budget(threshold, length));
        return Math.max(0, 1.0 - (double) cost / length);
    }

    /**
     * How wholly {@code part} lies inside {@code whole}, as one stretch of it: 1 minus the substance-aware edit
     * distance between {@code part} and the best-matching stretch of {@code whole}, over {@code part}'s length.
     * Words of {@code whole} before and after the stretch are free. 0 as soon as it is clear the containment
     * stays below {@code threshold}.
     */
    public static double containment(final List<Token> part, final List<Token> whole, final double threshold) {
        final int length = length(part);
        if (length == 0 || whole.isEmpty()) {
            return 0;
        }
        final int cost = distance(part, whole, Alignment::wholeGapCost, true, budget(threshold, length));
        return Math.max(0, 1.0 - (double) cost / length);
    }

    /** The words that count in a text's length: all but those of attribution clauses. */
    public static int length(final List<Token> tokens) {
        int length = 0;
        for (final Token token : tokens) {
            if (token.kind() != Token.Kind.ATTRIBUTION) {
                length++;
            }
        }
        return length;
    }

    /**
     * The edit distance of {@code a} to {@code b} (to the best stretch of {@code b} when {@code freeEnds}), or
     * {@link #FORBIDDEN} once every cell of a row exceeds {@code budget}: no cell of a later row is cheaper than the
     * cheapest of the row before, so the result could only be worse. Each text is first read into arrays
     * ({@link Side}), so that a cell of the table, of which there are thousands per comparison, compares ints.
     *
     * <p>Only a band of the table is computed. Each word that counts and is left unpaired costs at least one, so a
     * path through a cell costs at least the words counted before it on one side that outnumber those before it on
     * the other, plus the same after it; between whole texts, either side's. A cell whose bound exceeds the budget
     * lies on no path within it, so an alignment within the budget comes out exact, and one beyond it still
     * beyond it.
     */
    private static int distance(final List<Token> a, final List<Token> b, final ToIntFunction<Token> bGapCost,
                                final boolean freeEnds, final int budget) {
        final Side x = new Side(a, Alignment::gapCost);
        final Side y = new Side(b, bGapCost);
        final int m = y.size;
        final int xCounted = x.counted[x.size];
        final int yCounted = y.counted[m];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = freeEnds ? 0 : add(previous[j - 1], y.gap[j - 1]);
        }
        // The band's first and last column; as the row's words counted grow, both only move right. A column whose
        // bound exceeds the budget lies left of the band when it has fewer words counted than the row by more than
        // the texts' difference in length; else right of it, and a row may have no column in the band at all.
        final int valley = Math.max(0, xCounted - yCounted);
        int first = 1;
        int last = 0;
        for (int i = 1; i <= x.size; i++) {
            final int gap = x.gap[i - 1];
            current[0] = add(previous[0], gap);
            int rowMin = current[0];
            final int before = x.counted[i];
            while (first <= m && before - y.counted[first] > valley
                    && bound(before, xCounted, y.counted[first], yCounted, freeEnds) > budget) {
                first++;
            }
            last = Math.max(last, first - 1);
            while (last < m && bound(before, xCounted, y.counted[last + 1], yCounted, freeEnds) <= budget) {
                last++;
            }
            Arrays.fill(current, 1, Math.min(first, m + 1), FORBIDDEN);
            for (int j = first; j <= last; j++) {
                current[j] = Math.min(add(previous[j - 1], substitutionCost(x, i - 1, y, j - 1)),
                        Math.min(add(previous[j], gap), add(current[j - 1], y.gap[j - 1])));
                rowMin = Math.min(rowMin, current[j]);
            }
            Arrays.fill(current, last + 1, m + 1, FORBIDDEN);
            if (rowMin > budget) {
                return FORBIDDEN;
            }
            final int[] swap = previous;
            previous = current;
            current = swap;
        }
        if (!freeEnds) {
            return previous[m];
        }
        int best = FORBIDDEN;
        for (final int cost : previous) {
            best = Math.min(best, cost);
        }
        return best;
    }

    /**
     * The least cost of a path through a cell with {@code before} of {@code xCounted} words counted on one side and
     * {@code yBefore} of {@code yCounted} on the other ({@link #distance}).
     */
    private static int bound(final int before, final int xCounted, final int yBefore, final int yCounted,
                             final boolean freeEnds) {
        final int ahead = before - yBefore;
        final int behind = (xCounted - before) - (yCounted - yBefore);
        return freeEnds ? Math.max(0, ahead) + Math.max(0, behind) : Math.abs(ahead) + Math.abs(behind);
    }

    /**
     * A text's tokens as arrays: what a cell of the table reads of a word, with the cost of leaving it out. A cell
     * compares a word's hash, and only for two words that may be a typo apart (long enough, no digit, lengths at
     * most one apart, letter sets at most two letters apart) the words themselves: most cells then read no string.
     */
    private static final class Side {

        /** No typo is told in this word (too short, or it has a digit). */
        private static final int NO_TYPOS = -1;

        final int size;
        final String[] texts;
        final int[] hashes;
        final byte[] kinds;
        /** The word's length where a typo may be told in it, else {@link #NO_TYPOS}. */
        final int[] typoLength;
        /** The letters a to z the word holds, one bit each. */
        final int[] letters;
        final int[] gap;
        /** Per position, the words that count ({@link #length}) before it. */
        final int[] counted;

        Side(final List<Token> tokens, final ToIntFunction<Token> gapCost) {
            size = tokens.size();
            texts = new String[size];
            hashes = new int[size];
            kinds = new byte[size];
            typoLength = new int[size];
            letters = new int[size];
            gap = new int[size];
            counted = new int[size + 1];
            for (int i = 0; i < size; i++) {
                final Token token = tokens.get(i);
                final String text = token.text();
                texts[i] = text;
                hashes[i] = text.hashCode();
                kinds[i] = (byte) token.kind().ordinal();
                typoLength[i] = token.digits() || !Words.longEnoughForTypos(text) ? NO_TYPOS : text.length();
                letters[i] = letters(text);
                gap[i] = gapCost.applyAsInt(token);
                counted[i + 1] = counted[i] + (token.kind() == Token.Kind.ATTRIBUTION ? 0 : 1);
            }
        }

        /**
         * {@link Words#similar(String, String)}. One edit changes at most two letters of the set a word holds (a
         * letter replaced by another), so words whose sets differ by more are no typo apart.
         */
        boolean similar(final int i, final Side other, final int j) {
            if (hashes[i] == other.hashes[j] && texts[i].equals(other.texts[j])) {
                return true;
            }
            final int a = typoLength[i];
            final int b = other.typoLength[j];
            return a != NO_TYPOS && b != NO_TYPOS && Math.abs(a - b) <= 1
                    && Integer.bitCount(letters[i] ^ other.letters[j]) <= 2
                    && Words.withinOneEdit(texts[i], other.texts[j]);
        }

        private static int letters(final String text) {
            int set = 0;
            for (int k = 0; k < text.length(); k++) {
                final char c = text.charAt(k);
                if (c >= 'a' && c <= 'z') {
                    set |= 1 << (c - 'a');
                }
            }
            return set;
        }
    }

    /**
     * The most edits a result at {@code threshold} allows. No cell of a later row is cheaper than the cheapest of
     * the row before, so once a whole row exceeds the budget the result is known to fall short.
     */
    static int budget(final double threshold, final int length) {
        return (int) Math.floor((1.0 - threshold) * length + 1e-9);
    }

    private static int substitutionCost(final Side x, final int i, final Side y, final int j) {
        final byte a = x.kinds[i];
        final byte b = y.kinds[j];
        if (a == ATTRIBUTION || b == ATTRIBUTION) {
            // Attribution words align with each other freely, and with nothing else: a gap each is cheaper.
            return a == b ? 0 : FORBIDDEN;
        }
        if (x.similar(i, y, j)) {
            return 0;
        }
        // a name or substance changed, or swapped for an ordinary word
        return a == WORD && b == WORD ? 1 : FORBIDDEN;
    }

    /**
     * A word only one of two whole texts has, or a word of the part that the whole lacks: more than an ordinary
     * word, and one text says something the other does not.
     */
    static int gapCost(final Token token) {
        return switch (token.kind()) {
            case WORD -> 1;
            case ATTRIBUTION -> 0;
            default -> FORBIDDEN;
        };
    }

    /** A word inside the matched stretch of the whole that the part lacks: more detail, unless it is substance. */
    static int wholeGapCost(final Token token) {
        return switch (token.kind()) {
            case SUBSTANCE -> FORBIDDEN;
            case ATTRIBUTION -> 0;
            default -> 1;
        };
    }

    /** Both are at most {@link #FORBIDDEN}, so their sum fits an int. */
    private static int add(final int a, final int b) {
        return Math.min(FORBIDDEN, a + b);
    }
}
