package dev.liveblog.schema.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.schema.BlogEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The catalog behind the serdes when a cluster is configured, with an in-memory channel for the schemas topic. */
class SharedSchemaCatalogTest {

    private final MemoryChannel channel = new MemoryChannel();
    private final AtomicLong clock = new AtomicLong();
    private final SharedSchemaCatalog catalog = new SharedSchemaCatalog(SchemaHistory.contract().store(), channel,
            Duration.ofSeconds(10), clock::get);

    @Test
    void shouldNotReadTheChannelForAFingerprintTheBuildKnows() {
        // given records written by every released BlogEntry
        final AvroSerde<BlogEntry> serde = Serdes.blogEntry(catalog);
        for (final SchemaVersion released : SchemaHistory.contract().versionsOf("BlogEntry")) {
            // when the serde looks their writer schemas up, then the channel is never read
            assertEquals(released.schema(), catalog.findByFingerprint(released.fingerprint()));
        }
        serde.decode(Serdes.blogEntry().encode(SampleRecords.blogEntry()));
        assertEquals(0, channel.reads);
    }

    @Test
    void shouldDecodeANewerWritersRecordWhoseSchemaIsOnlyInTheChannel() {
        // given a newer writer's schema (today's plus a field) published to the channel, and a record it wrote
        final Schema newer = Evolutions.withOptionalString(BlogEntry.getClassSchema(), "language");
        SharedSchemaCatalog.over(channel).publish(newer);
        final GenericRecord record = Evolutions.project(SampleRecords.blogEntry(), newer);
        record.put("language", "en");
        final byte[] bytes = SchemaHistoryTest.encode(newer, record);

        // when today's serde reads it twice
        final AvroSerde<BlogEntry> serde = Serdes.blogEntry(catalog);
        final BlogEntry first = serde.decode(bytes);
        final BlogEntry second = serde.decode(bytes);

        // then Avro's resolution skips the field today's class does not have, and the channel was read once
        assertEquals(SampleRecords.blogEntry(), first);
        assertEquals(first, second);
        assertEquals(1, channel.reads);
    }

    @Test
    void shouldFailNamingTheFingerprintAndTheChannelAndNotReadItAgainAtOnce() {
        // given a record whose writer schema is nowhere
        final Schema unknown = Evolutions.withOptionalString(BlogEntry.getClassSchema(), "neverPublished");
        final byte[] bytes = SchemaHistoryTest.encode(unknown, Evolutions.project(SampleRecords.blogEntry(), unknown));
        final String hex = Fingerprints.hex(Fingerprints.of(unknown));
        final AvroSerde<BlogEntry> serde = Serdes.blogEntry(catalog);

        // when it is read, then the failure names the fingerprint and where it was looked for
        final SerializationException failure = assertThrows(SerializationException.class, () -> serde.decode(bytes));
        assertTrue(failure.getMessage().contains("no writer schema with fingerprint " + hex), failure.getMessage());
        assertTrue(failure.getMessage().contains("nor in memory channel"), failure.getMessage());
        assertEquals(1, channel.reads);

        // and a second such record within the retry interval fails without reading the channel
        assertThrows(SerializationException.class, () -> serde.decode(bytes));
        assertEquals(1, channel.reads);

        // and once the interval has passed, a schema published meanwhile is found
        SharedSchemaCatalog.over(channel).publish(unknown);
        clock.addAndGet(Duration.ofSeconds(11).toNanos());
        assertEquals("e-1", serde.decode(bytes).getEntryId());
        assertEquals(2, channel.reads);
    }

    @Test
    void shouldIgnoreAnEntryWhoseSchemaDoesNotHaveItsKeysFingerprint() {
        // given an entry filed under another schema's fingerprint
        final Schema unknown = Evolutions.withOptionalString(BlogEntry.getClassSchema(), "misfiled");
        final long fingerprint = Fingerprints.of(unknown);
        channel.write(Fingerprints.hex(fingerprint), BlogEntry.getClassSchema().toString());

        // when the fingerprint is looked up, then it is not found, and the message says why
        final SerializationException failure = assertThrows(SerializationException.class,
                () -> catalog.findByFingerprint(fingerprint));
        assertTrue(failure.getMessage().contains("its entry there was ignored"), failure.getMessage());
    }

