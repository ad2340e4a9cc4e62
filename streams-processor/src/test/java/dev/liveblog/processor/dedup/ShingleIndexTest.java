package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleIndexTest {

    /** The items store as the index sees it: per blog, item id to index keys, in creation order. */
    private final Map<String, Map<String, long[]>> store = new LinkedHashMap<>();
    private final List<String> loads = new ArrayList<>();

    private static final Sketch SKETCH = Sketch.of(Profile.of("A text."));
    /** An item's heap beyond its postings: its place and its sketch's words. */
    private static final long ITEM = ShingleIndex.ITEM_BYTES + SKETCH.wordBytes();

    private static List<String> ids(final List<ShingleIndex.Shared> shared) {
        return shared.stream().map(ShingleIndex.Shared::id).toList();
    }

    private ShingleIndex index(final long budget) {
        return new ShingleIndex((blog, item) -> {
            loads.add(blog);
            store.getOrDefault(blog, Map.of()).forEach((id, keys) -> item.accept(id, keys, SKETCH));
        }, budget);
    }

    private void stored(final String blog, final String id, final long... keys) {
        store.computeIfAbsent(blog, b -> new LinkedHashMap<>()).put(id, keys);
    }

    @Test
    void shouldRankItemsByTheKeysTheyShareAndBreakTiesByIdNotByArrival() {
        final ShingleIndex index = index(1_000);
        index.add("b", "c-3", new long[] {1, 2}, SKETCH);
        index.add("b", "c-2", new long[] {1, 2, 3, 9}, SKETCH);
        index.add("b", "c-1", new long[] {1, 2}, SKETCH);
        index.add("b", "c-4", new long[] {1}, SKETCH);

        assertEquals(List.of("c-2", "c-1", "c-3"), ids(index.candidates("b", new long[] {1, 2, 3}, 64, 2, 8)));
        assertEquals(List.of("c-2", "c-1"), ids(index.candidates("b", new long[] {1, 2, 3}, 64, 2, 2)));
        assertEquals(List.of(), ids(index.candidates("other", new long[] {1, 2, 3}, 64, 1, 8)));
    }

    @Test
    void shouldBreakTiesInTheIdsOrderWhereverTheyFirstDiffer() {
        // given items sharing as many keys, whose ids differ within their first eight chars, after them, or not at
        // all but in length, one with a char beyond ASCII
        final ShingleIndex index = index(10_000);
        final List<String> arrival = List.of("c-aaaaaa-2", "c-b", "c-\u00e9", "c-aaaaaa-1", "c-", "c-ab", "C-z",
                "c-aaaaaa");
        arrival.forEach(id -> index.add("b", id, new long[] {1, 2}, SKETCH));

        // when / then the candidates come in the order of the ids' strings
        assertEquals(arrival.stream().sorted().toList(), ids(index.candidates("b", new long[] {1, 2}, 64, 2, 8)));
        assertEquals(List.of("C-z", "c-", "c-aaaaaa"), ids(index.candidates("b", new long[] {1, 2}, 64, 2, 3)));
    }

    @Test
    void shouldSkipAKeySoCommonItDoesNotTellItemsApartWhateverOrderTheItemsCameIn() {
        final ShingleIndex index = index(1_000);
        for (int i = 0; i < 3; i++) {
            index.add("b", "c-" + i, new long[] {7, 100 + i}, SKETCH);
        }
        // key 7 is held by 3 items: with at most 3 postings it no longer counts, with 4 it does
        assertEquals(List.of(), ids(index.candidates("b", new long[] {7}, 3, 1, 8)));
        assertEquals(List.of("c-0", "c-1", "c-2"), ids(index.candidates("b", new long[] {7}, 4, 1, 8)));
        // with at most one posting, even a key of one item is too common
        assertEquals(List.of(), ids(index.candidates("b", new long[] {100}, 1, 1, 8)));

        // once one of them is forgotten the key tells the others apart again
        index.remove("b", "c-1", new long[] {7, 101});
        assertEquals(List.of("c-0", "c-2"), ids(index.candidates("b", new long[] {7}, 3, 1, 8)));

        // down to one item, the key still finds it, and the postings count what is left
        index.remove("b", "c-0", new long[] {7, 100});
        assertEquals(List.of("c-2"), ids(index.candidates("b", new long[] {7}, 3, 1, 8)));
        assertEquals(2, index.postings());
        index.add("b", "c-3", new long[] {7}, SKETCH);
        assertEquals(List.of("c-2", "c-3"), ids(index.candidates("b", new long[] {7}, 3, 1, 8)));
    }

    @Test
    void shouldMoveAnItemFromTheKeysOfItsOldTextToThoseOfItsNewText() {
        final ShingleIndex index = index(1_000);
        index.add("b", "c-1", new long[] {1, 2, 3}, SKETCH);
        index.replace("b", "c-1", new long[] {1, 2, 3}, new long[] {3, 4, 5}, SKETCH);

        assertEquals(List.of(), ids(index.candidates("b", new long[] {1, 2}, 64, 1, 8)));
        assertEquals(List.of("c-1"), ids(index.candidates("b", new long[] {3, 4, 5}, 64, 3, 8)));
        assertEquals(3, index.postings());
    }

    @Test
    void shouldBuildABlogFromItsStoredItemsOnceAndAnswerAsTheIndexThatWasEvicted() {
        stored("b", "c-1", 1, 2, 3);
        stored("b", "c-2", 2, 3, 4);
        stored("quiet", "c-9", 1, 2, 3);
        final ShingleIndex index = index(1_000);

        final List<String> first = ids(index.candidates("b", new long[] {2, 3, 4}, 64, 2, 8));
        index.candidates("b", new long[] {1}, 64, 1, 8);
        assertEquals(List.of("b"), loads);
        assertEquals(List.of("c-2", "c-1"), first);

        // a second blog takes the index beyond its budget (958 bytes for the first, 479 for the second)
        assertEquals(6 * ShingleIndex.POSTING_BYTES + 2 * ITEM, index.bytes());
        index.candidates("quiet", new long[] {1}, 64, 1, 8);
        assertFalse(index.holds("b"));
        assertTrue(index.holds("quiet"));
        assertEquals(3, index.postings());
        assertEquals(3 * ShingleIndex.POSTING_BYTES + ITEM, index.bytes());
        assertEquals(first, ids(index.candidates("b", new long[] {2, 3, 4}, 64, 2, 8)));
        assertEquals(List.of("b", "quiet", "b"), loads);
    }

    @Test
    void shouldLeaveABlogNotInMemoryAloneWhenAnItemIsForgottenAndReuseAForgottenItemsPlace() {
        final ShingleIndex index = index(1_000);
        index.remove("never-loaded", "c-1", new long[] {1});
        assertFalse(index.holds("never-loaded"));

        index.add("b", "c-1", new long[] {1, 2}, SKETCH);
        index.remove("b", "c-1", new long[] {1, 2});
        assertFalse(index.holds("b"), "a blog whose items are all forgotten leaves memory");
        index.add("b", "c-2", new long[] {1, 2}, SKETCH);
        index.add("b", "c-3", new long[] {2}, SKETCH);
        index.remove("b", "c-2", new long[] {1, 2});
        assertEquals(List.of("c-3"), ids(index.candidates("b", new long[] {1, 2}, 64, 1, 8)));
        assertEquals(1, index.postings());
        assertEquals(ShingleIndex.POSTING_BYTES + ITEM, index.bytes());
        index.drop("b");
        assertEquals(0, index.postings());
        assertEquals(0, index.bytes());
    }

    @Test
    void shouldRuleOutOnlyTextsItsBlogsExactIndexSurelyLacks() {
        // given a blog whose exact index holds two texts, one key of which is an update's
        stored("b", "c-1", 1, 2, 3);
        final Map<String, List<Long>> exact = new LinkedHashMap<>(Map.of("b", new ArrayList<>(List.of(10L, 11L))));
        final ShingleIndex index = new ShingleIndex((blog, item) -> store.getOrDefault(blog, Map.of())
                .forEach((id, keys) -> item.accept(id, keys, SKETCH)),
                (blog, fingerprint) -> {
                    exact.getOrDefault(blog, List.of()).forEach(fingerprint::accept);
                    return true;
                }, 10_000, IndexMeter.NONE);

        // then a text read from the store may be held, another surely is not
        assertTrue(index.mayHoldText("b", 10L));
        assertFalse(index.mayHoldText("b", 12L));
        assertEquals(3 * ShingleIndex.POSTING_BYTES + ITEM + 2 * ShingleIndex.TEXT_BYTES,
                index.bytes());
        // and it follows what is written and deleted
        index.textAdded("b", 12L);
        index.textRemoved("b", 10L);
        assertTrue(index.mayHoldText("b", 12L));
        assertFalse(index.mayHoldText("b", 10L));
        assertEquals(3 * ShingleIndex.POSTING_BYTES + ITEM + 2 * ShingleIndex.TEXT_BYTES,
                index.bytes());
        // and a blog not in memory reads them again when it is built
        index.drop("b");
        index.textAdded("b", 13L);
        exact.get("b").add(14L);
        assertTrue(index.mayHoldText("b", 14L));
        assertFalse(index.mayHoldText("b", 13L));
    }

    @Test
    void shouldRuleNoTextOutWhenItsBlogsKeysCouldNotAllBeRead() {
        stored("b", "c-1", 1, 2, 3);
        final ShingleIndex unread = index(10_000);
        final ShingleIndex partly = new ShingleIndex((blog, item) -> store.getOrDefault(blog, Map.of())
                .forEach((id, keys) -> item.accept(id, keys, SKETCH)), (blog, fingerprint) -> false, 10_000,
                IndexMeter.NONE);

        assertTrue(unread.mayHoldText("b", 10L));
        assertTrue(partly.mayHoldText("b", 10L));
    }
}
