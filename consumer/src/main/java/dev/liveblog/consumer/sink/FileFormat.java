package dev.liveblog.consumer.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/** How records are laid out in an output file. */
public enum FileFormat {
    /** One JSON object per line (JSON Lines), field names those of the Avro schema. */
    JSONL,
    /** An Avro object container file holding the writer schema, readable by any Avro library. */
    AVRO;

    <V extends SpecificRecord> Appender<V> open(final Path file, final Schema schema, final boolean resume)
            throws IOException {
        return this == JSONL ? new JsonLinesAppender<>(file) : new AvroContainerAppender<>(file, schema, resume);
    }

    /** Appends records to a file and forces them to disk. */
    interface Appender<V extends SpecificRecord> extends AutoCloseable {

        void append(List<V> records) throws IOException;

        /** Forces everything appended to disk and returns the file's length, a valid cut point. */
        long sync() throws IOException;

        @Override
        void close() throws IOException;
    }
}
