package dev.liveblog.processor.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class EnrichStoresTest {

    private final Map<String, KeyValueStore<String, String>> stores = new HashMap<>();
    private final EnrichStores enrich = InMemoryEnrichStores.create(stores);

    @Test
    void shouldKeepNoLineAboveThatIsTheOneAssumed() {
        // the top line of a page, and a line below the one before it: what is assumed of a line with nothing kept
        enrich.rememberAbove("blog", "poll-1", 1, null);
        enrich.rememberAbove("blog", "poll-1", 5, 4);

        assertEquals(0, stores.get(EnrichStores.LINES_STORE).approximateNumEntries());
        assertNull(enrich.above("blog", "poll-1", 1));
        assertEquals(4, enrich.above("blog", "poll-1", 5));
    }

    @Test
    void shouldKeepALineAboveThatIsNotTheOneBefore() {
        enrich.rememberAbove("blog", "poll-1", 7, null); // at the top, below nothing
        enrich.rememberAbove("blog", "poll-1", 9, 3); // below a blank or dropped line

        assertEquals(2, stores.get(EnrichStores.LINES_STORE).approximateNumEntries());
        assertNull(enrich.above("blog", "poll-1", 7));
        assertEquals(3, enrich.above("blog", "poll-1", 9));
        assertEquals(7, enrich.above("blog", "poll-1", 8), "a line of which nothing is kept: the one before");
    }
}
