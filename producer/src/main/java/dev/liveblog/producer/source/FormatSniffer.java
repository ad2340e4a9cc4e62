package dev.liveblog.producer.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Tells feeds, markup and plain text apart by the content's root element, the content type only breaking ties:
 * servers label feeds {@code text/xml} or {@code text/plain} often enough that the content is the better witness.
 * Whether markup is a JSON-LD page or needs a selector is decided later, on the parsed document.
 */
final class FormatSniffer {

    /** What a source looks like before it is parsed. */
    enum Kind { FEED, MARKUP, TEXT }

    private static final int PREFIX_BYTES = 8192;
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf:rdf", "rdf");
    private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body", "meta", "link", "title", "script",
            "style", "main", "div", "article", "section", "header", "nav", "p", "ul", "ol", "table", "span", "a",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "time", "figure", "aside", "footer");

    private FormatSniffer() {
    }

    /** The kind of the content; XML that is neither a feed nor HTML is an error, as reading it as text would be. */
    static Kind sniff(final String source, final String contentType, final byte[] body) {
        final String mediaType = ContentTypes.mediaType(contentType);
        if (ContentTypes.isFeed(mediaType)) {
            return Kind.FEED;
        }
        final String root = rootElement(body);
        if (root == null) {
            if (ContentTypes.isHtml(mediaType)) {
                return Kind.MARKUP;
            }
            if (!mediaType.isEmpty() && !mediaType.equals("text/plain")
                    && !mediaType.equals("application/octet-stream")) {
                // a JSON answer or an error message served as something else is no live blog's text
                throw new SourceException(source, "content of type " + mediaType + " is neither a live-blog page, "
                        + "a feed nor plain text");
            }
            return Kind.TEXT;
        }
        if (isFeedRoot(root)) {
            return Kind.FEED;
        }
        if (ContentTypes.isHtml(mediaType) || HTML_ROOTS.contains(root)) {
            return Kind.MARKUP;
        }
        throw new SourceException(source, "XML with root element <" + root + ">, neither an RSS or Atom feed nor HTML");
    }

    static boolean isFeedRoot(final String root) {
        return FEED_ROOTS.contains(root);
    }

    /** The name of the content's first element, lower case; null when it does not start like markup. */
    static String rootElement(final byte[] body) {
        return rootElement(prefix(body));
    }

    /**
     * The name of the first element, lower case, after any BOM, blanks, XML declaration, processing instructions,
     * comments and document type; "html" for an HTML doctype; null when the content does not start like markup.
     */
    static String rootElement(final String prefix) {
        int at = 0;
        while (true) {
            at = skipBlanks(prefix, at);
            if (prefix.startsWith("<?", at)) {
                at = after(prefix, "?>", at);
            } else if (prefix.startsWith("<!--", at)) {
                at = after(prefix, "-->", at);
            } else if (prefix.regionMatches(true, at, "<!doctype", 0, 9)) {
                final String name = name(prefix, skipBlanks(prefix, at + 9));
                if (name.equals("html")) {
                    return name;
                }
                at = skipDoctype(prefix, at);
            } else if (prefix.startsWith("<", at)) {
                final String name = name(prefix, at + 1);
                return name.isEmpty() ? null : name;
            } else {
                return null;
            }
            if (at < 0) {
                return null;
            }
        }
    }

    private static String prefix(final byte[] body) {
        final byte[] head = Arrays.copyOf(body, Math.min(body.length, PREFIX_BYTES));
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, StandardCharsets.UTF_16BE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, StandardCharsets.UTF_16LE);
        }
        // Markup starts in ASCII in every other charset a page could use; Latin-1 never fails on a byte.
        final int bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1);
    }

    private static int skipBlanks(final String text, final int from) {
        int at = from;
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\uFEFF')) {
            at++;
        }
        return at;
    }

    private static int after(final String text, final String end, final int from) {
        final int found = text.indexOf(end, from);
        return found < 0 ? -1 : found + end.length();
    }

    /** Skips a document type, including an internal subset in brackets whose declarations hold '>' too. */
    private static int skipDoctype(final String text, final int from) {
        final int close = text.indexOf('>', from);
        final int bracket = text.indexOf('[', from);
        if (bracket >= 0 && (close < 0 || bracket < close)) {
            return after(text, "]", bracket) < 0 ? -1 : after(text, ">", after(text, "]", bracket));
        }
        return close < 0 ? -1 : close + 1;
    }

    private static String name(final String text, final int from) {
        int end = from;
        while (end < text.length()
                && (Character.isLetterOrDigit(text.charAt(end)) || ":-_.".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        if (end == from || !Character.isLetter(text.charAt(from))) {
            return "";
        }
        return text.substring(from, end).toLowerCase(Locale.ROOT);
    }
}
