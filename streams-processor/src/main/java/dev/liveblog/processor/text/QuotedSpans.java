package dev.liveblog.processor.text;

/**
 * Separates a journalist's own words from the words they quote. Double quotation marks, curly or straight,
 * open and close a quotation; a quotation still open at the end of the text runs to the end, as journalists
 * write the first paragraphs of a multi-paragraph quote. Single quotation marks are left alone, because the
 * same characters are apostrophes.
 */
public final class QuotedSpans {

    private QuotedSpans() {
    }

    /** The text with every quoted character (marks included) replaced by a space, so offsets are unchanged. */
    public static String outsideQuotes(final String text) {
        final StringBuilder out = new StringBuilder(text.length());
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '\u201C' || c == '\u201E') {
                inside = true;
                out.append(' ');
            } else if (c == '\u201D') {
                inside = false;
                out.append(' ');
            } else if (c == '"') {
                inside = !inside;
                out.append(' ');
            } else {
                out.append(inside ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Whether the text holds a quotation of at least {@code minWords} words. */
    public static boolean hasQuotation(final String text, final int minWords) {
        final String outside = outsideQuotes(text);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            final boolean quotedLetter = outside.charAt(i) == ' ' && Character.isLetterOrDigit(text.charAt(i));
            if (quotedLetter && !inWord) {
                words++;
            }
            inWord = quotedLetter;
        }
        return words >= minWords;
    }
}
