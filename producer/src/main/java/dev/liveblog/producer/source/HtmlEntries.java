package dev.liveblog.producer.source;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an HTML page without JSON-LD by a CSS selector that picks its entry elements. An entry's id is its first
 * attribute of {@link #ID_ATTRIBUTES}; its time the first {@code <time datetime>} in it; its headline a heading
 * that comes before any paragraph in it. The headline, and a time outside the text's paragraphs, are not repeated
 * in the text. Entries nested in another match are part of it, not entries of their own.
 */
final class HtmlEntries {

    /** Where an entry element may carry its id, in the order looked at. */
    static final List<String> ID_ATTRIBUTES = List.of("id", "data-id", "data-post-id", "data-entry-id",
            "data-update-id");

    private static final Logger LOG = LoggerFactory.getLogger(HtmlEntries.class);
    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
    private static final String TEXT_BLOCKS = "p, li, blockquote, " + HEADINGS;

    private HtmlEntries() {
    }

    static Snapshot read(final String source, final Document page, final String selector) {
        final List<Element> entries = outermost(select(source, page, selector));
        if (entries.isEmpty()) {
            throw new SourceException(source, "no element matches the entry selector '" + selector + "'");
        }
        final List<Update> updates = new ArrayList<>();
        final List<OffsetDateTime> published = new ArrayList<>();
        for (final Element entry : entries) {
            final Element copy = entry.clone();
            final Element time = copy.selectFirst("time[datetime]");
            final OffsetDateTime publishedAt = time == null ? null
                    : SourceDates.parse(source, "<time datetime>", time.attr("datetime"));
            if (time != null && time.closest(TEXT_BLOCKS) == null) {
                time.remove();
            }
            final Update update = update(id(entry), copy, publishedAt, updates.size() + 1);
            if (update == null) {
                LOG.debug("{}: skipping entry {} of '{}': no text", source, updates.size() + 1, selector);
            } else {
                updates.add(update);
                published.add(publishedAt);
            }
        }
        return new Snapshot(source, SourceFormat.HTML, updates, SourceDates.date(null, published),
                SourceDates.zone(null, published));
    }

    private static Update update(final String id, final Element entry, final OffsetDateTime publishedAt,
                                 final int position) {
        final Element heading = leadingHeading(entry);
        String headline = null;
        if (heading != null) {
            headline = HtmlText.of(heading).replace("\n\n", " ");
            heading.remove();
        }
        return Update.of(id, null, headline, HtmlText.of(entry), publishedAt == null ? null : publishedAt.toInstant(),
                null, position);
    }

    /** The first text block with text, when it is a heading. */
    private static Element leadingHeading(final Element entry) {
        for (final Element block : entry.select(TEXT_BLOCKS)) {
            if (!HtmlText.of(block).isEmpty()) {
                return block.is(HEADINGS) && block != entry ? block : null;
            }
        }
        return null;
    }

    private static String id(final Element entry) {
        for (final String attribute : ID_ATTRIBUTES) {
            final String value = entry.attr(attribute).strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static Elements select(final String source, final Document page, final String selector) {
        try {
            return page.select(selector);
        } catch (final Selector.SelectorParseException e) {
            throw new SourceException(source, "invalid entry selector '" + selector + "': " + e.getMessage(), e);
        }
    }

    private static List<Element> outermost(final Elements matched) {
        final Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(matched);
        final List<Element> outermost = new ArrayList<>();
        for (final Element element : matched) {
            if (element.parents().stream().noneMatch(all::contains)) {
                outermost.add(element);
            }
        }
        return outermost;
    }
}
