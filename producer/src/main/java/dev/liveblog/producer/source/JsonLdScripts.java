package dev.liveblog.producer.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the schema.org {@code LiveBlogPosting} among a page's JSON-LD scripts, wherever it sits: the script's root,
 * an array, a {@code @graph}, or nested in another node (a WebPage's {@code mainEntity}). Only the scripts are read,
 * never the page around them. Pages often carry several scripts (breadcrumbs, the publisher) and sometimes a broken
 * one: a script that does not parse only matters when it is the one that would hold the live blog.
 */
final class JsonLdScripts {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLdScripts.class);
    private static final String LIVE_BLOG = "LiveBlogPosting";
    /** Lenient where pages are sloppy: raw line breaks in strings, trailing commas. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private JsonLdScripts() {
    }

    /**
     * The page's live blog node, the one with the most updates when there are several; empty when the page has
     * none. A script that does not parse but names {@code LiveBlogPosting} is an error when no other holds one.
     */
    static Optional<JsonNode> liveBlog(final String source, final Document page) {
        final List<JsonNode> found = new ArrayList<>();
        SourceException broken = null;
        int index = 0;
        for (final Element script : page.select("script[type~=(?i)^\\s*application/ld\\+json]")) {
            index++;
            final String json = script.data();
            try {
                collect(JSON.readTree(json), found);
            } catch (final JsonProcessingException e) {
                final SourceException error = invalid(source, index, e);
                if (json.contains(LIVE_BLOG) && broken == null) {
                    broken = error;
                } else {
                    LOG.warn("Ignoring a JSON-LD script: {}", error.getMessage());
                }
            }
        }
        if (found.isEmpty() && broken != null) {
            throw broken;
        }
        if (found.size() > 1) {
            LOG.info("{}: {} LiveBlogPosting nodes in JSON-LD, reading the one with the most updates", source,
                    found.size());
        }
        JsonNode best = null;
        for (final JsonNode node : found) {
            if (best == null || updateCount(node) > updateCount(best)) {
                best = node;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a node's {@code @type}, a string or an array, names the type, bare or as a schema.org IRI. */
    static boolean hasType(final JsonNode node, final String type) {
        final JsonNode types = node.path("@type");
        if (types.isArray()) {
            for (final JsonNode each : types) {
                if (isType(each.asText(), type)) {
                    return true;
                }
            }
            return false;
        }
        return isType(types.asText(), type);
    }

    private static boolean isType(final String value, final String type) {
        final int cut = Math.max(value.lastIndexOf('/'), Math.max(value.lastIndexOf(':'), value.lastIndexOf('#')));
        return value.substring(cut + 1).equals(type);
    }

    private static void collect(final JsonNode node, final List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isObject() && hasType(node, LIVE_BLOG)) {
            found.add(node);
        } else if (node.isContainerNode()) {
            for (final JsonNode child : node) {
                collect(child, found);
            }
        }
    }

    private static int updateCount(final JsonNode blog) {
        final JsonNode updates = blog.path("liveBlogUpdate");
        return updates.isArray() ? updates.size() : updates.isObject() ? 1 : 0;
    }

    private static SourceException invalid(final String source, final int index, final JsonProcessingException e) {
        final JsonLocation at = e.getLocation();
        final String where = at == null ? "" : String.format(Locale.ROOT, " at line %d, column %d of the script",
                at.getLineNr(), at.getColumnNr());
        return new SourceException(source, String.format(Locale.ROOT, "invalid JSON in JSON-LD script %d%s: %s",
                index, where, e.getOriginalMessage()), e);
    }
}
