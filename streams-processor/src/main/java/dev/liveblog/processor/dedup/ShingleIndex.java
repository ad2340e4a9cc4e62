package dev.liveblog.processor.dedup;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.ObjectIntHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inverted index from word-trigram hashes to the items holding them, per blog, in memory. It is derived
 * state: a blog's part is built from the items store the first time the blog is looked up (after a start, a
 * rebalance or an eviction), so it needs no changelog, and a lookup reads no store. Beyond {@code budget} bytes
 * (estimated) the blogs least recently posted to are evicted, to be built again when they post; a blog whose
 * items are all forgotten leaves at once.
 *
 * <p>Each item also keeps its {@link Sketch}, so that a candidate the matcher would rule out on its numbers is
 * passed over, and one it compares is compared, without reading it from the store.
 *
 * <p>Each blog's part also holds the fingerprints of the texts its exact index holds, read from that store as the
 * part is built and kept as it changes, so that an entry that repeats no text exactly (most entries) is known to
 * be new without a store read.
 *
 * <p>A trigram that {@code maxPostings} items or more hold does not tell items apart and is skipped by lookups;
 * its list still holds every item, so what the index answers depends on the live items alone, never on the order
 * they came in, and a blog built again answers as before.
 */
final class ShingleIndex {

    /**
     * Heap per posting and per item beyond its postings and its sketch's words ({@link Sketch#wordBytes()}),
     * measured over 100,000 items (826 bytes an item before the words), the 8 of an id's order ({@code idOrder})
     * and the 8 a sketch's count of words and the reference it drops once its words are written add to it.
     */
    static final int POSTING_BYTES = 24;
    static final int ITEM_BYTES = 376;
    /** Heap per text fingerprint of the exact index (a long in an open-addressing set). */
    static final int TEXT_BYTES = 16;
    /** A build this slow is logged: many of them mean the budget is too small for the blogs that post. */
    private static final long SLOW_BUILD_MS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(ShingleIndex.class);

    /** A blog's live items, each with its index keys and sketch, for building its part of the index. */
    @FunctionalInterface
    interface Source {
        void items(String blogId, Indexed item);
    }

    /** Takes an item with its index keys and sketch. */
    @FunctionalInterface
    interface Indexed {
        void accept(String id, long[] keys, Sketch sketch);
    }

    /**
     * A blog's text fingerprints in the exact index, for building its part: answers false when a key could not
     * be read as one, and the index then never rules a text out.
     */
    @FunctionalInterface
    interface Texts {
        /** No fingerprints known: every text may be held. */
        Texts UNKNOWN = (blogId, fingerprint) -> false;

        boolean fingerprints(String blogId, LongConsumer fingerprint);
    }

    /** An item that shares index keys with an entry, how many, and its sketch. */
    record Shared(String id, int keys, Sketch sketch) {
    }

    private final Source source;
    private final Texts texts;
    private final long budget;
    private final IndexMeter meter;
    /** In the order blogs were last posted to, least recent first (re-inserted when touched). */
    private final Map<String, Blog> blogs = new LinkedHashMap<>();
    /** The estimated heap of the blogs held, kept as they change (not summed over the blogs at every entry). */
    private long bytes;

    /**
     * @param source reads a blog's live items from the store
     * @param texts reads the fingerprints of a blog's texts from the exact index
     * @param budget bytes of heap (estimated) kept across blogs before the least recently used are evicted
     * @param meter told of every change of the estimate, and of every blog built
     */
    ShingleIndex(final Source source, final Texts texts, final long budget, final IndexMeter meter) {
        this.source = source;
        this.texts = texts;
        this.budget = budget;
        this.meter = meter;
    }

    ShingleIndex(final Source source, final long budget) {
        this(source, Texts.UNKNOWN, budget, IndexMeter.NONE);
    }

    /** Forgets every blog, as the task that owns the index closes: its estimate leaves the meter. */
    void close() {
        meter.bytesChanged(-bytes);
        bytes = 0;
        blogs.clear();
    }

    /**
     * The items sharing the most discriminating keys with {@code keys} (at least {@code minShared}), most first,
     * at most {@code limit}.
     */
    List<Shared> candidates(final String blogId, final long[] keys, final int maxPostings, final int minShared,
                            final int limit) {
        return blog(blogId).candidates(keys, maxPostings, minShared, limit);
    }

