package dev.liveblog.processor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A labelled live blog: its polls (files, newest entry first), what the text does not say about it (blog id, date,
 * zone) and its gold file. Entries are named {@code file:line}; a single-file gold (the bundled sample's) names
 * them by line number alone.
 */
record Corpus(String name, List<Path> polls, String blogId, LocalDate blogDate, ZoneId blogZone, JsonNode gold,
              Set<String> furniture, List<Group> duplicateGroups, List<List<String>> mustStayDistinct) {

    static final Path SAMPLE = Path.of("..", "sample", "liveblog-istanbul-2025-05-16.txt");
    static final Path CORPORA = Path.of("src", "test", "resources", "corpus");
    static final Path CYCLONE = CORPORA.resolve("cyclone-ora");

    /** Entries that are one item, and the entry whose text the item should carry. */
    record Group(List<String> entries, String keepTextOf) {
    }

    static Corpus sample() throws IOException {
        return read("sample", List.of(SAMPLE), SAMPLE.resolveSibling("liveblog-istanbul-2025-05-16.properties"),
                SAMPLE.resolveSibling("liveblog-istanbul-2025-05-16.gold.json"));
    }

    static Corpus cycloneOra() throws IOException {
        return directory(CYCLONE);
    }

    /** A corpus directory: {@code NAME.properties}, {@code NAME.gold.json} and the polls the gold lists. */
    static Corpus directory(final Path dir) throws IOException {
        final String name = dir.getFileName().toString();
        final JsonNode gold = new ObjectMapper().readTree(dir.resolve(name + ".gold.json").toFile());
        final List<Path> polls = new ArrayList<>();
        gold.get("blog").get("polls").forEach(p -> polls.add(dir.resolve(p.asText())));
        return read(name, polls, dir.resolve(name + ".properties"), dir.resolve(name + ".gold.json"));
    }

    /** The bundled sample and every corpus directory, by name. */
    static Map<String, Corpus> all() throws IOException {
        final Map<String, Corpus> all = new LinkedHashMap<>();
        all.put("sample", sample());
        try (Stream<Path> dirs = Files.list(CORPORA)) {
            for (final Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                all.put(dir.getFileName().toString(), directory(dir));
            }
        }
        return all;
    }

    private static Corpus read(final String name, final List<Path> polls, final Path properties, final Path goldFile)
            throws IOException {
        final Properties blog = new Properties();
        try (Reader in = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            blog.load(in);
        }
        final String single = polls.get(0).getFileName().toString();
        final JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
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
        return new Corpus(name, polls, blog.getProperty("liveblog.blog.id", name),
                LocalDate.parse(blog.getProperty("liveblog.blog.date")),
                ZoneId.of(blog.getProperty("liveblog.blog.zone")), root, furniture, groups, distinct);
    }

    /** An entry's name from a gold reference: {@code "file:line"}, or a bare line number of a single-file gold. */
    String ref(final JsonNode node) {
        return ref(polls.get(0).getFileName().toString(), node);
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
