package dev.liveblog.schema.serde;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A serde that encodes a value once when it is written twice: a processor that saves records in a store and then
 * forwards them to a topic hands the same instances to both serialisers, and the second gets the bytes of the
 * first. Each thread remembers its last few values, by identity; records are never changed after they are
 * written, which is what keeps the remembered bytes theirs.
 */
public final class EncodedOnce<T> implements Serde<T> {

    private final Serde<T> inner;
    /** Values remembered per thread: the records one input record makes (an item and those it released). */
    private static final int REMEMBERED = 8;

    private final ThreadLocal<Last> last = ThreadLocal.withInitial(Last::new);

    private EncodedOnce(final Serde<T> inner) {
        this.inner = inner;
    }

    /** {@code inner}, encoding a value written twice once. */
    public static <T> EncodedOnce<T> of(final Serde<T> inner) {
        return new EncodedOnce<>(inner);
    }

    @Override
    public Serializer<T> serializer() {
        final Serializer<T> serializer = inner.serializer();
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            final Last remembered = last.get();
            for (int i = 0; i < REMEMBERED; i++) {
                if (remembered.values[i] == value) {
                    return remembered.bytes[i];
                }
            }
            final byte[] bytes = serializer.serialize(topic, value);
            remembered.values[remembered.next] = value;
            remembered.bytes[remembered.next] = bytes;
            remembered.next = (remembered.next + 1) % REMEMBERED;
            return bytes;
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return inner.deserializer();
    }

    private static final class Last {
        private final Object[] values = new Object[REMEMBERED];
        private final byte[][] bytes = new byte[REMEMBERED][];
        private int next;
    }
}
