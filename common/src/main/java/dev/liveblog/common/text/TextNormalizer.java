package dev.liveblog.common.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises an entry's text so that two renderings of the same words compare equal: Unicode NFKC, one kind of
 * quotation mark, apostrophe and dash, single spaces, no surrounding blanks, lower case.
 *
 * <p>Used for entry ids (so re-reading a source is idempotent) and for exact duplicate detection (so a re-poll
 * that only changed typography is recognised).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(final String text) {
        return isPlain(text) ? normalizePlain(text) : normalizeFull(text);
    }

    /**
     * Whether NFKC leaves the text as it is, up to what {@link #fold} does anyway: ASCII and the quotation marks and
     * dashes of General Punctuation (U+2010 to U+201F but U+2017, which NFKC decomposes; it also maps U+2011 to
     * U+2010, and both fold to '-'). Most entries are such text, and NFKC is the costliest step of normalising them.
     */
    static boolean isPlain(final String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c >= 0x80 && (c < '\u2010' || c > '\u201F' || c == '\u2017')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same result as {@link #normalizeFull} for plain text, in one pass over an array: of ASCII only spaces and
     * capitals change (lower-casing ASCII one char at a time equals String.toLowerCase(Locale.ROOT) for it) and the
     * backtick folds, and none of the marks beyond ASCII that plain text may hold is a space.
     */
    static String normalizePlain(final String text) {
        final char[] out = new char[text.length()];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c < ASCII_SPACE.length && ASCII_SPACE[c]) {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) {
                out[length++] = ' ';
                pendingSpace = false;
            }
            out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 0x80 && c != '`' ? c : fold(c);
        }
        return new String(out, 0, length);
    }

    /** ASCII chars {@link #collapseAndFold} takes for spaces. */
    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (char c = 0; c < ASCII_SPACE.length; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    static String normalizeFull(final String text) {
        return collapseAndFold(Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    }

    /** Single spaces between words, none around them, marks folded. */
    private static String collapseAndFold(final String text) {
        final StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    private static char fold(final char c) {
        switch (c) {
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
            case '\u2033': case '\u301D': case '\u301E':
                return '"';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2039': case '\u203A':
            case '\u2032': case '`': case '\u00B4':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
                return '-';
            default:
                return c;
        }
    }
}
