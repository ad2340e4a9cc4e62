package dev.liveblog.processor.dedup;

import java.util.List;

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
        return similarity(new AlignedText(a), new AlignedText(b), threshold);
    }

    /** {@link #similarity(List, List, double)} of texts read into arrays. */
    static double similarity(final AlignedText a, final AlignedText b, final double threshold) {
        final int length = Math.max(a.length(), b.length());
        if (a.length() == 0 || b.length() == 0) {
            return 0;
        }
        // words both texts start or end with leave the distance as it is (see trims): only the middles are aligned
        int start = 0;
        while (start < a.size && start < b.size && trims(a, start, b, start)) {
            start++;
        }
        int end = 0;
        while (start + end < a.size && start + end < b.size
                && trims(a, a.size - 1 - end, b, b.size - 1 - end)) {
            end++;
        }
        final int cost = distance(a, start, a.size - end, b, start, b.size - end, b.gaps, false,
                budget(threshold, length));
        return Math.max(0, 1.0 - (double) cost / length);
    }

    /**
     * Whether a pair of words both whole texts start with (or end with) may be paired outright, the distance of the
     * rest being that of the whole. It may when they pair at no cost, unless one is an ordinary word (one to leave
     * out) and its text has a name or number elsewhere that the other's word pairs with at no cost: a name or
     * number can only be paired, never left out, so leaving the ordinary word out and pairing the other's word with
     * the name may then cost less ("plan Plan" and "plan" are one edit apart, not a name left out).
     */
    private static boolean trims(final AlignedText x, final int i, final AlignedText y, final int j) {
        return substitutionCost(x, i, y, j) == 0 && (x.gaps[i] != 1 || !x.substanceLike(y, j))
                && (y.gaps[j] != 1 || !y.substanceLike(x, i));
    }

    /**
     * How wholly {@code part} lies inside {@code whole}, as one stretch of it: 1 minus the substance-aware edit
     * distance between {@code part} and the best-matching stretch of {@code whole}, over {@code part}'s length.
     * Words of {@code whole} before and after the stretch are free. 0 as soon as it is clear the containment
     * stays below {@code threshold}.
     */
    public static double containment(final List<Token> part, final List<Token> whole, final double threshold) {
        return containment(new AlignedText(part), new AlignedText(whole), threshold);
    }

    /** {@link #containment(List, List, double)} of texts read into arrays. */
    static double containment(final AlignedText part, final AlignedText whole, final double threshold) {
        final int length = part.length();
        if (length == 0 || whole.size == 0) {
            return 0;
        }
        // a part that stands word for word in the whole (cut short, or with a sentence added) costs nothing
        final int cost = standsIn(part, whole) ? 0 : distance(part, 0, part.size, whole, 0, whole.size,
                whole.wholeGaps, true, budget(threshold, length));
        return Math.max(0, 1.0 - (double) cost / length);
    }

    /** Whether the part's words stand in a row of the whole's, each paired at no cost. */
    private static boolean standsIn(final AlignedText part, final AlignedText whole) {
        for (int start = 0; start + part.size <= whole.size; start++) {
            if (same(part, 0, whole, start, part.size)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code count} words of {@code x} from {@code i} pair at no cost with those of {@code y} from {@code j}
     * ({@link #substitutionCost} 0); false when either side has fewer.
     */
    private static boolean same(final AlignedText x, final int i, final AlignedText y, final int j, final int count) {
        if (i + count > x.size || j + count > y.size) {
            return false;
        }
        for (int k = 0; k < count; k++) {
            if (substitutionCost(x, i + k, y, j + k) != 0) {
                return false;
            }
        }
        return true;
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
     * The edit distance of the words of {@code x} from {@code xFrom} to {@code xTo} to those of {@code y} from
     * {@code yFrom} to {@code yTo} (to their best stretch when {@code freeEnds}), or
     * {@link #FORBIDDEN} once every cell of a row exceeds {@code budget}: no cell of a later row is cheaper than the
     * cheapest of the row before, so the result could only be worse. Each text is read into arrays
     * ({@link AlignedText}), so that a cell of the table, of which there are thousands per comparison, compares ints.
     *
     * <p>Only a band of the table is computed. Each word that counts and is left unpaired costs at least one, so a
     * path through a cell costs at least the words counted before it on one side that outnumber those before it on
     * the other, plus the same after it; between whole texts, either side's. A cell whose bound exceeds the budget
     * lies on no path within it, so an alignment within the budget comes out exact, and one beyond it still
     * beyond it.
     */
    private static int distance(final AlignedText x, final int xFrom, final int xTo, final AlignedText y,
                                final int yFrom, final int yTo, final int[] yGaps, final boolean freeEnds,
                                final int budget) {
        final int m = yTo - yFrom;
        final int xBase = x.counted[xFrom];
        final int yBase = y.counted[yFrom];
        final int xCounted = x.counted[xTo] - xBase;
        final int yCounted = y.counted[yTo] - yBase;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = freeEnds ? 0 : add(previous[j - 1], yGaps[yFrom + j - 1]);
        }
        // The band's first and last column; as the row's words counted grow, both only move right. A column whose
        // bound exceeds the budget lies left of the band when it has fewer words counted than the row by more than
        // the texts' difference in length; else right of it, and a row may have no column in the band at all.
        // Cells outside the band are never written: a row's cells the next row reads outside the band of the row
        // (the column before the band, those past its last) are set to FORBIDDEN, which they stand for.
        final int valley = Math.max(0, xCounted - yCounted);
        int first = 1;
        int last = 0;
        int previousFirst = 1;
        int previousLast = m;
        for (int i = 1; i <= xTo - xFrom; i++) {
            final int gap = x.gaps[xFrom + i - 1];
            current[0] = add(previous[0], gap);
            int rowMin = current[0];
            final int before = x.counted[xFrom + i] - xBase;
            while (first <= m && before - (y.counted[yFrom + first] - yBase) > valley
                    && bound(before, xCounted, y.counted[yFrom + first] - yBase, yCounted, freeEnds)
                    > budget) {
                first++;
            }
            last = Math.max(last, first - 1);
            while (last < m && bound(before, xCounted, y.counted[yFrom + last + 1] - yBase, yCounted, freeEnds)
                    <= budget) {
                last++;
            }
            if (first <= last) {
                if (first > 1) {
                    current[first - 1] = FORBIDDEN;
                }
                // the band only moves right: of the previous row's cells read, only the one before the band may lie
                // left of that row's band
                final int from = Math.max(1, first - 1);
                if (from < previousFirst) {
                    previous[from] = FORBIDDEN;
                }
                for (int j = Math.max(from, previousLast + 1); j <= last; j++) {
                    previous[j] = FORBIDDEN;
                }
            }
            for (int j = first; j <= last; j++) {
                current[j] = Math.min(add(previous[j - 1], substitutionCost(x, xFrom + i - 1, y, yFrom + j - 1)),
                        Math.min(add(previous[j], gap), add(current[j - 1], yGaps[yFrom + j - 1])));
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > budget) {
                return FORBIDDEN;
            }
            previousFirst = first;
            previousLast = last;
            final int[] swap = previous;
            previous = current;
            current = swap;
        }
        int best = previous[0];
        if (!freeEnds) {
            return m == 0 ? best : previousFirst <= m && m <= previousLast ? previous[m] : FORBIDDEN;
        }
        for (int j = previousFirst; j <= previousLast; j++) {
            best = Math.min(best, previous[j]);
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
     * The most edits a result at {@code threshold} allows. No cell of a later row is cheaper than the cheapest of
     * the row before, so once a whole row exceeds the budget the result is known to fall short.
     */
    static int budget(final double threshold, final int length) {
        return (int) Math.floor((1.0 - threshold) * length + 1e-9);
    }

    private static int substitutionCost(final AlignedText x, final int i, final AlignedText y, final int j) {
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
    static int gapCost(final Token.Kind kind) {
        return switch (kind) {
            case WORD -> 1;
            case ATTRIBUTION -> 0;
            default -> FORBIDDEN;
        };
    }

    /** A word inside the matched stretch of the whole that the part lacks: more detail, unless it is substance. */
    static int wholeGapCost(final Token.Kind kind) {
        return switch (kind) {
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
