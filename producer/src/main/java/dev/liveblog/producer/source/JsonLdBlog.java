package dev.liveblog.producer.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@code LiveBlogPosting} node: each {@code liveBlogUpdate}, in the order given, becomes an update. An
 * update's id is its {@code @id}, else its {@code url}, kept as written (a bare {@code #fragment} included). An
 * update with a headline and no body gets the headline as its text, as a feed item with only a title does.
 */
final class JsonLdBlog {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLdBlog.class);

    private JsonLdBlog() {
    }

    static Snapshot read(final String source, final JsonNode blog) {
        final List<Update> updates = new ArrayList<>();
        final List<OffsetDateTime> published = new ArrayList<>();
        int index = 0;
        for (final JsonNode node : asList(blog.path("liveBlogUpdate"))) {
            index++;
            final OffsetDateTime publishedAt = node.isObject()
                    ? SourceDates.parse(source, "datePublished", text(node, "datePublished")) : null;
            final Update update = update(source, node, index, updates.size() + 1, publishedAt);
            if (update != null) {
                updates.add(update);
                published.add(publishedAt);
            }
        }
        final OffsetDateTime coverage = SourceDates.parse(source, "coverageStartTime",
                text(blog, "coverageStartTime"));
        return new Snapshot(source, SourceFormat.JSON_LD, updates, SourceDates.date(coverage, published),
                SourceDates.zone(coverage, published));
    }

    private static Update update(final String source, final JsonNode node, final int index, final int position,
                                 final OffsetDateTime publishedAt) {
        if (!node.isObject()) {
            LOG.warn("{}: skipping liveBlogUpdate {}: not an object", source, index);
            return null;
        }
        final String id = firstNonBlank(text(node, "@id"), text(node, "url"));
        final Update update = Update.of(id, text(node, "url"), HtmlText.inline(text(node, "headline")),
                HtmlText.fromHtml(text(node, "articleBody")), instant(publishedAt),
                instant(SourceDates.parse(source, "dateModified", text(node, "dateModified"))), position);
        if (update == null) {
            LOG.warn("{}: skipping liveBlogUpdate {} ({}): neither articleBody nor headline", source, index,
                    id == null ? "no id" : id);
        }
        return update;
    }

    private static List<JsonNode> asList(final JsonNode value) {
        final List<JsonNode> nodes = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(nodes::add);
        } else if (!value.isMissingNode() && !value.isNull()) {
            nodes.add(value);
        }
        return nodes;
    }

    /**
     * A field's text: a string or number, a value object's {@code @value}, a reference's {@code @id}, or an
     * array's texts as paragraphs; null when absent or blank.
     */
    static String text(final JsonNode node, final String field) {
        final String text = text(node.get(field));
        return text == null || text.isBlank() ? null : text;
    }

    private static String text(final JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isObject()) {
            return text(value.has("@value") ? value.get("@value") : value.get("@id"));
        }
        final List<String> parts = new ArrayList<>();
        for (final JsonNode each : value) {
            final String part = text(each);
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private static String firstNonBlank(final String first, final String second) {
        return first != null ? first : second;
    }

    private static Instant instant(final OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
