package dev.liveblog.processor.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The boxes of headlines pages put among the entries ("Most read", "Most viewed", "Related"): a header, then
 * headlines that link to other articles. A headline under such a header is furniture; the same words elsewhere
 * (the blog's own headline, a post's title) are news. What a line is depends on the line above it.
 */
public final class PageLists {

    /** What a line of a page is, for the line below it. */
    public enum Line {
        /** The header of a box of links: "Most read". */
        HEADER,
        /** A headline in such a box. */
        ITEM,
        /** Other furniture. */
        FURNITURE,
        /** News. */
        NEWS;

        /** Whether a headline right below this line is in a box of links. */
        public boolean opensList() {
            return this == HEADER || this == ITEM;
        }
    }

    /** The most words a headline of a box of links has. */
    static final int HEADLINE_WORDS = 20;
    /** Tried with lookingAt(): it begins with ^, so find() would give the same match after failing further on. */
    private static final Pattern HEADER = Pattern.compile(
            "^(?:most (?:read|viewed|popular|shared|commented|watched|recent)|trending(?: now| stories)?|"
                    + "recommended(?: for you| stories)?|related(?: stories| articles| coverage| topics)?|"
                    + "more (?:on this(?: story)?|stories|from [\\p{L} ]{1,30}|news)|top stories|latest(?: news| stories)?|"
                    + "you may also like|what to read next|editor'?s picks|popular now|in other news|also read|"
                    + "read more)\\W*$");

    private PageLists() {
    }

    /** Whether a line is the header of a box of links ("Most viewed", "Related stories"). */
    public static boolean header(final String text) {
        return text.length() <= 40 && HEADER.matcher(text.strip().toLowerCase(Locale.ROOT)).lookingAt();
    }

    /**
     * Whether a line has the shape of a linked headline: a few words without a sentence's final stop (a question
     * mark is a headline's), no time stamp, no quotation of speech. Only such a line can be an item of a box.
     */
    public static boolean headline(final String text) {
        final String line = text.strip();
        if (line.isEmpty() || Character.isDigit(line.charAt(0)) && line.indexOf(':') > 0 && line.indexOf(':') < 4) {
            return false;
        }
        final char last = line.charAt(line.length() - 1);
        return last != '.' && last != '!' && last != '\u201D' && last != '"' && last != '\u2019'
                && InterfaceLabels.wordCount(line) <= HEADLINE_WORDS && !QuotedSpans.hasQuotation(line, 3);
    }
}
