package dev.liveblog.schema.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaParseException;

/**
 * The build-time rules of schema evolution, run by a plain unit test of each module that keeps a history: every
 * schema in the current folder ({@code src/main/avro}) is the newest version in the history folder, the history
 * lists every file it holds, each type's consecutive versions are compatible both ways in Avro's schema
 * resolution, and the newest version and every older one read each other. Backward (the newer reader reads the
 * older writer) lets a new release read the topics, changelogs and dead letters written before it; forward (the
 * older reader reads the newer writer) lets a release that is not upgraded yet read what an upgraded writer sends,
 * so either side of a pipeline can be upgraded first.
 */
public final class SchemaHistoryCheck {

    private SchemaHistoryCheck() {
    }

    /**
     * Checks a history folder against the current schemas, and fails naming every problem found.
     *
     * @throws IllegalStateException listing the problems, each with what to do about it
     */
    public static void verify(final Path currentDir, final Path historyDir) {
        final List<String> problems = problems(currentDir, historyDir);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("schema history " + historyDir + " breaks the evolution rules (see"
                    + " 'Schema evolution' in the README):\n  - " + String.join("\n  - ", problems));
        }
    }

    /** The problems of a history folder against the current schemas; empty when it follows every rule. */
    public static List<String> problems(final Path currentDir, final Path historyDir) {
        final List<String> problems = new ArrayList<>();
        final Map<String, TreeMap<Integer, SchemaVersion>> history = readHistory(historyDir, problems);
        for (final TreeMap<Integer, SchemaVersion> versions : history.values()) {
            SchemaVersion older = null;
            for (final SchemaVersion newer : versions.values()) {
                if (older != null) {
                    if (newer.version() != older.version() + 1) {
                        problems.add(newer.type() + ": version " + newer.version() + " follows version "
                                + older.version() + "; versions are numbered 1, 2, 3, ... without gaps");
                    }
                    compare(older, newer).ifPresent(problems::add);
                }
                older = newer;
            }
            readsEveryOlderVersion(versions).ifPresent(problems::add);
        }
        for (final Path file : avscFiles(currentDir)) {
            final String type = baseName(file);
            final Optional<Schema> current = parse(file, problems);
            final TreeMap<Integer, SchemaVersion> versions = history.get(type);
            if (current.isEmpty()) {
                continue;
            }
            if (versions == null || versions.isEmpty()) {
                problems.add(type + ": " + file + " has no history; copy it to " + historyDir.resolve(type + "-1.avsc")
                        + " and add '" + type + "-1.avsc' to " + historyDir.resolve(SchemaHistory.INDEX));
                continue;
            }
            final SchemaVersion newest = versions.lastEntry().getValue();
            if (!current.get().toString().equals(newest.schema().toString())) {
                final String next = type + "-" + (newest.version() + 1) + ".avsc";
                problems.add(type + ": " + file + " differs from its newest released version " + newest.fileName()
                        + "; a released schema never changes: copy " + file.getFileName() + " to "
                        + historyDir.resolve(next) + " and add '" + next + "' to "
                        + historyDir.resolve(SchemaHistory.INDEX) + " (new fields optional, with a default)");
            }
        }
        return problems;
    }

    /**
     * Checks one step of a type's history with Avro's {@link SchemaCompatibility} in both directions.
     *
     * @return the problem, naming the type, both versions and Avro's description of each incompatibility
     */
    public static Optional<String> compare(final SchemaVersion older, final SchemaVersion newer) {
        final List<String> failures = new ArrayList<>();
        check("backward: version " + newer.version() + " cannot read records written with version "
                + older.version(), newer.schema(), older.schema(), failures);
        check("forward: version " + older.version() + " cannot read records written with version "
                + newer.version(), older.schema(), newer.schema(), failures);
        if (failures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(older.type() + ": versions " + older.version() + " and " + newer.version()
                + " are incompatible (" + older.fileName() + " -> " + newer.fileName() + "): "
                + String.join("; ", failures)
                + ". Only add fields that are optional with a default, and keep the others as they are.");
    }

    /**
     * The newest version must read every older one, and every older one the newest, not only its neighbours:
     * compacted topics and changelogs keep records of any release, and a reader of any release may still run. (A
     * step checked alone can pass while two steps together do not, e.g. a field given a default and then removed:
     * the first release's reader, which has no default, cannot read the third's records.)
     */
    private static Optional<String> readsEveryOlderVersion(final TreeMap<Integer, SchemaVersion> versions) {
        if (versions.size() < 3) {
            return Optional.empty();
        }
        final SchemaVersion newest = versions.lastEntry().getValue();
        final List<String> failures = new ArrayList<>();
        for (final SchemaVersion older : versions.headMap(newest.version() - 1).values()) {
            check("version " + newest.version() + " cannot read records written with version " + older.version(),
                    newest.schema(), older.schema(), failures);
            check("version " + older.version() + " cannot read records written with version " + newest.version(),
                    older.schema(), newest.schema(), failures);
        }
        return failures.isEmpty() ? Optional.empty() : Optional.of(newest.type() + ": the newest version "
                + newest.version() + " and every released version must read each other's records: "
                + String.join("; ", failures));
    }

    private static void check(final String direction, final Schema reader, final Schema writer,
                              final List<String> failures) {
        final SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
            final List<String> reasons = result.getResult().getIncompatibilities().stream()
                    .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage()).toList();
            failures.add(direction + " (" + String.join(", ", reasons) + ")");
        }
    }

    private static Map<String, TreeMap<Integer, SchemaVersion>> readHistory(final Path dir,
                                                                            final List<String> problems) {
        final Map<String, TreeMap<Integer, SchemaVersion>> history = new TreeMap<>();
        final Path indexFile = dir.resolve(SchemaHistory.INDEX);
        final List<String> index = readIndex(indexFile, problems);
        for (final Path file : avscFiles(dir)) {
            final String name = file.getFileName().toString();
            final Optional<SchemaVersion.TypeAndVersion> id = SchemaVersion.parseFileName(name);
            if (id.isEmpty()) {
                problems.add(file + " is not named <Type>-<version>.avsc");
                continue;
            }
            if (!index.contains(name)) {
                problems.add(name + " is missing from " + indexFile + ", so the serdes do not know it; add its line");
            }
            parse(file, problems).ifPresent(schema -> {
                if (!schema.getName().equals(id.get().type())) {
                    problems.add(name + " holds the record " + schema.getName() + ", not " + id.get().type());
                }
                history.computeIfAbsent(id.get().type(), t -> new TreeMap<>())
                        .put(id.get().version(), new SchemaVersion(id.get().type(), id.get().version(), schema));
            });
        }
        index.stream().filter(name -> !Files.isRegularFile(dir.resolve(name)))
                .forEach(name -> problems.add(indexFile + " lists " + name + ", which is not in " + dir));
        return history;
    }

    private static List<String> readIndex(final Path indexFile, final List<String> problems) {
        if (!Files.isRegularFile(indexFile)) {
            problems.add(indexFile + " is missing; it lists the history files the serdes load");
            return List.of();
        }
        try {
            return Files.readAllLines(indexFile, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + indexFile, e);
        }
    }

    private static Optional<Schema> parse(final Path file, final List<String> problems) {
        try {
            return Optional.of(new Schema.Parser().parse(file.toFile()));
        } catch (final IOException | SchemaParseException e) {
            problems.add(file + " is not a valid Avro schema: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static List<Path> avscFiles(final Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir.toAbsolutePath() + " is not a directory");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".avsc")).sorted().toList();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String baseName(final Path file) {
        final String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".avsc".length());
    }
}