    @Test
    void shouldFailAsAChannelProblemNotAsAnUndecodableRecordWhenTheChannelCannotBeRead() {
        // given a channel that is down
        channel.broken = true;
        final Schema unknown = Evolutions.withOptionalString(BlogEntry.getClassSchema(), "unknownField");
        final byte[] bytes = SchemaHistoryTest.encode(unknown, Evolutions.project(SampleRecords.blogEntry(), unknown));

        // when a record of an unknown schema is decoded, then the failure is the channel's, not the record's
        final SchemaChannelException failure = assertThrows(SchemaChannelException.class,
                () -> Serdes.blogEntry(catalog).decode(bytes));
        assertTrue(failure.getMessage().contains("the channel is down"), failure.getMessage());

        // and once the channel is back the same record is looked up again at once (no miss was remembered)
        channel.broken = false;
        assertThrows(SerializationException.class, () -> Serdes.blogEntry(catalog).decode(bytes));
        assertEquals(2, channel.reads);
    }

    @Test
    void shouldPublishTheWriterSchemaOnceBeforeTheFirstRecord() {
        // given a serde over the catalog
        final AvroSerde<BlogEntry> serde = Serdes.blogEntry(catalog);
        assertNull(channel.entries.get(Fingerprints.hex(Fingerprints.of(BlogEntry.getClassSchema()))));

        // when it writes two records
        serde.encode(SampleRecords.blogEntry());
        serde.encode(SampleRecords.blogEntry());
        Serdes.blogEntry(catalog).encode(SampleRecords.blogEntry());

        // then its schema was published once, under its fingerprint, as JSON Avro's parser reads back
        assertEquals(1, channel.writes.size());
        final String key = Fingerprints.hex(Fingerprints.of(BlogEntry.getClassSchema()));
        assertEquals(key, channel.writes.get(0));
        assertEquals(BlogEntry.getClassSchema(), new Schema.Parser().parse(channel.entries.get(key)));
    }

    @Test
    void shouldFailTheWriteWhenTheSchemaCannotBePublished() {
        channel.broken = true;
        final AvroSerde<BlogEntry> serde = Serdes.blogEntry(catalog);

        assertThrows(SchemaChannelException.class, () -> serde.encode(SampleRecords.blogEntry()));

        // and the next write tries again
        channel.broken = false;
        serde.encode(SampleRecords.blogEntry());
        assertEquals(1, channel.writes.size());
    }

    /** The schemas topic in memory: an append-only log read from where the last read stopped. */
    static final class MemoryChannel implements SchemaChannel {

        final Map<String, String> entries = new LinkedHashMap<>();
        final List<String> writes = new ArrayList<>();
        private final List<Map.Entry<String, String>> log = new ArrayList<>();
        private int position;
        int reads;
        boolean broken;

        @Override
        public synchronized Map<String, String> readNew() {
            reads++;
            if (broken) {
                throw new SchemaChannelException("the channel is down");
            }
            final Map<String, String> added = new LinkedHashMap<>();
            for (; position < log.size(); position++) {
                added.put(log.get(position).getKey(), log.get(position).getValue());
            }
            return added;
        }

        @Override
        public synchronized void write(final String fingerprintHex, final String schemaJson) {
            if (broken) {
                throw new SchemaChannelException("the channel is down");
            }
            writes.add(fingerprintHex);
            entries.put(fingerprintHex, schemaJson);
            log.add(Map.entry(fingerprintHex, schemaJson));
        }

        @Override
        public String name() {
            return "memory channel";
        }
    }

    /** Schemas a later release might have, made from today's. */
    static final class Evolutions {

        private Evolutions() {
        }

        /** The schema with one more field: an optional string, null by default. */
        static Schema withOptionalString(final Schema schema, final String name) {
            final List<Schema.Field> fields = new ArrayList<>();
            schema.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
            fields.add(new Schema.Field(name, Schema.createUnion(Schema.create(Schema.Type.NULL),
                    Schema.create(Schema.Type.STRING)), "added by a later release", Schema.Field.NULL_DEFAULT_VALUE));
            return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
        }

        /** Today's record as a writer of {@code schema} would hold it (Avro resolves it onto that schema). */
        static GenericRecord project(final BlogEntry entry, final Schema schema) {
            try {
                return new BinaryMessageDecoder<GenericRecord>(GenericData.get(), schema,
                        SchemaHistory.contract().store()).decode(Serdes.blogEntry().encode(entry));
            } catch (final IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
