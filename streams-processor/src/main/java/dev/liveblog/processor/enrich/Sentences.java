package dev.liveblog.processor.enrich;

import dev.liveblog.processor.enrich.names.Lexicon;

/**
 * Where sentences start and end in an entry: at a full stop, question or exclamation mark followed by a space, but
 * for the full stop of an abbreviation ("Sen. Bridget Harwood", "U.S.", "a.m.", an initial).
 */
final class Sentences {

    private Sentences() {
    }

    /** The offset of the first character of the sentence that holds {@code offset}. */
    static int start(final String text, final int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i > 0; i--) {
            if (ends(text, i)) {
                return i + 2;
            }
        }
        return 0;
    }

    /** The offset of the mark that ends the sentence going on at {@code from}, or {@code limit}. */
    static int end(final String text, final int from, final int limit) {
        for (int i = from; i < limit; i++) {
            if (ends(text, i)) {
                return i;
            }
        }
        return limit;
    }

    /**
     * Whether the character at {@code i} ends a sentence: a mark followed by white space, or the first line break
     * of a paragraph break (an update's headline has no full stop but ends where its body begins).
     */
    static boolean ends(final String text, final int i) {
        final char c = text.charAt(i);
        if (c == '\n') {
            return i + 1 < text.length() && text.charAt(i + 1) == '\n';
        }
        if ((c != '.' && c != '!' && c != '?') || i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        int start = i;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        final String word = text.substring(start, i);
        return !(word.indexOf('.') >= 0 || Lexicon.bundled().keepsFullStop(word));
    }
}
