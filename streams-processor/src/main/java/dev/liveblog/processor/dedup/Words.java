package dev.liveblog.processor.dedup;

/** When two words count as the same word: equal, or a typo apart in a word long enough to tell. */
final class Words {

    private static final int MIN_LENGTH_FOR_TYPOS = 5;

    private Words() {
    }

    static boolean similar(final String a, final String b) {
        return a.equals(b) || typoLengths(a, b) && !hasDigit(a) && !hasDigit(b) && withinOneEdit(a, b);
    }

    /**
     * Whether two words are long enough to tell a typo, and one at most a letter longer than the other: the cheap
     * half of the typo test, before the digits and the edit.
     */
    static boolean typoLengths(final String a, final String b) {
        return longEnoughForTypos(a) && longEnoughForTypos(b) && Math.abs(a.length() - b.length()) <= 1;
    }

    /** Whether a word is long enough that a typo in it can be told from another word. */
    static boolean longEnoughForTypos(final String word) {
        return word.length() >= MIN_LENGTH_FOR_TYPOS;
    }

    /** Damerau-Levenshtein distance of at most one: one insertion, deletion, substitution or transposition. */
    static boolean withinOneEdit(final String a, final String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.regionMatches(i + 1, b, i + 1, a.length() - i - 1)) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
        }
        final String longer = a.length() > b.length() ? a : b;
        final String shorter = a.length() > b.length() ? b : a;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    static boolean hasDigit(final String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
