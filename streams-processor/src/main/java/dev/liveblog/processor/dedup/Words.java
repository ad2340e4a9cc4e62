package dev.liveblog.processor.dedup;

/** When two words count as the same word: equal, or a typo apart in a word long enough to tell. */
final class Words {

    static final int MIN_LENGTH_FOR_TYPOS = 5;

    private Words() {
    }

    /** As {@link #similar(String, String)}, with the words' digits read once. */
    static boolean similar(final Token a, final Token b) {
        final String x = a.text();
        final String y = b.text();
        if (x.equals(y)) {
            return true;
        }
        return x.length() >= MIN_LENGTH_FOR_TYPOS && y.length() >= MIN_LENGTH_FOR_TYPOS
                && Math.abs(x.length() - y.length()) <= 1 && !a.digits() && !b.digits() && withinOneEdit(x, y);
    }

    static boolean similar(final String a, final String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < MIN_LENGTH_FOR_TYPOS || b.length() < MIN_LENGTH_FOR_TYPOS
                || Math.abs(a.length() - b.length()) > 1 || hasDigit(a) || hasDigit(b)) {
            return false;
        }
        return withinOneEdit(a, b);
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
