package dev.liveblog.schema.serde;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;

/**
 * One released version of a record type's schema, as kept in a history folder under the file name
 * {@code <Type>-<version>.avsc} (e.g. {@code BlogEntry-2.avsc}).
 *
 * @param type the record's simple name, e.g. {@code BlogEntry}
 * @param version 1 for the first release, then 2, 3, ...
 * @param schema the schema as released
 */
public record SchemaVersion(String type, int version, Schema schema) {

    private static final Pattern FILE_NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)-([1-9][0-9]{0,5})\\.avsc");

    /** The type and version a history file's name stands for, or empty when the name is not of that form. */
    public static Optional<TypeAndVersion> parseFileName(final String fileName) {
        final Matcher m = FILE_NAME.matcher(fileName);
        return m.matches() ? Optional.of(new TypeAndVersion(m.group(1), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** The name of the history file of this version. */
    public String fileName() {
        return type + "-" + version + ".avsc";
    }

    /** The CRC-64-AVRO fingerprint single-object encoding writes in front of every record of this version. */
    public long fingerprint() {
        return Fingerprints.of(schema);
    }

    /** A type and a version, as read from a history file's name. */
    public record TypeAndVersion(String type, int version) {
    }
}
