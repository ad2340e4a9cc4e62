package dev.liveblog.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Separates a journalist's own words from the words they quote, in the two conventions of English news: double
 * marks (curly or straight, American style) and single marks (curly or straight, British style, with double marks
 * for a quotation inside a quotation). A quotation still open at the end of the text runs to the end, as
 * journalists write the first paragraphs of a multi-paragraph quote.
 *
 * <p>A single mark is also an apostrophe, so a closing single mark must look like the end of a quotation: after
 * punctuation ("... home,’ she said"), or before punctuation, the end of the text or a word that is not the next
 * word of the same sentence. A plural possessive ("the players’ union") is followed by a lower-case word and stays
 * inside. A straight single mark opens a quotation only when a closing one is found, and single marks around one
 * word ("rock 'n' roll") are not a quotation.
 */
public final class QuotedSpans {

    /**
     * A quotation: the offset of its opening mark, and of its closing mark or the text's length when it runs to the
     * end. The quoted words lie between {@code open + 1} and {@code close}.
     */
    public record Span(int open, int close, boolean closed) {

        public int bodyStart() {
            return open + 1;
        }

        /** Just past the closing mark, or the text's length. */
        public int end() {
            return closed ? close + 1 : close;
        }
    }

    /** Words after a closing mark that start the attribution, not the rest of the quoted sentence. */
    private static final Set<String> AFTER_QUOTE = Set.of("said", "says", "say", "he", "she", "they", "it", "we",
            "i", "you", "according", "added", "adds", "told", "tells", "asked", "wrote", "writes", "and", "the", "a",
            "an", "his", "her", "their", "its", "was", "is", "were", "are", "as", "in", "on", "at", "from", "by",
            "with", "to", "for", "after", "before", "while", "when", "but", "or", "of", "that", "which", "who");

    private static final int NOT_A_QUOTATION = -2;

    private QuotedSpans() {
    }

    /** The quotations of a text, in order; a quotation inside another is part of it. */
    public static List<Span> spans(final String text) {
        final List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            final char c = text.charAt(i);
            int close = NOT_A_QUOTATION;
            if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"') {
                close = closeDouble(text, i + 1, c);
            } else if (c == '\u2018' && opensSingle(text, i)) {
                close = closeSingle(text, i + 1);
            } else if (c == '\'' && opensSingle(text, i)) {
                close = closeSingle(text, i + 1);
                if (close == -1) {
                    close = NOT_A_QUOTATION;
                }
            }
            if (close == NOT_A_QUOTATION) {
                i++;
                continue;
            }
            final boolean closed = close >= 0;
            final Span span = new Span(i, closed ? close : text.length(), closed);
            spans.add(span);
            i = span.end();
        }
        return spans;
    }

    /** The text with every quoted character (marks included) replaced by a space, so offsets are unchanged. */
    public static String outsideQuotes(final String text) {
        final char[] out = text.toCharArray();
        for (final Span span : spans(text)) {
            for (int i = span.open(); i < span.end(); i++) {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    /**
     * Whether the text holds a quotation of at least {@code minWords} words: speech, not a title in quotation marks
     * ("‘The Long Road Home’", every word capitalised).
     */
    public static boolean hasQuotation(final String text, final int minWords) {
        for (final Span span : spans(text)) {
            if (words(text, span.bodyStart(), span.close()) >= minWords
                    && !everyWordCapitalised(text, span.bodyStart(), span.close())) {
                return true;
            }
        }
        return false;
    }

    private static boolean everyWordCapitalised(final String text, final int from, final int to) {
        boolean wordStart = true;
        for (int i = from; i < to; i++) {
            final char c = text.charAt(i);
            if (wordStart && Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
            wordStart = Character.isWhitespace(c);
        }
        return true;
    }

    /** The number of words between two offsets. */
    public static int words(final String text, final int from, final int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            final boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** The offset of the mark that closes a double-mark quotation, or -1 when it runs to the end. */
    private static int closeDouble(final String text, final int from, final char opening) {
        for (int j = from; j < text.length(); j++) {
            final char c = text.charAt(j);
            if (c == '\u201D' || c == '"' || c == '\u00BB' || (opening == '\u201E' && c == '\u201C')) {
                return j;
            }
            if (c == '\u201C' && opening == '\u201C') {
                return -1;
            }
        }
        return -1;
    }

    /** A single mark opens a quotation at the start of a word: after a space, a bracket or a dash, before a letter. */
    private static boolean opensSingle(final String text, final int i) {
        if (i + 1 >= text.length() || !(Character.isLetterOrDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '\u201C'
                || text.charAt(i + 1) == '"' || text.charAt(i + 1) == '.')) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        final char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2013'
                || before == '\u2014' || before == '-' || before == '\u201C' || before == '"' || before == ':'
                || before == '/';
    }

    /**
     * The offset of the single mark that closes a quotation, -1 when it runs to the end, or
     * {@link #NOT_A_QUOTATION}.
     */
    private static int closeSingle(final String text, final int from) {
        for (int j = from; j < text.length(); j++) {
            final char c = text.charAt(j);
            if ((c == '\u2019' || c == '\'') && closesSingle(text, j)) {
                // A single word in single marks ("rock 'n' roll") is more likely an elision than a quotation.
                return text.substring(from, j).indexOf(' ') >= 0 ? j : NOT_A_QUOTATION;
            }
        }
        return -1;
    }

    private static boolean closesSingle(final String text, final int j) {
        final boolean atEnd = j + 1 >= text.length();
        if (!atEnd && Character.isLetterOrDigit(text.charAt(j + 1))) {
            return false; // inside a word: we're, didn't, O'Brien
        }
        final char before = text.charAt(j - 1);
        if (Character.isWhitespace(before)) {
            return false;
        }
        if (atEnd || ",.;:!?)]\u2026\u2013\u2014".indexOf(before) >= 0) {
            return true;
        }
        final char after = text.charAt(j + 1);
        if (after != ' ') {
            return ",.;:!?)]\u2026\u2013\u2014-\u201D\"".indexOf(after) >= 0;
        }
        if (before != 's' && before != 'S') {
            return true;
        }
        // "the players’ union" goes on with the same sentence; "… the Reds’ said the coach" does not.
        final String next = nextWord(text, j + 2);
        return next.isEmpty() || !Character.isLowerCase(next.codePointAt(0))
                || AFTER_QUOTE.contains(next.toLowerCase(Locale.ROOT));
    }

    private static String nextWord(final String text, final int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }
}
