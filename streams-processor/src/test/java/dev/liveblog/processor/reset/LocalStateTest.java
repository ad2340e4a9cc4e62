package dev.liveblog.processor.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStateTest {

    @Test
    void shouldRemoveTheApplicationsDirectoryWithEverythingInIt(@TempDir final Path stateDir) throws Exception {
        // given an application's state beside another application's
        final Path ours = stateDir.resolve("liveblog-processor");
        Files.createDirectories(ours.resolve("0_1/rocksdb/dedup-items"));
        Files.writeString(ours.resolve("0_1/.checkpoint"), "0");
        Files.createDirectories(ours.resolve("global"));
        Files.createDirectories(stateDir.resolve("liveblog-processor-v2/0_1"));

        // when
        try (LocalState state = LocalState.lock(ours)) {
            state.delete();
        }

        // then only ours is gone
        assertFalse(Files.exists(ours));
        assertTrue(Files.isDirectory(stateDir.resolve("liveblog-processor-v2/0_1")));
    }

    @Test
    void shouldRefuseADirectoryThatARunningInstanceHoldsAndLeaveItAlone(@TempDir final Path stateDir)
            throws Exception {
        // given a directory whose lock is held, as a running Kafka Streams instance holds it
        final Path ours = Files.createDirectories(stateDir.resolve("liveblog-processor/0_1"));
        try (FileChannel channel = FileChannel.open(ours.getParent().resolve(LocalState.LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            // when / then
            final UserException refused = assertThrows(UserException.class,
                    () -> LocalState.lock(ours.getParent()));
            assertEquals(ExitCodes.REFUSED_WHILE_RUNNING, refused.exitCode());
            assertTrue(refused.getMessage().startsWith("refused: its local state directory "), refused.getMessage());
            assertTrue(Files.isDirectory(ours));
        }
    }

    @Test
    void shouldCreateNothingWhenThereIsNoState(@TempDir final Path stateDir) {
        try (LocalState state = LocalState.lock(stateDir.resolve("liveblog-processor"))) {
            assertFalse(state.exists());
            state.delete();
        }
        assertFalse(Files.exists(stateDir.resolve("liveblog-processor")));
    }
}
