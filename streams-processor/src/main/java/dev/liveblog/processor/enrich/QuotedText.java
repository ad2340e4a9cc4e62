package dev.liveblog.processor.enrich;

import dev.liveblog.processor.text.QuotedSpans;

/** The journalist's own words of a text, quotations blanked out (offsets unchanged). */
final class QuotedText {

    private QuotedText() {
    }

    static String outside(final String text) {
        return QuotedSpans.outsideQuotes(text);
    }
}
