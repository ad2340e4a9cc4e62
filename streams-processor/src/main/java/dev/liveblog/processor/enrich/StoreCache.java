package dev.liveblog.processor.enrich;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A bounded read cache in front of a store of strings that its task alone writes: the values lately read or
 * written, and the keys lately found absent, the least recently used forgotten first. Writes go through it, so it
 * never goes stale; keys deleted past it (by prefix, when a blog is forgotten) call for {@link #clear}. Kafka
 * Streams' record cache keeps no absent keys, and most keys these stores are asked for are absent (a word that names
 * no one, a quotation's trigram no earlier quotation had), each such read a RocksDB search.
 */
final class StoreCache {

    /** Marks a key known to be absent: an empty value reads as none, as the readers of these stores take it. */
    private static final String ABSENT = "";

    private final KeyValueStore<String, String> store;
    private final Map<String, String> recent;

    StoreCache(final KeyValueStore<String, String> store, final int capacity) {
        this.store = store;
        this.recent = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The key's value, or null when the store holds none. */
    String get(final String key) {
        final String cached = recent.get(key);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        final String value = store.get(key);
        recent.put(key, value == null ? ABSENT : value);
        return value == null || value.isEmpty() ? null : value;
    }

    void put(final String key, final String value) {
        store.put(key, value);
        recent.put(key, value);
    }

    /** Deletes the key, if the store holds it (a delete of an absent key would still write a tombstone). */
    void delete(final String key) {
        if (get(key) != null) {
            store.delete(key);
            recent.put(key, ABSENT);
        }
    }

    void clear() {
        recent.clear();
    }
}
