package dev.liveblog.producer.source;

import dev.liveblog.producer.InvalidLinePolicy;
import java.util.Objects;

/**
 * How to read a source.
 *
 * @param format        the format to read it as; null to detect it from the content and content type
 * @param entrySelector a CSS selector choosing the entry elements of an HTML page without live-blog JSON-LD; when
 *                      given, a detected HTML page is read with it even if it carries JSON-LD; else null
 * @param invalidLines  what plain text does with a line that is not valid UTF-8
 */
public record SourceOptions(SourceFormat format, String entrySelector, InvalidLinePolicy invalidLines) {

    public SourceOptions {
        Objects.requireNonNull(invalidLines, "invalidLines");
        if (entrySelector != null && entrySelector.isBlank()) {
            entrySelector = null;
        }
    }

    /** Detect the format, no selector, invalid text lines fail. */
    public static SourceOptions detect() {
        return new SourceOptions(null, null, InvalidLinePolicy.FAIL);
    }

    public SourceOptions withFormat(final SourceFormat newFormat) {
        return new SourceOptions(newFormat, entrySelector, invalidLines);
    }

    public SourceOptions withEntrySelector(final String selector) {
        return new SourceOptions(format, selector, invalidLines);
    }
}
