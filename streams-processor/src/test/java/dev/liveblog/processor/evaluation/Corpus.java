package dev.liveblog.processor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A labelled live blog: its polls (files, newest entry first) and its gold file. Entries are named
 * {@code file:line}; a single-file gold (the bundled sample's) names them by line number alone.
 */
record Corpus(String name, List<Path> polls, Set<String> furniture, List<Group> duplicateGroups,
              List<List<String>> mustStayDistinct) {

    static final Path SAMPLE = Path.of("..", "sample", "liveblog-istanbul-2025-05-16.txt");
    static final Path CYCLONE = Path.of("src", "test", "resources", "corpus", "cyclone-ora");

    /** Entries that are one item, and the entry whose text the item should carry. */
    record Group(List<String> entries, String keepTextOf) {
    }

    static Corpus sample() throws IOException {
        return read("sample", List.of(SAMPLE), SAMPLE.resolveSibling("liveblog-istanbul-2025-05-16.gold.json"));
    }

    static Corpus cycloneOra() throws IOException {
        return read("cyclone-ora", List.of(CYCLONE.resolve("poll-1.txt"), CYCLONE.resolve("poll-2.txt"),
                CYCLONE.resolve("poll-3.txt")), CYCLONE.resolve("cyclone-ora.gold.json"));
    }

    private static Corpus read(final String name, final List<Path> polls, final Path gold) throws IOException {
        final String single = polls.get(0).getFileName().toString();
        final JsonNode root = new ObjectMapper().readTree(gold.toFile());
        final Set<String> furniture = new TreeSet<>();
        root.get("chrome_lines").forEach(n -> furniture.add(ref(single, n)));
        final List<Group> groups = new ArrayList<>();
        for (final JsonNode group : root.get("entry_duplicate_groups")) {
            if (!group.path("chrome").asBoolean(false)) {
                final List<String> entries = new ArrayList<>();
                group.get("lines").forEach(n -> entries.add(ref(single, n)));
                groups.add(new Group(entries, ref(single, group.get("keep_text_of"))));
            }
        }
        final List<List<String>> distinct = new ArrayList<>();
        for (final JsonNode pair : root.get("must_stay_distinct")) {
            distinct.add(List.of(ref(single, pair.get("lines").get(0)), ref(single, pair.get("lines").get(1))));
        }
        return new Corpus(name, polls, furniture, groups, distinct);
    }

    private static String ref(final String file, final JsonNode node) {
        return node.isInt() ? file + ":" + node.asInt() : node.asText();
    }

    /** Every entry of every poll, by name, in page order. */
    Map<String, String> entries() throws IOException {
        final Map<String, String> entries = new LinkedHashMap<>();
        for (final Path poll : polls) {
            final List<String> lines = Files.readAllLines(poll, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    entries.put(poll.getFileName() + ":" + (i + 1), lines.get(i).strip());
                }
            }
        }
        return entries;
    }
}
