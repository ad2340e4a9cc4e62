package dev.liveblog.consumer.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotSinkTest {

    @Test
    void shouldKeepTheLatestVersionOfEachItemInFirstSeenOrder(@TempDir final Path dir) throws Exception {
        // given a snapshot sink
        final Path file = dir.resolve("snapshot.jsonl");
        final SnapshotSink sink = new SnapshotSink(file, FileFormat.JSONL);

        // when items arrive, one is updated, and an old version of it is read again (a replay)
        sink.write(List.of(item("c-1", 1, "first"), item("c-2", 1, "second")), Map.of());
        sink.write(List.of(item("c-1", 2, "first, fuller")), Map.of());
        sink.write(List.of(item("c-1", 1, "first")), Map.of());

        // then the file holds one line per item, its latest version, in the order items first appeared
        final List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"text\":\"first, fuller\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"canonicalId\":\"c-2\""), lines.get(1));
        assertEquals(List.of("c-1", "c-2"), sink.items().stream().map(CanonicalEntry::getCanonicalId).toList());
    }

    @Test
    void shouldTakeAnItemMadeAgainAfterItWasForgottenForItsLatestVersion(@TempDir final Path dir) {
        // given an item at version 3
        final SnapshotSink sink = new SnapshotSink(dir.resolve("s.jsonl"), FileFormat.JSONL);
        sink.write(List.of(item("c-1", 3, "old life")), Map.of());

        // when the processor forgot it and made it again from version 1, first seen after its last update
        final CanonicalEntry again = CanonicalEntry.newBuilder(item("c-1", 1, "new life"))
                .setFirstSeenAt(item("c-1", 3, "old life").getLastUpdatedAt().plusSeconds(60))
                .setLastUpdatedAt(item("c-1", 3, "old life").getLastUpdatedAt().plusSeconds(60)).build();
        sink.write(List.of(again), Map.of());

        // then the snapshot holds the new life
        assertEquals("new life", sink.items().get(0).getText());
    }

    @Test
    void shouldAlwaysRebuildFromTheStartOfTheCompactedTopic(@TempDir final Path dir) {
        final SnapshotSink sink = new SnapshotSink(dir.resolve("s.jsonl"), FileFormat.JSONL);
        assertTrue(sink.keepsOffsets());
        assertEquals(Map.of(), sink.committedOffsets());
    }

    private static CanonicalEntry item(final String id, final int version, final String text) {
        return CanonicalEntry.newBuilder()
                .setCanonicalId(id).setBlogId("b").setVersion(version).setText(text)
                .setMemberEntryIds(List.of("e-1")).setOrigins(List.of(new Origin("s", 1)))
                .setFirstSeenAt(Instant.EPOCH).setLastUpdatedAt(Instant.EPOCH)
                .build();
    }
}
