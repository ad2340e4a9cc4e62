package dev.liveblog.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hand annotation of a sample live blog, as far as the tests read it.
 *
 * @param furnitureLines lines that are page furniture
 * @param duplicateGroups groups of news lines that are one item, with the line whose text the item keeps
 * @param mustStayDistinct pairs of lines that must be different items
 */
record GoldFile(Set<Integer> furnitureLines, List<Group> duplicateGroups, List<List<Integer>> mustStayDistinct) {

    static final Path SAMPLE_DIR = Path.of("..", "sample");
    static final Path SAMPLE_TEXT = SAMPLE_DIR.resolve("liveblog-istanbul-2025-05-16.txt");
    static final Path SAMPLE_GOLD = SAMPLE_DIR.resolve("liveblog-istanbul-2025-05-16.gold.json");

    /** Lines that are one item; {@code keepTextOf} is the line whose text the item carries, or 0. */
    record Group(List<Integer> lines, String kind, int keepTextOf) {
    }

    static GoldFile read(final Path file) throws IOException {
        final JsonNode root = new ObjectMapper().readTree(file.toFile());
        final Set<Integer> furniture = new TreeSet<>();
        root.get("chrome_lines").forEach(n -> furniture.add(n.asInt()));
        final List<Group> groups = new ArrayList<>();
        for (final JsonNode group : root.get("entry_duplicate_groups")) {
            if (group.path("chrome").asBoolean(false)) {
                continue;
            }
            groups.add(new Group(ints(group.get("lines")), group.get("kind").asText(),
                    group.path("keep_text_of").asInt(0)));
        }
        final List<List<Integer>> distinct = new ArrayList<>();
        root.get("must_stay_distinct").forEach(pair -> distinct.add(ints(pair.get("lines"))));
        return new GoldFile(furniture, groups, distinct);
    }

    private static List<Integer> ints(final JsonNode array) {
        final List<Integer> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asInt()));
        return values;
    }
}