    /** Indexes an item under its keys. */
    void add(final String blogId, final String id, final long[] keys, final Sketch sketch) {
        final Blog blog = blog(blogId);
        final long before = blog.bytes();
        blog.add(id, keys, sketch);
        grew(blog.bytes() - before);
        evictBeyondBudget(blog);
    }

    /**
     * Forgets an item's keys; nothing to do when the blog is not in memory (it is built from the store). Not a
     * use of the blog: the sweep forgetting a quiet blog's items does not keep it in memory.
     */
    void remove(final String blogId, final String id, final long[] keys) {
        final Blog blog = blogs.get(blogId);
        if (blog != null) {
            final long before = blog.bytes();
            blog.remove(id, keys);
            grew(blog.bytes() - before);
            if (blog.items == 0) {
                drop(blogId);
            }
        }
    }

    /** Moves an item from the keys of its old text to those of its new text. */
    void replace(final String blogId, final String id, final long[] oldKeys, final long[] newKeys,
                 final Sketch sketch) {
        final Blog blog = blog(blogId);
        final long before = blog.bytes();
        blog.remove(id, difference(oldKeys, newKeys));
        blog.add(id, difference(newKeys, oldKeys), sketch);
        grew(blog.bytes() - before);
    }

    /**
     * Whether the blog's exact index may hold a text of this fingerprint: false only when it surely does not.
     */
    boolean mayHoldText(final String blogId, final long fingerprint) {
        final Blog blog = blog(blogId);
        return !blog.textsComplete || blog.texts.contains(fingerprint);
    }

    /** A text's fingerprint was written to the exact index; nothing to do when the blog is not in memory. */
    void textAdded(final String blogId, final long fingerprint) {
        final Blog blog = blogs.get(blogId);
        if (blog != null && blog.texts.add(fingerprint)) {
            grew(TEXT_BYTES);
        }
    }

    /** A text's fingerprint was deleted from the exact index. */
    void textRemoved(final String blogId, final long fingerprint) {
        final Blog blog = blogs.get(blogId);
        if (blog != null && blog.texts.remove(fingerprint)) {
            grew(-TEXT_BYTES);
        }
    }

    /** Whether the blog's part is in memory, so that removing from it needs the removed item's keys. */
    boolean holds(final String blogId) {
        return blogs.containsKey(blogId);
    }

    /** Forgets a blog's part: the blog itself is forgotten. */
    void drop(final String blogId) {
        final Blog blog = blogs.remove(blogId);
        if (blog != null) {
            grew(-blog.bytes());
        }
    }

    private void grew(final long delta) {
        bytes += delta;
        meter.bytesChanged(delta);
    }

    /** Postings held across blogs (summed: for tests). */
    long postings() {
        return blogs.values().stream().mapToLong(blog -> blog.postings).sum();
    }

    /** The heap the index takes, as estimated from its postings and items. */
    long bytes() {
        return bytes;
    }

    /** The keys of {@code keys} not in {@code other}. */
    private static long[] difference(final long[] keys, final long[] other) {
        final long[] sorted = other.clone();
        Arrays.sort(sorted);
        return Arrays.stream(keys).filter(key -> Arrays.binarySearch(sorted, key) < 0).toArray();
    }

