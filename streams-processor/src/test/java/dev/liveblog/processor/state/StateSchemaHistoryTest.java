package dev.liveblog.processor.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveblog.processor.dedup.DedupStores;
import dev.liveblog.schema.serde.SchemaHistoryCheck;
import dev.liveblog.schema.serde.SchemaVersion;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The state records follow the same evolution rules as the contract, and every released version restores. */
class StateSchemaHistoryTest {

    @Test
    void shouldFindEveryStateSchemaReleasedAndEveryStepCompatibleBothWays() {
        SchemaHistoryCheck.verify(Path.of("src/main/avro"), Path.of("src/main/schema-history"));
    }

    static Stream<SchemaVersion> releasedVersions() {
        return StateSchemas.history().versions().stream();
    }

    /** An item as a store or changelog written by that release holds it, read by today's store serde. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedVersions")
    void shouldReadAnItemWrittenWithEveryReleasedSchema(final SchemaVersion released) throws Exception {
        // given today's item as the released version wrote it (Avro projects it onto that schema)
        final DedupItem item = DedupItem.newBuilder().setCanonicalId("c-1").setBlogId("b-1").setSeq(7L).setVersion(2)
                .setText("The bridge reopened at noon.").setMemberEntryIds(List.of("e-1", "e-2"))
                .setOriginSources(List.of("poll-1.txt", "poll-2.txt")).setOriginLines(List.of(4, 9))
                .setFingerprints(List.of("f-1")).setFirstSeenAt(Instant.ofEpochMilli(1_000))
                .setLastUpdatedAt(Instant.ofEpochMilli(2_000)).build();
        final GenericRecord old = new BinaryMessageDecoder<GenericRecord>(GenericData.get(), released.schema(),
                StateSchemas.history().store()).decode(DedupStores.itemSerde().encode(item));
        final ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), released.schema())
                .encode(old);
        final byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);

        // when today's serde reads it
        final DedupItem read = DedupStores.itemSerde().deserializer().deserialize("dedup-items-changelog", bytes);

        // then each field the version had is as written
        for (final Schema.Field field : released.schema().getFields()) {
            final Schema.Field today = DedupItem.getClassSchema().getField(field.name());
            if (today != null) {
                assertEquals(item.get(today.pos()), read.get(today.pos()), released + ": " + field.name());
            }
        }
    }
}
