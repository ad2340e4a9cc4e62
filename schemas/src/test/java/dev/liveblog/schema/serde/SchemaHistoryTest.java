package dev.liveblog.schema.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Records written by any released schema decode with today's serdes: the history is what makes them. */
class SchemaHistoryTest {

    @Test
    void shouldDecodeACanonicalEntryWrittenWithTheFirstSchema() {
        // given a record written by the first version of CanonicalEntry, before publishedAt was added
        final Schema first = version("CanonicalEntry", 1);
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

        // when today's serde reads it
        final CanonicalEntry read = Serdes.canonicalEntry().decode(encode(first, old));

        // then every field it had is there, and the new one is at its default
        assertEquals("c-1", read.getCanonicalId());
        assertEquals(2, read.getVersion());
        assertEquals("poll-1.txt", read.getOrigins().get(0).getSource());
        assertNull(read.getPublishedAt());
    }

    @Test
    void shouldDecodeABlogEntryWrittenWithTheFirstSchema() {
        // given a raw entry written by a producer of the first BlogEntry, before abovePosition was added
        final Schema first = version("BlogEntry", 1);
        final GenericRecord old = new GenericData.Record(first);
        old.put("blogId", "b-1");
        old.put("entryId", "e-1");
        old.put("source", "poll-1.txt");
        old.put("position", 4);
        old.put("headline", null);
        old.put("text", "The bridge reopened at noon.");
        old.put("publishedAt", null);
        old.put("ingestedAt", Instant.parse("2025-05-16T09:30:00Z").toEpochMilli());
        old.put("blogDate", (int) LocalDate.of(2025, 5, 16).toEpochDay());
        old.put("blogZone", "Europe/Istanbul");

        // when today's serde reads it
        final BlogEntry read = Serdes.blogEntry().decode(encode(first, old));

        // then it is the same entry, with no entry above it known
        assertEquals("e-1", read.getEntryId());
        assertEquals(4, read.getPosition());
        assertEquals(LocalDate.of(2025, 5, 16), read.getBlogDate());
        assertEquals(Instant.parse("2025-05-16T09:30:00Z"), read.getIngestedAt());
        assertNull(read.getAbovePosition());
    }

    static Stream<SchemaVersion> releasedVersions() {
        return SchemaHistory.contract().versions().stream();
    }

    /**
     * Every released version, not only the previous one: today's record is written as that version would have
     * written it (Avro projects it onto the old schema), then read back with today's serde.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedVersions")
    void shouldDecodeRecordsOfEveryReleasedVersionWithTodaysSerde(final SchemaVersion released) throws Exception {
        // given today's record as the released version wrote it
        final SampleRecords.Sample<?> sample = SampleRecords.all().get(released.type());
        final GenericRecord old = new BinaryMessageDecoder<GenericRecord>(GenericData.get(), released.schema(),
                SchemaHistory.contract().store()).decode(sample.encode());

        // when today's serde reads those bytes
        final SpecificRecord read = sample.decode(encode(released.schema(), old));

        // then each field the version had is as written, and each field added since is at its default
        for (final Schema.Field field : sample.record().getSchema().getFields()) {
            final Object value = read.get(field.pos());
            if (released.schema().getField(field.name()) != null) {
                assertEquals(sample.record().get(field.pos()), value, released + ": " + field.name());
            } else {
                assertEquals(GenericData.get().toString(GenericData.get().getDefaultValue(field)),
                        GenericData.get().toString(value), released + ": " + field.name() + " (added since)");
            }
        }
    }

    @Test
    void shouldKnowEveryContractTypeAtItsCurrentSchema() {
        // the newest version of each type is today's schema, so the history store holds every writer of today
        for (final SampleRecords.Sample<?> sample : SampleRecords.all().values()) {
            final Schema current = sample.record().getSchema();
            final Schema released = SchemaHistory.contract().store().findByFingerprint(Fingerprints.of(current));
            assertEquals(SchemaNormalization.toParsingForm(current), SchemaNormalization.toParsingForm(released),
                    current.getName());
        }
    }

    @Test
    void shouldNameTheUnknownFingerprintInHexWhenNoSchemaIsFound() {
        // given a value whose fingerprint no release has
        final byte[] bytes = Serdes.blogEntry().encode(SampleRecords.blogEntry());
        bytes[2] ^= 0x5A;
        final String hex = Fingerprints.hex(Fingerprints.ofMessage(bytes).orElseThrow());

        // when the bundled serde reads it, then it fails naming the fingerprint as the schemas topic keys it
        final SerializationException failure = assertThrows(SerializationException.class,
                () -> Serdes.blogEntry().decode(bytes));
        assertTrue(failure.getMessage().contains("cannot decode BlogEntry"), failure.getMessage());
        assertTrue(failure.getMessage().contains("no writer schema with fingerprint " + hex), failure.getMessage());
    }

    static Schema version(final String type, final int version) {
        return SchemaHistory.contract().versionsOf(type).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow().schema();
    }

    static byte[] encode(final Schema schema, final GenericRecord record) {
        try {
            final ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
            final byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
