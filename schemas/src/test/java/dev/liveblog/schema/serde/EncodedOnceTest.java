package dev.liveblog.schema.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

class EncodedOnceTest {

    @Test
    void shouldEncodeTheSameInstanceWrittenTwiceOnceAndAnEqualNewOneAgain() {
        final AtomicInteger encoded = new AtomicInteger();
        final Serde<StringBuilder> counting = Serdes.serdeFrom((topic, value) -> {
            encoded.incrementAndGet();
            return value.toString().getBytes(StandardCharsets.UTF_8);
        }, (topic, bytes) -> new StringBuilder(new String(bytes, StandardCharsets.UTF_8)));
        final EncodedOnce<StringBuilder> once = EncodedOnce.of(counting);
        final Serializer<StringBuilder> store = once.serializer();
        final Serializer<StringBuilder> sink = once.serializer();

        final StringBuilder event = new StringBuilder("v1");
        final byte[] stored = store.serialize("changelog", event);
        assertSame(stored, sink.serialize("quotes", event));
        assertEquals(1, encoded.get());

        // an item and the one it released are both saved, then both forwarded
        final StringBuilder released = new StringBuilder("v2");
        store.serialize("changelog", released);
        assertSame(stored, sink.serialize("quotes", event));
        assertEquals(2, encoded.get());

        assertArrayEquals(stored, sink.serialize("quotes", new StringBuilder("v1")));
        assertEquals(3, encoded.get());
        assertNull(store.serialize("changelog", null));
        assertEquals("v1", once.deserializer().deserialize("quotes", stored).toString());
    }
}
