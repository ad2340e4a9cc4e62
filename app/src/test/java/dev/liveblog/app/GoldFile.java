package dev.liveblog.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The hand annotation of a sample live blog, as far as the tests read it. */
record GoldFile(Set<Integer> furnitureLines, List<List<Integer>> exactRepeatGroups) {

    static final Path SAMPLE_DIR = Path.of("..", "sample");
    static final Path SAMPLE_TEXT = SAMPLE_DIR.resolve("liveblog-istanbul-2025-05-16.txt");
    static final Path SAMPLE_GOLD = SAMPLE_DIR.resolve("liveblog-istanbul-2025-05-16.gold.json");

    static GoldFile read(final Path file) throws IOException {
        final JsonNode root = new ObjectMapper().readTree(file.toFile());
        final Set<Integer> furniture = new TreeSet<>();
        root.get("chrome_lines").forEach(n -> furniture.add(n.asInt()));
        final List<List<Integer>> exact = new ArrayList<>();
        for (final JsonNode group : root.get("entry_duplicate_groups")) {
            if ("exact".equals(group.get("kind").asText())) {
                final List<Integer> lines = new ArrayList<>();
                group.get("lines").forEach(n -> lines.add(n.asInt()));
                exact.add(lines);
            }
        }
        return new GoldFile(furniture, exact);
    }
}
