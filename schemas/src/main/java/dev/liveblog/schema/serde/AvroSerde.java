package dev.liveblog.schema.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro class in Avro's single-object encoding: a 2-byte marker, the 8-byte
 * CRC-64-AVRO fingerprint of the writer schema, then the binary body. Any Avro library can decode such a value
 * with the {@code .avsc} file alone, and no schema registry is needed.
 *
 * <p>The decoder resolves a writer schema it was not built with through a {@link SchemaCatalog} (every released
 * schema of the build, and the schemas topic when the catalog reads it); the encoder publishes its writer schema
 * to the catalog before the first record, so a reader older than this writer can find it.
 *
 * <p>A null value (a tombstone) maps to null both ways. Instances are thread-safe: Avro's message encoder and
 * decoder keep their buffers per thread.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    static {
        AvroTrust.trustGeneratedClasses();
    }

    private final String typeName;
    private final Schema writerSchema;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;
    private final SchemaCatalog catalog;
    /** Set once the writer schema is published: the hot path then pays one volatile read. */
    private volatile boolean published;

    private AvroSerde(final Schema writerSchema, final BinaryMessageEncoder<T> encoder,
                      final BinaryMessageDecoder<T> decoder, final SchemaCatalog catalog) {
        this.typeName = writerSchema.getName();
        this.writerSchema = writerSchema;
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Creates a serde from a generated class's own encoder and decoder (they carry its logical-type conversions).
     *
     * @param writerSchema the generated class's schema, the one its encoder writes
     * @param decoder a decoder resolving writer schemas through {@code catalog} (the class's
     *                {@code createDecoder(catalog)})
     * @param catalog where the writer schema is published before the first record is encoded
     */
    public static <T extends SpecificRecord> AvroSerde<T> of(final Schema writerSchema,
                                                             final BinaryMessageEncoder<T> encoder,
                                                             final BinaryMessageDecoder<T> decoder,
                                                             final SchemaCatalog catalog) {
        return new AvroSerde<>(writerSchema, encoder, decoder, catalog);
    }

    /** Encodes one value to its single-object bytes. */
    public byte[] encode(final T value) {
        if (!published) {
            // Before the first record: a reader built without this schema must find it when the record arrives.
            catalog.publish(writerSchema);
            published = true;
        }
        try {
            final ByteBuffer buffer = encoder.encode(value);
            final byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (final IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + typeName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes single-object bytes, naming the type and the cause when they are not a valid value. A schemas
     * channel that cannot be read is not the bytes' fault: its {@link SchemaChannelException} passes unchanged.
     */
    public T decode(final byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (final SchemaChannelException e) {
            throw e;
        } catch (final IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + typeName + " (" + bytes.length + " bytes): "
                    + describe(e, bytes), e);
        }
    }

    private static String describe(final Exception e, final byte[] bytes) {
        if (e instanceof MissingSchemaException) {
            // Avro names the fingerprint in decimal; the schemas topic and the .avsc tooling use hex.
            return "no writer schema with fingerprint " + Fingerprints.hex(Fingerprints.ofMessage(bytes).orElse(0))
                    + " among the schemas released with this build";
        }
        final String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }
}
