package dev.liveblog.consumer.sink;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * The durable link between an output file and the topic: how many bytes of the file are committed, and the
 * next offset to read of each partition. It is replaced atomically (write, fsync, rename) after the file's new
 * bytes are on disk, so after a crash the file is cut back to the committed length and reading resumes at the
 * committed offsets: no line is lost, none is written twice, none is torn.
 */
public record Checkpoint(long length, Map<TopicPartition, Long> offsets) {

    private static final String LENGTH = "file.length";
    private static final String OFFSET_PREFIX = "offset.";

    public static Path pathFor(final Path output) {
        return output.resolveSibling(output.getFileName() + ".checkpoint");
    }

    public static Optional<Checkpoint> read(final Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        final Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file, e);
        }
        final Map<TopicPartition, Long> offsets = new TreeMap<>(
                java.util.Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        for (final String key : props.stringPropertyNames()) {
            if (key.startsWith(OFFSET_PREFIX)) {
                final String tp = key.substring(OFFSET_PREFIX.length());
                final int dash = tp.lastIndexOf('-');
                offsets.put(new TopicPartition(tp.substring(0, dash), Integer.parseInt(tp.substring(dash + 1))),
                        Long.parseLong(props.getProperty(key)));
            }
        }
        return Optional.of(new Checkpoint(Long.parseLong(props.getProperty(LENGTH, "0")), offsets));
    }

    /** Writes the checkpoint beside its final place, forces it to disk, then renames it over the old one. */
    public void writeAtomically(final Path file) {
        final Properties props = new Properties();
        props.setProperty(LENGTH, Long.toString(length));
        offsets.forEach((tp, offset) -> props.setProperty(OFFSET_PREFIX + tp.topic() + "-" + tp.partition(),
                Long.toString(offset)));
        final Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                props.store(writer, "liveblog consumer checkpoint: committed file length and next offsets");
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
    }
}
