package dev.liveblog.schema.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
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
 * <p>A null value (a tombstone) maps to null both ways. Instances are thread-safe: Avro's message encoder and
 * decoder keep their buffers per thread.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    static {
        AvroTrust.trustGeneratedClasses();
    }

    private final String typeName;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(final String typeName, final BinaryMessageEncoder<T> encoder, final BinaryMessageDecoder<T> decoder) {
        this.typeName = typeName;
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * Creates a serde from a generated class's own encoder and decoder (they carry its logical-type conversions).
     *
     * @param typeName name used in error messages, e.g. {@code BlogEntry}
     */
    public static <T extends SpecificRecord> AvroSerde<T> of(
            final String typeName, final BinaryMessageEncoder<T> encoder, final BinaryMessageDecoder<T> decoder) {
        return new AvroSerde<>(typeName, encoder, decoder);
    }

    /** Encodes one value to its single-object bytes. */
    public byte[] encode(final T value) {
        try {
            final ByteBuffer buffer = encoder.encode(value);
            final byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (final IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + typeName + ": " + e.getMessage(), e);
        }
    }

    /** Decodes single-object bytes, naming the type and the cause when they are not a valid value. */
    public T decode(final byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (final IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + typeName + " (" + bytes.length + " bytes): "
                    + describe(e), e);
        }
    }

    private static String describe(final Exception e) {
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
