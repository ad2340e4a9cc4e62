package dev.liveblog.processor.reset;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The application's local state directory, {@code <state.dir>/<application.id>}: its stores, the global store of
 * reference entities and the checkpoints of both.
 *
 * <p>Removed here rather than with {@code KafkaStreams.cleanUp()}: that needs a {@code KafkaStreams} instance
 * built from the whole topology (reference data, clients) only to delete a directory, and it keeps the directory
 * itself. The same guard is kept: Kafka Streams holds an OS file lock on {@code <dir>/.lock} while an instance
 * runs, so a directory that is locked belongs to a running processor on this machine and is not touched.
 */
final class LocalState implements AutoCloseable {

    /** The lock file Kafka Streams' {@code StateDirectory} holds while an instance uses the directory. */
    static final String LOCK_FILE = ".lock";

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private LocalState(final Path directory, final FileChannel channel, final FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the directory's lock, as a Streams instance would; refuses when a running instance holds it. A
     * directory that does not exist is left so (nothing is created, for a dry run or a second reset).
     */
    static LocalState lock(final Path directory) {
        if (!Files.isDirectory(directory)) {
            return new LocalState(directory, null, null);
        }
        try {
            final FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                lock = channel.tryLock();
            } catch (final OverlappingFileLockException e) {
                // held by a processor in this very JVM (the local run, a test): just as busy
            }
            if (lock == null) {
                channel.close();
                throw ApplicationReset.refusal("its local state directory " + directory
                        + " is locked by a running processor on this machine");
            }
            return new LocalState(directory, channel, lock);
        } catch (final IOException e) {
            throw new UserException(ExitCodes.FAILURE, "cannot lock the state directory " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    Path directory() {
        return directory;
    }

    boolean exists() {
        return Files.isDirectory(directory);
    }

    /** Deletes the directory and everything in it, the lock file last (it is held until then). */
    void delete() {
        if (!exists()) {
            return;
        }
        final Path lockFile = directory.resolve(LOCK_FILE);
        try (Stream<Path> walk = Files.walk(directory)) {
            for (final Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(lockFile) && !path.equals(directory)) {
                    Files.delete(path);
                }
            }
        } catch (final IOException | UncheckedIOException e) {
            throw new UserException(ExitCodes.FAILURE, "cannot delete the state directory " + directory + ": "
                    + e.getMessage(), e);
        }
        close();
        try {
            Files.deleteIfExists(lockFile);
            Files.deleteIfExists(directory);
        } catch (final IOException e) {
            throw new UserException(ExitCodes.FAILURE, "cannot delete the state directory " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null && channel.isOpen()) {
                channel.close();
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + directory, e);
        }
    }
}
