package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ItemRetentionTest {

    @Test
    void shouldWriteSequenceKeysThatSortInCreationOrderAsTheyAlwaysWere() {
        for (final long seq : new long[] {0, 7, 10, 123_456_789, 1_000_000_000_000L, Long.MAX_VALUE}) {
            assertEquals(DedupStores.blogKey("b", String.format(Locale.ROOT, "%019d", seq)),
                    ItemRetention.sequenceKey("b", seq));
        }
    }
}
