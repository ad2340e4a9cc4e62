package dev.liveblog.processor.dedup;

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
     */
    private static int distance(final List<Token> a, final List<Token> b, final ToIntFunction<Token> bGapCost,
                                final boolean freeEnds, final int budget) {
        final Side x = new Side(a, Alignment::gapCost);
        final Side y = new Side(b, bGapCost);
        final int m = y.size;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = freeEnds ? 0 : add(previous[j - 1], y.gap[j - 1]);
        }
        for (int i = 1; i <= x.size; i++) {
            final int gap = x.gap[i - 1];
            current[0] = add(previous[0], gap);
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                current[j] = Math.min(add(previous[j - 1], substitutionCost(x, i - 1, y, j - 1)),
                        Math.min(add(previous[j], gap), add(current[j - 1], y.gap[j - 1])));
                rowMin = Math.min(rowMin, current[j]);
            }
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

    /** A text's tokens as arrays: what a cell of the table reads of a word, with the cost of leaving it out. */
    private static final class Side {

        final int size;
        final String[] texts;
        final int[] hashes;
        final Token.Kind[] kinds;
        final boolean[] digits;
        final int[] gap;

        Side(final List<Token> tokens, final ToIntFunction<Token> gapCost) {
            size = tokens.size();
            texts = new String[size];
            hashes = new int[size];
            kinds = new Token.Kind[size];
            digits = new boolean[size];
            gap = new int[size];
            for (int i = 0; i < size; i++) {
                final Token token = tokens.get(i);
                texts[i] = token.text();
                hashes[i] = token.text().hashCode();
                kinds[i] = token.kind();
                digits[i] = token.digits();
                gap[i] = gapCost.applyAsInt(token);
            }
        }

        /**
         * {@link Words#similar(String, String)}, with unequal hashes telling most unequal words apart at once and
         * the words' digits read once.
         */
        boolean similar(final int i, final Side other, final int j) {
            final String a = texts[i];
            final String b = other.texts[j];
            if (hashes[i] == other.hashes[j] && a.equals(b)) {
                return true;
            }
            return Words.typoLengths(a, b) && !digits[i] && !other.digits[j] && Words.withinOneEdit(a, b);
        }
    }

    /**
     * The most edits a result at {@code threshold} allows. No cell of a later row is cheaper than the cheapest of
     * the row before, so once a whole row exceeds the budget the result is known to fall short.
     */
    private static int budget(final double threshold, final int length) {
        return (int) Math.floor((1.0 - threshold) * length + 1e-9);
    }

    private static int substitutionCost(final Side x, final int i, final Side y, final int j) {
        final Token.Kind a = x.kinds[i];
        final Token.Kind b = y.kinds[j];
        if (a == Token.Kind.ATTRIBUTION || b == Token.Kind.ATTRIBUTION) {
            // Attribution words align with each other freely, and with nothing else: a gap each is cheaper.
            return a == b ? 0 : FORBIDDEN;
        }
        if (x.similar(i, y, j)) {
            return 0;
        }
        if (a == Token.Kind.SUBSTANCE || b == Token.Kind.SUBSTANCE || a == Token.Kind.NAME || b == Token.Kind.NAME) {
            return FORBIDDEN;
        }
        return 1;
    }

    /**
     * A word only one of two whole texts has, or a word of the part that the whole lacks: more than an ordinary
     * word, and one text says something the other does not.
     */
    private static int gapCost(final Token token) {
        return switch (token.kind()) {
            case WORD -> 1;
            case ATTRIBUTION -> 0;
            default -> FORBIDDEN;
        };
    }

    /** A word inside the matched stretch of the whole that the part lacks: more detail, unless it is substance. */
    private static int wholeGapCost(final Token token) {
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
