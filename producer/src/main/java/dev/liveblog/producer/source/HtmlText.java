package dev.liveblog.producer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns markup (a DOM element, or an HTML string from JSON-LD or a feed) into an update's text: paragraphs joined by
 * a blank line, entities decoded, single spaces, no tags. Block elements make paragraphs; a single {@code <br>} is a
 * space (it mostly wraps lines inside a paragraph), two or more in a row end the paragraph (they stand in for
 * paragraphs in many feeds). Controls, embeds, navigation, hidden elements and figure captions are not text.
 */
final class HtmlText {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "button",
            "form", "nav", "iframe", "object", "embed", "select", "input", "textarea", "figcaption", "head", "title",
            "meta", "link", "audio", "video", "canvas", "dialog");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "main", "aside", "figure",
            "table", "tr", "pre", "address", "hr", "details", "summary", "body", "center");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!]");
    /** Tags left in the text after one pass mean the markup was escaped twice, as some JSON-LD is. */
    private static final Pattern LEFTOVER_TAG = Pattern.compile(
            "</?(?:p|br|div|span|a|em|strong|b|i|u|ul|ol|li|h[1-6]|blockquote|img|figure|section|article)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?>\\R)\\h*(?>\\R)\\s*");

    private HtmlText() {
    }

    /**
     * The text of an HTML fragment, or of plain text with entities, where blank lines separate paragraphs and a
     * single line break is a space, as with {@code <br>}; "" for null or nothing.
     */
    static String fromHtml(final String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        final String text = TAG.matcher(html).find() ? of(Jsoup.parseBodyFragment(html).body()) : fromPlain(html);
        return LEFTOVER_TAG.matcher(text).find() ? of(Jsoup.parseBodyFragment(text).body()) : text;
    }

    /** Like {@link #fromHtml} but on one line, for headlines and titles; null when there is no text. */
    static String inline(final String html) {
        final String text = fromHtml(html).replace("\n\n", " ");
        return text.isEmpty() ? null : text;
    }

    /** The text of an element and its descendants. */
    static String of(final Element element) {
        final Collector collector = new Collector();
        NodeTraversor.filter(collector, element);
        collector.flush();
        return String.join("\n\n", collector.paragraphs);
    }

    private static String fromPlain(final String text) {
        final List<String> paragraphs = new ArrayList<>();
        for (final String paragraph : PARAGRAPH_BREAK.split(Parser.unescapeEntities(text, false))) {
            addParagraph(paragraphs, paragraph);
        }
        return String.join("\n\n", paragraphs);
    }

    private static void addParagraph(final List<String> paragraphs, final String paragraph) {
        final String clean = BLANKS.matcher(paragraph).replaceAll(" ").strip();
        if (!clean.isEmpty()) {
            paragraphs.add(clean);
        }
    }

    /** Collects paragraphs in document order; a {@code <br>} is kept as '\n' until its paragraph is flushed. */
    private static final class Collector implements NodeFilter {

        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public FilterResult head(final Node node, final int depth) {
            if (node instanceof TextNode text) {
                current.append(BLANKS.matcher(text.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element element) {
                final String name = element.normalName();
                if (DROPPED.contains(name) || element.hasAttr("hidden")
                        || "true".equals(element.attr("aria-hidden"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("br")) {
                    current.append('\n');
                } else {
                    separate(name);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(final Node node, final int depth) {
            if (node instanceof Element element) {
                separate(element.normalName());
            }
            return FilterResult.CONTINUE;
        }

        private void separate(final String name) {
            if (BLOCKS.contains(name)) {
                flush();
            } else if (CELLS.contains(name)) {
                current.append(' ');
            }
        }

        void flush() {
            for (final String paragraph : PARAGRAPH_BREAK.split(current)) {
                addParagraph(paragraphs, paragraph);
            }
            current.setLength(0);
        }
    }
}
