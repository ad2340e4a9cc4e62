package dev.liveblog.schema.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.liveblog.schema.CanonicalEntry;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

class SchemaHistoryTest {

    @Test
    void shouldDecodeACanonicalEntryWrittenWithTheFirstSchema() throws Exception {
        // given a record written by the first version of CanonicalEntry, before publishedAt was added
        final Schema first;
        try (InputStream in = SchemaHistoryTest.class.getResourceAsStream("/avro/history/CanonicalEntry-1.avsc")) {
            first = new Schema.Parser().parse(in);
        }
        final GenericRecord origin = new GenericData.Record(first.getField("origins").schema().getElementType());
        origin.put("source", "poll-1.txt");
        origin.put("line", 3);
        final GenericRecord old = new GenericData.Record(first);
        old.put("canonicalId", "c-1");
        old.put("blogId", "b");
        old.put("version", 2);
        old.put("text", "The bridge reopened.");
        old.put("memberEntryIds", List.of("e-1"));
        old.put("origins", List.of(origin));
        old.put("firstSeenAt", 1_000L);
        old.put("lastUpdatedAt", 2_000L);
        old.put("entities", List.of());
        old.put("quotes", List.of());
        old.put("attributions", List.of());
        old.put("timeMentions", List.of());
        old.put("topics", List.of());
        final ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), first).encode(old);
        final byte[] written = new byte[bytes.remaining()];
        bytes.get(written);

        // when today's serde reads it
        final CanonicalEntry read = Serdes.canonicalEntry().decode(written);

        // then every field it had is there, and the new one is at its default
        assertEquals("c-1", read.getCanonicalId());
        assertEquals(2, read.getVersion());
        assertEquals("poll-1.txt", read.getOrigins().get(0).getSource());
        assertNull(read.getPublishedAt());
    }
}
