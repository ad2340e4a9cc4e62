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
        final String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        final StringBuilder out = new StringBuilder(nfkc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfkc.length(); i++) {
            final char c = nfkc.charAt(i);
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
        return out.toString().toLowerCase(Locale.ROOT);
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
