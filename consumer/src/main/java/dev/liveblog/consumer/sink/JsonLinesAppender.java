package dev.liveblog.consumer.sink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** Appends records as JSON Lines; a batch goes to the file in one write. */
final class JsonLinesAppender<V extends SpecificRecord> implements FileFormat.Appender<V> {

    private final FileChannel channel;

    JsonLinesAppender(final Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.position(channel.size());
    }

    @Override
    public void append(final List<V> records) throws IOException {
        final ByteArrayOutputStream batch = new ByteArrayOutputStream(records.size() * 512);
        for (final V record : records) {
            batch.writeBytes(JsonRecords.toJson(record).getBytes(StandardCharsets.UTF_8));
            batch.write('\n');
        }
        final ByteBuffer bytes = ByteBuffer.wrap(batch.toByteArray());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public long sync() throws IOException {
        channel.force(false);
        return channel.position();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
