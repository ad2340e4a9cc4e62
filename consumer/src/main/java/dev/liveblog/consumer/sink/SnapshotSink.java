package dev.liveblog.consumer.sink;

import dev.liveblog.schema.CanonicalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Writes the canonical stream as a snapshot: one record per canonical id, its latest version, in the order the
 * items first appeared. After each batch the whole file is written beside its place and renamed over it, so a
 * reader never sees a half-written snapshot.
 *
 * <p>The canonical topic is compacted: it is the table of items. The sink keeps no offsets and always reads the
 * topic from the beginning when it starts, so after a crash it rebuilds the same table; within an item's life
 * versions only grow, so reading a record twice changes nothing.
 */
public final class SnapshotSink implements RecordSink<CanonicalEntry> {

    private final Path file;
    private final FileFormat format;
    private final Map<String, CanonicalEntry> latest = new LinkedHashMap<>();

    public SnapshotSink(final Path file, final FileFormat format) {
        this.file = file;
        this.format = format;
    }

    @Override
    public Map<TopicPartition, Long> committedOffsets() {
        return Map.of();
    }

    @Override
    public boolean keepsOffsets() {
        return true;
    }

    @Override
    public void write(final List<CanonicalEntry> records, final Map<TopicPartition, Long> nextOffsets) {
        if (records.isEmpty()) {
            return;
        }
        for (final CanonicalEntry record : records) {
            latest.merge(record.getCanonicalId(), record, SnapshotSink::later);
        }
        rewrite();
    }

    /**
     * The later of two records of an item: the higher version, or a new life of the item. The processor forgets an
     * item after its retention; if its text comes back, the item is made again under the same id from version 1,
     * first seen after the old one's last update.
     */
    private static CanonicalEntry later(final CanonicalEntry known, final CanonicalEntry incoming) {
        final boolean newLife = incoming.getFirstSeenAt().isAfter(known.getLastUpdatedAt());
        return newLife || incoming.getVersion() >= known.getVersion() ? incoming : known;
    }

    /** The snapshot as it stands: the latest version of every item. */
    public List<CanonicalEntry> items() {
        return List.copyOf(latest.values());
    }

    private void rewrite() {
        final Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            try (FileFormat.Appender<CanonicalEntry> appender =
                         format.open(temp, CanonicalEntry.getClassSchema(), false)) {
                appender.append(List.copyOf(latest.values()));
                appender.sync();
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write snapshot " + file, e);
        }
    }

    @Override
    public void close() {
        // Every batch is already complete on disk.
    }
}
