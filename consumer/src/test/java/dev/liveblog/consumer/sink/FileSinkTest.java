package dev.liveblog.consumer.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.cli.UserException;
import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.Origin;
import dev.liveblog.schema.serde.AvroTrust;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSinkTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);

    @Test
    void shouldCutAwayATornBatchAndResumeFromTheCheckpoint(@TempDir final Path dir) throws Exception {
        // given a sink that committed two records, then a crash in the middle of the next write
        final Path file = dir.resolve("out.jsonl");
        try (FileSink<FilteredEntry> sink = FileSink.open(file, FileFormat.JSONL, FilteredEntry.getClassSchema())) {
            sink.write(List.of(entry("a"), entry("b")), Map.of(P0, 2L));
        }
        Files.writeString(file, "{\"entryId\":\"c\",\"bl", StandardOpenOption.APPEND);

        // when the sink is opened again
        try (FileSink<FilteredEntry> sink = FileSink.open(file, FileFormat.JSONL, FilteredEntry.getClassSchema())) {
            // then it resumes at the committed offset, and the torn bytes are gone
            assertEquals(Map.of(P0, 2L), sink.committedOffsets());
            sink.write(List.of(entry("c")), Map.of(P0, 3L));
        }
        final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith("{\"entryId\":\"c\",\"blogId\""), lines.get(2));
    }

    @Test
    void shouldRefuseAFileItDidNotWrite(@TempDir final Path dir) throws Exception {
        // given a non-empty file without checkpoint
        final Path file = dir.resolve("someone-elses.jsonl");
        Files.writeString(file, "precious data\n");

        // when / then opening it is a readable error, and the file is untouched
        final UserException error = assertThrows(UserException.class,
                () -> FileSink.open(file, FileFormat.JSONL, FilteredEntry.getClassSchema()));
        assertTrue(error.getMessage().contains("was not written by this consumer"), error.getMessage());
        assertEquals("precious data\n", Files.readString(file));
    }

    @Test
    void shouldResumeAnAvroContainerFileAfterATornBlock(@TempDir final Path dir) throws Exception {
        // given an Avro container with one committed batch and garbage after it
        final Path file = dir.resolve("out.avro");
        try (FileSink<FilteredEntry> sink = FileSink.open(file, FileFormat.AVRO, FilteredEntry.getClassSchema())) {
            sink.write(List.of(entry("a")), Map.of(P0, 1L));
        }
        Files.write(file, new byte[] {1, 2, 3, 4, 5}, StandardOpenOption.APPEND);

        // when it is reopened and written again
        try (FileSink<FilteredEntry> sink = FileSink.open(file, FileFormat.AVRO, FilteredEntry.getClassSchema())) {
            sink.write(List.of(entry("b"), entry("c")), Map.of(P0, 3L));
        }

        // then any Avro reader sees exactly the three records
        AvroTrust.trustGeneratedClasses();
        final List<String> ids = new ArrayList<>();
        try (DataFileReader<FilteredEntry> reader = new DataFileReader<>(file.toFile(),
                new SpecificDatumReader<>(FilteredEntry.class))) {
            reader.forEach(e -> ids.add(e.getEntryId()));
        }
        assertEquals(List.of("a", "b", "c"), ids);
    }

    private static FilteredEntry entry(final String id) {
        return FilteredEntry.newBuilder()
                .setEntryId(id).setBlogId("b").setOrigin(new Origin("s", 1)).setText("t")
                .setReason(FilterReason.PAGE_FURNITURE).setExplanation("x")
                .setFilteredAt(Instant.EPOCH)
                .build();
    }
}
