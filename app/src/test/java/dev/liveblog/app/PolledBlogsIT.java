package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveblog.common.text.EntryIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The black-box check of polling: a local HTTP server serves three successive snapshots of blogs this project
 * never saw (two JSON-LD live blogs and an RSS feed, written with their labels by someone who did not see the
 * pipeline's rules: {@code blackbox-web/}), the packaged {@code liveblog run --url ... --polls 3} polls them, and
 * its canonical stream is held against the labels: every update one item, each edit a new version of it with the
 * edited text, the page's chrome in no item.
 */
class PolledBlogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORPUS = "/blackbox-web/";

    @Test
    void shouldMakeEveryUpdateOneItemAndEveryEditANewVersionOfIt(@TempDir final Path out) throws Exception {
        final JsonNode labels = JSON.readTree(SnapshotServer.resource(CORPUS + "labels.json"));
        try (SnapshotServer server = new SnapshotServer()) {
            // when the packaged command polls each blog three times, a second apart
            final List<String> args = new ArrayList<>(List.of("run", "--polls", "3", "--interval", "1s", "--out",
                    out.toString()));
            for (final JsonNode blog : labels) {
                final List<String> files = new ArrayList<>();
                blog.get("files").forEach(f -> files.add(CORPUS + f.asText()));
                args.addAll(List.of("--url", server.serve("/" + blog.get("blog").asText() + "/live",
                        files.get(0).endsWith(".xml") ? "application/rss+xml; charset=utf-8"
                                : "text/html; charset=utf-8", files)));
            }
            final Cli.Result result = Cli.run(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), result.stderr());

            // then each blog's stream matches its labels
            final List<JsonNode> events = lines(out.resolve(LocalPipeline.CANONICAL_FILE));
            int updates = 0;
            for (final JsonNode blog : labels) {
                updates += checkBlog(blog, events);
            }
            assertEquals(updates, lines(out.resolve(LocalPipeline.SNAPSHOT_FILE)).size(),
                    "one item per update, and no other item");
        }
    }

    /** Checks one blog's items against its labels; returns its number of updates. */
    private static int checkBlog(final JsonNode blog, final List<JsonNode> events) {
        final String name = blog.get("blog").asText();
        final List<JsonNode> own = events.stream()
                .filter(e -> e.get("blogId").asText().contains(name)).toList();
        assertTrue(!own.isEmpty(), name + ": no items");
        final String blogId = own.get(0).get("blogId").asText();
        final Map<String, List<JsonNode>> versions = own.stream()
                .collect(Collectors.groupingBy(e -> e.get("canonicalId").asText()));
        final Map<String, String> itemOfUpdate = new ConcurrentHashMap<>();
        for (final JsonNode update : blog.get("updates")) {
            final String id = update.get("id").asText();
            final String entryId = EntryIds.updateEntryId(blogId, id);
            final List<String> items = versions.entrySet().stream()
                    .filter(v -> v.getValue().stream().anyMatch(e -> members(e).contains(entryId)))
                    .map(Map.Entry::getKey).toList();
            assertEquals(1, items.size(), name + " " + id + ": one item, found " + items);
            itemOfUpdate.put(id, items.get(0));
            final List<JsonNode> itemVersions = versions.get(items.get(0));
            final List<JsonNode> texts = new ArrayList<>();
            update.get("texts").forEach(texts::add);
            assertTrue(itemVersions.size() >= texts.size(), name + " " + id + ": " + texts.size() + " texts, "
                    + itemVersions.size() + " versions");
            final JsonNode latest = itemVersions.stream().max((a, b) -> a.get("version").asInt()
                    - b.get("version").asInt()).orElseThrow();
            final String lastText = normal(texts.get(texts.size() - 1).asText());
            assertTrue(normal(latest.get("text").asText()).endsWith(lastText),
                    name + " " + id + ": latest version holds the last text; was " + latest.get("text"));
            // the item carries the update's permalink and the time the source says it was published
            assertTrue(latest.hasNonNull("url"), name + " " + id + ": no url");
            assertEquals(java.time.OffsetDateTime.parse(update.get("published").asText()).toInstant(),
                    java.time.Instant.parse(latest.get("publishedAt").asText()), name + " " + id + ": publishedAt");
            for (final JsonNode text : texts) {
                assertTrue(itemVersions.stream().anyMatch(v -> normal(v.get("text").asText())
                        .endsWith(normal(text.asText()))), name + " " + id + ": no version with the text " + text);
            }
        }
        assertEquals(itemOfUpdate.size(), Set.copyOf(itemOfUpdate.values()).size(),
                name + ": two updates share an item");
        assertEquals(itemOfUpdate.size(), versions.size(), name + ": items that are no update");
        for (final JsonNode phrase : blog.get("chrome_phrases")) {
            assertTrue(own.stream().noneMatch(e -> e.get("text").asText().contains(phrase.asText())),
                    name + ": chrome in an item: " + phrase);
        }
        final long edited = itemOfUpdate.values().stream().filter(item -> versions.get(item).size() > 1).count();
        System.out.printf(java.util.Locale.ROOT, "%s: %d updates, %d items, %d events, %d items with more than "
                + "one version%n", name, blog.get("updates").size(), versions.size(), own.size(), edited);
        return blog.get("updates").size();
    }

    private static List<String> members(final JsonNode event) {
        final List<String> members = new ArrayList<>();
        event.get("memberEntryIds").forEach(m -> members.add(m.asText()));
        return members;
    }

    private static String normal(final String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<JsonNode> lines(final Path file) throws IOException {
        final List<JsonNode> nodes = new ArrayList<>();
        for (final String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
