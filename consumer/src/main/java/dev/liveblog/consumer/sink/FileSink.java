package dev.liveblog.consumer.sink;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * An exactly-once file sink: records and the offsets after them become durable together through a
 * {@link Checkpoint}. On open, bytes written after the last checkpoint (a batch cut short by a crash) are cut
 * away and reading resumes at the checkpoint's offsets, so the file never holds a torn, missing or doubled line.
 */
public final class FileSink<V extends SpecificRecord> implements RecordSink<V> {

    private final Path file;
    private final Path checkpointFile;
    private final FileFormat.Appender<V> appender;
    private Checkpoint checkpoint;

    private FileSink(final Path file, final Path checkpointFile, final FileFormat.Appender<V> appender,
                     final Checkpoint checkpoint) {
        this.file = file;
        this.checkpointFile = checkpointFile;
        this.appender = appender;
        this.checkpoint = checkpoint;
    }

    /**
     * Opens the file, resuming from its checkpoint when there is one. A non-empty file without a checkpoint was
     * not written by this sink and is refused rather than appended to or overwritten.
     */
    public static <V extends SpecificRecord> FileSink<V> open(final Path file, final FileFormat format,
                                                              final Schema schema) {
        final Path checkpointFile = Checkpoint.pathFor(file);
        try {
            final Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            final Optional<Checkpoint> saved = Checkpoint.read(checkpointFile);
            if (saved.isEmpty() && Files.exists(file) && Files.size(file) > 0) {
                throw new UserException(ExitCodes.BAD_CONFIG, file + " exists but has no " + checkpointFile.getFileName()
                        + ", so it was not written by this consumer; remove it or choose another output");
            }
            final Checkpoint start = saved.orElseGet(() -> new Checkpoint(0, Map.of()));
            truncate(file, start.length());
            final FileFormat.Appender<V> appender = format.open(file, schema, saved.isPresent());
            final FileSink<V> sink = new FileSink<>(file, checkpointFile, appender, start);
            if (saved.isEmpty()) {
                sink.commit(Map.of());
            }
            return sink;
        } catch (final IOException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "cannot open output " + file + ": " + e.getMessage(), e);
        }
    }

    private static void truncate(final Path file, final long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (channel.size() < length) {
                throw new UserException(ExitCodes.BAD_CONFIG, file + " is shorter (" + channel.size()
                        + " bytes) than its checkpoint says (" + length + "); it was changed by someone else");
            }
            channel.truncate(length);
            channel.force(true);
        }
    }

    @Override
    public Map<TopicPartition, Long> committedOffsets() {
        return checkpoint.offsets();
    }

    @Override
    public boolean keepsOffsets() {
        return true;
    }

    @Override
    public void write(final List<V> records, final Map<TopicPartition, Long> nextOffsets) {
        try {
            appender.append(records);
            commit(nextOffsets);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write to " + file, e);
        }
    }

    private void commit(final Map<TopicPartition, Long> nextOffsets) throws IOException {
        final long length = appender.sync();
        final Map<TopicPartition, Long> offsets = new java.util.HashMap<>(checkpoint.offsets());
        offsets.putAll(nextOffsets);
        final Checkpoint next = new Checkpoint(length, Map.copyOf(offsets));
        next.writeAtomically(checkpointFile);
        checkpoint = next;
    }

    @Override
    public void close() {
        try {
            appender.close();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
