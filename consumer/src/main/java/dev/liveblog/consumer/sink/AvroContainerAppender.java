package dev.liveblog.consumer.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.liveblog.schema.serde.AvroTrust;
import org.apache.avro.Schema;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/** Appends records to an Avro object container file; each sync ends a block, so its length is a clean cut. */
final class AvroContainerAppender<V extends SpecificRecord> implements FileFormat.Appender<V> {

    private final Path file;
    private final DataFileWriter<V> writer;

    AvroContainerAppender(final Path file, final Schema schema, final boolean resume) throws IOException {
        this.file = file;
        AvroTrust.trustGeneratedClasses();
        this.writer = new DataFileWriter<>(new SpecificDatumWriter<V>(schema));
        if (resume && Files.size(file) > 0) {
            writer.appendTo(file.toFile());
        } else {
            writer.setCodec(CodecFactory.deflateCodec(6));
            writer.create(schema, file.toFile());
        }
    }

    @Override
    public void append(final List<V> records) throws IOException {
        for (final V record : records) {
            writer.append(record);
        }
    }

    @Override
    public long sync() throws IOException {
        writer.fSync();
        return Files.size(file);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
