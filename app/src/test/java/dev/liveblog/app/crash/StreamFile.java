package dev.liveblog.app.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a consumer wrote: every line parsed (a torn line fails), every (item, version) counted, and each item's
 * latest version.
 */
record StreamFile(int lines, List<String> duplicates, List<String> gaps, Map<String, String> latest) {

    static StreamFile read(final Path file) throws IOException {
        final ObjectMapper json = new ObjectMapper();
        final Map<String, List<Integer>> versions = new HashMap<>();
        final Map<String, String> latest = new TreeMap<>();
        final Map<String, Integer> latestVersion = new HashMap<>();
        final List<String> duplicates = new ArrayList<>();
        int count = 0;
        for (final String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            count++;
            final JsonNode item;
            try {
                item = json.readTree(line);
            } catch (final IOException e) {
                throw new AssertionError(file + ":" + count + " is not a whole JSON line: " + line, e);
            }
            final String id = item.get("canonicalId").asText();
            final int version = item.get("version").asInt();
            if (versions.computeIfAbsent(id, k -> new ArrayList<>()).contains(version)) {
                duplicates.add(id + " v" + version);
            }
            versions.get(id).add(version);
            if (version >= latestVersion.getOrDefault(id, 0)) {
                latestVersion.put(id, version);
                final List<String> members = new ArrayList<>();
                item.get("memberEntryIds").forEach(m -> members.add(m.asText()));
                latest.put(id, version + "|" + item.get("text").asText() + "|" + members);
            }
        }
        final List<String> gaps = new ArrayList<>();
        versions.forEach((id, seen) -> {
            for (int v = 1; v <= seen.stream().mapToInt(Integer::intValue).max().orElse(0); v++) {
                if (!seen.contains(v)) {
                    gaps.add(id + " v" + v);
                }
            }
        });
        return new StreamFile(count, duplicates, gaps, latest);
    }
}
