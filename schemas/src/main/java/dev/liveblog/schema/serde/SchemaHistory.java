package dev.liveblog.schema.serde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * The earlier writer schemas of the pipeline's records ({@code avro/history/} in the schemas jar). Single-object
 * encoding names a record's writer schema by its fingerprint; a decoder that knows the earlier schemas resolves a
 * record written before a field was added into the current class, the new field at its default.
 */
final class SchemaHistory {

    private static final String INDEX = "/avro/history/index.txt";
    private static final SchemaStore.Cache STORE = load();

    private SchemaHistory() {
    }

    static SchemaStore store() {
        return STORE;
    }

    private static SchemaStore.Cache load() {
        final SchemaStore.Cache store = new SchemaStore.Cache();
        try (InputStream index = SchemaHistory.class.getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new IllegalStateException(INDEX + " is missing from the classpath");
            }
            final BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    try (InputStream schema = SchemaHistory.class.getResourceAsStream("/avro/history/" + line.strip())) {
                        if (schema == null) {
                            throw new IllegalStateException("avro/history/" + line.strip() + " is missing");
                        }
                        store.addSchema(new Schema.Parser().parse(schema));
                    }
                }
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read the schema history", e);
        }
        return store;
    }
}
