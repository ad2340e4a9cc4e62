package dev.liveblog.schema.serde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Every released schema of a set of record types, read from a history folder on the classpath: an
 * {@code index.txt} listing the files {@code <Type>-<n>.avsc} (a jar's resources cannot be listed). Single-object
 * encoding names a record's writer schema by its fingerprint; a decoder that knows every released schema reads a
 * record written by any release into today's class, fields added since at their defaults.
 *
 * <p>The public contract's history ships in the schemas jar under {@code avro/history/}; the processor keeps the
 * history of its internal state records in its own jar, by the same mechanism.
 */
public final class SchemaHistory {

    /** Where the schemas jar keeps the history of the public contract. */
    public static final String CONTRACT_FOLDER = "/avro/history/";
    public static final String INDEX = "index.txt";

    private static final SchemaHistory CONTRACT = load(SchemaHistory.class, CONTRACT_FOLDER);

    private final List<SchemaVersion> versions;
    private final SchemaStore.Cache store = new SchemaStore.Cache();

    private SchemaHistory(final List<SchemaVersion> versions) {
        this.versions = List.copyOf(versions);
        versions.forEach(v -> store.addSchema(v.schema()));
    }

    /** The history of the public contract: every released BlogEntry, CanonicalEntry, FilteredEntry, QuoteEvent. */
    public static SchemaHistory contract() {
        return CONTRACT;
    }

    /**
     * Reads the history folder {@code folder} (an absolute resource path ending in {@code /}) next to
     * {@code anchor}'s classes.
     *
     * @throws IllegalStateException when the index or a file it lists is missing or misnamed
     */
    public static SchemaHistory load(final Class<?> anchor, final String folder) {
        final List<SchemaVersion> versions = new ArrayList<>();
        for (final String file : index(anchor, folder)) {
            final SchemaVersion.TypeAndVersion name = SchemaVersion.parseFileName(file).orElseThrow(
                    () -> new IllegalStateException(folder + INDEX + " lists '" + file
                            + "', which is not named <Type>-<version>.avsc"));
            try (InputStream in = anchor.getResourceAsStream(folder + file)) {
                if (in == null) {
                    throw new IllegalStateException(folder + file + " is listed in " + INDEX + " but missing");
                }
                versions.add(new SchemaVersion(name.type(), name.version(), new Schema.Parser().parse(in)));
            } catch (final IOException e) {
                throw new UncheckedIOException("cannot read " + folder + file, e);
            }
        }
        return new SchemaHistory(versions);
    }

    private static List<String> index(final Class<?> anchor, final String folder) {
        try (InputStream in = anchor.getResourceAsStream(folder + INDEX)) {
            if (in == null) {
                throw new IllegalStateException(folder + INDEX + " is missing from the classpath");
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + folder + INDEX, e);
        }
    }

    /** Every version, in index order. */
    public List<SchemaVersion> versions() {
        return versions;
    }

    /** The versions of one type, oldest first. */
    public List<SchemaVersion> versionsOf(final String type) {
        return versions.stream().filter(v -> v.type().equals(type))
                .sorted(java.util.Comparator.comparingInt(SchemaVersion::version)).toList();
    }

    /** Finds a released schema by fingerprint; never touches anything but memory. */
    public SchemaStore store() {
        return store;
    }
}
