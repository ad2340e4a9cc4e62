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

    @Test
    void shouldKeepOneRecordForAPageWhoseFirstLineNamesNoLineAbove() {
        // a feed's page: its first line read (the oldest, sent first) is not the top one, and names none above it
        enrich.notePage("blog", "poll-1", 9, null);
        enrich.rememberAbove("blog", "poll-1", 9, null);
        enrich.rememberAbove("blog", "poll-1", 8, null);
        enrich.rememberAbove("blog", "poll-1", 5, 4); // a line that names one is kept

        assertEquals(2, stores.get(EnrichStores.LINES_STORE).approximateNumEntries());
        assertNull(enrich.above("blog", "poll-1", 8));
        assertEquals(4, enrich.above("blog", "poll-1", 5));

        // and once the memory in front of the stores is gone (a restart), from the stores alone
        enrich.clearCaches();
        assertNull(enrich.above("blog", "poll-1", 9));
        enrich.notePage("blog", "poll-1", 7, null);
        enrich.rememberAbove("blog", "poll-1", 7, null);
        assertEquals(2, stores.get(EnrichStores.LINES_STORE).approximateNumEntries());
    }

    @Test
    void shouldAssumeTheLineBeforeOnAPageWhoseFirstLineNamesIt() {
        // a file's page sent oldest first: its first line read is the bottom one, below the line before it
        enrich.notePage("blog", "poll-1", 9, 8);
        enrich.rememberAbove("blog", "poll-1", 9, 8);
        enrich.rememberAbove("blog", "poll-1", 3, null); // the top line, below blank ones: kept

        assertEquals(1, stores.get(EnrichStores.LINES_STORE).approximateNumEntries());
        assertEquals(7, enrich.above("blog", "poll-1", 8));
        assertNull(enrich.above("blog", "poll-1", 3));
    }

    @Test
    void shouldLeaveTheAssumptionOfAPageAlreadyNotedAsItWas() {
        // a page noted before (as by the version before this record, or by a line that named one): a line of it
        // read after a restart says nothing about the page
        enrich.notePage("blog", "poll-1", 9, 8);
        enrich.clearCaches();
        enrich.notePage("blog", "poll-1", 4, null);
        enrich.rememberAbove("blog", "poll-1", 4, null);

        assertEquals(1, stores.get(EnrichStores.LINES_STORE).approximateNumEntries());
        assertEquals(5, enrich.above("blog", "poll-1", 6));
        assertNull(enrich.above("blog", "poll-1", 4));
    }

    @Test
    void shouldDecideAPageWhoseTopLineComesFirstByItsSecondLine() {
        // the top line says nothing either way; the first line below it names none: nor do the others
        enrich.notePage("blog", "poll-1", 1, null);
        enrich.rememberAbove("blog", "poll-1", 1, null);
        enrich.notePage("blog", "poll-1", 2, null);
        enrich.rememberAbove("blog", "poll-1", 2, null);
        enrich.notePage("blog", "poll-1", 3, null);
        enrich.rememberAbove("blog", "poll-1", 3, null);

        assertEquals(1, stores.get(EnrichStores.LINES_STORE).approximateNumEntries());
        assertNull(enrich.above("blog", "poll-1", 3));
        assertNull(enrich.above("blog", "poll-1", 1));
    }

    @Test
    void shouldKeepNothingOfAPageWhoseTopLineComesFirstAndWhoseSecondNamesIt() {
        // a file sent in page order: the second line names the top one, as every line names the one before
        enrich.notePage("blog", "poll-1", 1, null);
        enrich.notePage("blog", "poll-1", 2, 1);
        enrich.rememberAbove("blog", "poll-1", 2, 1);
        enrich.notePage("blog", "poll-1", 3, 2);
        enrich.rememberAbove("blog", "poll-1", 3, 2);

        assertEquals(0, stores.get(EnrichStores.LINES_STORE).approximateNumEntries());
        assertEquals(4, enrich.above("blog", "poll-1", 5));
    }
}
