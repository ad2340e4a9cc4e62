package dev.liveblog.consumer.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.Origin;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {

    @Test
    void shouldWriteSchemaFieldNamesPlainUnionsEnumsAndUtcTimes() {
        // given a filtered entry with nulls, an enum and a timestamp
        final FilteredEntry entry = FilteredEntry.newBuilder()
                .setEntryId("e-1").setBlogId("b").setOrigin(new Origin("poll.txt", 4)).setText("Log in \"now\"")
                .setReason(FilterReason.PAGE_FURNITURE).setExplanation("login prompt")
                .setFilteredAt(Instant.parse("2025-05-16T09:30:00.250Z"))
                .build();

        // when it is written as JSON
        final String json = JsonRecords.toJson(entry);

        // then the fields appear in schema order with plain values
        assertEquals("{\"entryId\":\"e-1\",\"blogId\":\"b\",\"origin\":{\"source\":\"poll.txt\",\"line\":4},"
                + "\"text\":\"Log in \\\"now\\\"\",\"reason\":\"PAGE_FURNITURE\",\"duplicateKind\":null,"
                + "\"similarity\":null,\"canonicalId\":null,\"explanation\":\"login prompt\","
                + "\"filteredAt\":\"2025-05-16T09:30:00.250Z\"}", json);
    }
}