    /** The blog's part, built if need be, and now the most recently used. */
    private Blog blog(final String blogId) {
        final Blog known = blogs.remove(blogId);
        if (known != null) {
            blogs.put(blogId, known);
            return known;
        }
        final long start = System.nanoTime();
        final Blog built = new Blog();
        source.items(blogId, built::add);
        built.textsComplete = texts.fingerprints(blogId, built.texts::add);
        blogs.put(blogId, built);
        grew(built.bytes());
        meter.built(built.items);
        final long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis >= SLOW_BUILD_MS) {
            LOG.info("Indexed the {} items of blog {} in {} ms; this task's index now holds about {} MB of its {} MB "
                    + "(liveblog.dedup.index.max.bytes)", built.items, blogId, millis, bytes() >> 20, budget >> 20);
        }
        evictBeyondBudget(built);
        return built;
    }

    private void evictBeyondBudget(final Blog current) {
        final Iterator<Blog> eldest = blogs.values().iterator();
        while (bytes > budget && eldest.hasNext()) {
            final Blog blog = eldest.next();
            if (blog != current) {
                grew(-blog.bytes());
                eldest.remove();
            }
        }
    }

    /**
     * One blog's part: per key, the slot of the one item under it, or when there are more a reference to a list of
     * slots ({@code list[0]} is its length): most trigrams of a blog are one item's, and a list costs an object.
     * Both in one map, so that a key is looked up once. An item's id is stored once, its slot reused once it is
     * under no key.
     */
    private static final class Blog {

        /** No order read from an id's first chars: its chars decide. No ASCII chars give a negative value. */
        private static final long UNORDERED = -1;

        /** A key no item is under: no slot, and no list's reference ({@link #reference}). */
        private static final int ABSENT = Integer.MIN_VALUE;

        /** Per key, the slot of its one item (0 or more), or the {@link #reference} of its list. */
        private final LongIntHashMap keys = new LongIntHashMap();
        private final List<int[]> lists = new ArrayList<>();
        /** Places in {@link #lists} no key refers to. */
        private final IntArrayList freeLists = new IntArrayList();
        private final ObjectIntHashMap<String> slots = new ObjectIntHashMap<>();
        private final List<String> ids = new ArrayList<>();
        private final List<Sketch> sketches = new ArrayList<>();
        private final IntArrayList free = new IntArrayList();
        /** The fingerprints of the texts in the blog's exact index; all of them when {@link #textsComplete}. */
        private final LongHashSet texts = new LongHashSet();
        private boolean textsComplete;
        /** Per slot, the keys its item is under. */
        private int[] keyCounts = new int[16];
        /** Per slot, its id's {@link #idOrder}. */
        private long[] idOrder = new long[16];
        private long postings;
        private int items;
        /** The heap the sketches' words take. */
        private long wordBytes;

        long bytes() {
            return postings * POSTING_BYTES + (long) items * ITEM_BYTES + (long) texts.size() * TEXT_BYTES
                    + wordBytes;
        }

        /** Counts per slot while {@link #candidates} runs; all zero between calls. */
        private int[] shared = new int[16];

        List<Shared> candidates(final long[] keys, final int maxPostings, final int minShared, final int limit) {
            if (shared.length < ids.size()) {
                shared = new int[Math.max(ids.size(), shared.length * 2)];
            }
            final IntArrayList touched = new IntArrayList();
            for (final long key : keys) {
                final int held = this.keys.getOrDefault(key, ABSENT);
                if (held == ABSENT) {
                    continue;
                }
                if (held >= 0) {
                    if (maxPostings > 1 && shared[held]++ == 0) {
                        touched.add(held);
                    }
                    continue;
                }
                final int[] list = lists.get(reference(held));
                if (list[0] < maxPostings) {
                    for (int i = 1; i <= list[0]; i++) {
                        if (shared[list[i]]++ == 0) {
                            touched.add(list[i]);
                        }
                    }
                }
            }
            // the best few, kept in order by insertion: most shared first, ties in id order (never hash order)
            final int[] best = new int[limit];
            int kept = 0;
            for (int t = 0; t < touched.size(); t++) {
                final int slot = touched.get(t);
                if (shared[slot] >= minShared && (kept < limit || before(slot, best[kept - 1]))) {
                    int at = Math.min(kept, limit - 1);
                    while (at > 0 && before(slot, best[at - 1])) {
                        best[at] = best[at - 1];
                        at--;
                    }
                    best[at] = slot;
                    kept = Math.min(kept + 1, limit);
                }
            }
            final List<Shared> candidates = new ArrayList<>(kept);
            for (int k = 0; k < kept; k++) {
                candidates.add(new Shared(ids.get(best[k]), shared[best[k]], sketches.get(best[k])));
            }
            for (int t = 0; t < touched.size(); t++) {
                shared[touched.get(t)] = 0;
            }
            return candidates;
        }

        private boolean before(final int slot, final int other) {
            if (shared[slot] != shared[other]) {
                return shared[slot] > shared[other];
            }
            // most ties are told by the ids' first chars, read from an array rather than from two strings
            final long a = idOrder[slot];
            final long b = idOrder[other];
            return a != b && a != UNORDERED && b != UNORDERED ? a < b : ids.get(slot).compareTo(ids.get(other)) < 0;
        }

        /**
         * The first eight chars of an id as bytes, in their order: comparing two such values compares the ids, unless
         * they are equal (then the ids' further chars decide). {@link #UNORDERED} for an id with a char beyond ASCII.
         */
        private static long idOrder(final String id) {
            long order = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                final char c = i < id.length() ? id.charAt(i) : 0;
                if (c >= 0x80) {
                    return UNORDERED;
                }
                order = order << Byte.SIZE | c;
            }
            return order;
        }

        /** Adds the item under the keys it is not under yet, with its new sketch; the postings added. */
        int add(final String id, final long[] keys, final Sketch sketch) {
            final int known = slots.getOrDefault(id, -1);
            if (known >= 0) {
                wordBytes += sketch.wordBytes() - sketches.set(known, sketch).wordBytes();
            }
            if (keys.length == 0) {
                return 0;
            }
            final int slot = known >= 0 ? known : newSlot(id, sketch);
            int added = 0;
            for (final long key : keys) {
                final int held = this.keys.getOrDefault(key, ABSENT);
                if (held == slot) {
                    continue;
                }
                if (held == ABSENT) {
                    this.keys.put(key, slot);
                    added++;
                } else if (held >= 0) {
                    this.keys.put(key, newList(held, slot));
                    added++;
                } else {
                    final int[] list = lists.get(reference(held));
                    // a new item is under no key yet: no need to look through a long list of a common trigram
                    if (known < 0 || indexOf(list, slot) < 0) {
                        final int[] grown = list[0] + 1 < list.length ? list : Arrays.copyOf(list, list.length * 2);
                        grown[++grown[0]] = slot;
                        if (grown != list) {
                            lists.set(reference(held), grown);
                        }
                        added++;
                    }
                }
            }
            keyCounts[slot] += added;
            postings += added;
            return added;
        }

        /** Removes the item from these keys; the postings removed. The item goes once it is under no key. */
        int remove(final String id, final long[] keys) {
            final int slot = slots.getOrDefault(id, -1);
            if (slot < 0) {
                return 0;
            }
            int removed = 0;
            for (final long key : keys) {
                final int held = this.keys.getOrDefault(key, ABSENT);
                if (held == slot) {
                    this.keys.remove(key);
                    removed++;
                    continue;
                }
                final int[] list = held == ABSENT || held >= 0 ? null : lists.get(reference(held));
                final int at = list == null ? -1 : indexOf(list, slot);
                if (at > 0) {
                    System.arraycopy(list, at + 1, list, at, list[0] - at);
                    if (--list[0] == 1) {
                        this.keys.put(key, list[1]);
                        lists.set(reference(held), null);
                        freeLists.add(reference(held));
                    }
                    removed++;
                }
            }
            postings -= removed;
            keyCounts[slot] -= removed;
            if (keyCounts[slot] <= 0) {
                keyCounts[slot] = 0;
                items--;
                slots.remove(id);
                ids.set(slot, null);
                wordBytes -= sketches.set(slot, null).wordBytes();
                free.add(slot);
            }
            return removed;
        }

        private int newSlot(final String id, final Sketch sketch) {
            final int slot;
            if (free.isEmpty()) {
                slot = ids.size();
                ids.add(id);
                sketches.add(sketch);
                if (slot == keyCounts.length) {
                    keyCounts = Arrays.copyOf(keyCounts, slot * 2);
                    idOrder = Arrays.copyOf(idOrder, slot * 2);
                }
            } else {
                slot = free.removeAt(free.size() - 1);
                ids.set(slot, id);
                sketches.set(slot, sketch);
            }
            idOrder[slot] = idOrder(id);
            slots.put(id, slot);
            items++;
            wordBytes += sketch.wordBytes();
            return slot;
        }

        /** A list of two slots, and the value under its key that refers to it. */
        private int newList(final int one, final int other) {
            final int[] list = {2, one, other, 0};
            if (freeLists.isEmpty()) {
                lists.add(list);
                return reference(lists.size() - 1);
            }
            final int at = freeLists.removeAt(freeLists.size() - 1);
            lists.set(at, list);
            return reference(at);
        }

        /**
         * The value under a key that refers to the list at {@code at} in {@link #lists}, and the place a value
         * refers to: below zero, so never a slot, and never {@link #ABSENT}.
         */
        private static int reference(final int value) {
            return -value - 1;
        }

        private static int indexOf(final int[] list, final int slot) {
            for (int i = 1; i <= list[0]; i++) {
                if (list[i] == slot) {
                    return i;
                }
            }
            return -1;
        }
    }
}
