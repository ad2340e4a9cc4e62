package dev.liveblog.processor.dedup;

import dev.liveblog.processor.state.DedupItem;
import dev.liveblog.processor.state.StateSchemas;
import dev.liveblog.schema.serde.AvroSerde;
import dev.liveblog.schema.serde.SchemaCatalog;
import java.util.List;
import java.util.OptionalLong;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The deduplicator's state: four key-value stores, each changelogged, so the state survives a restart and is
 * rebuilt from Kafka when the local copy is lost. Keys of per-blog stores start with the blog id and a NUL, so a
 * blog's entries are one prefix. The shingle index is not among them: it is built in memory from the items
 * ({@link ShingleIndex}).
 */
public record DedupStores(KeyValueStore<String, DedupItem> items, KeyValueStore<String, String> exactIndex,
                          KeyValueStore<String, String> sequence, KeyValueStore<String, String> counters) {

    /** Item id to the item. */
    public static final String ITEMS = "dedup-items";
    /**
     * Blog and normalised-text fingerprint to item id; also blog and the entry id of an update its source names
     * ({@link #updateKey}) to the item that update made.
     */
    public static final String EXACT_INDEX = "dedup-exact-index";
    /** Blog and creation sequence number to item id: the order items are forgotten in. */
    public static final String SEQUENCE = "dedup-blog-sequence";
    /** Blog to its next sequence number and its number of items. */
    public static final String COUNTERS = "dedup-blog-counters";

    /** A text's fingerprint: 64 bits of its digest ({@link dev.liveblog.common.text.EntryIds#fingerprint}). */
    private static final int FINGERPRINT_DIGITS = 16;

    public static final List<String> NAMES = List.of(ITEMS, EXACT_INDEX, SEQUENCE, COUNTERS);

    /** The items' serde; it reads every released {@link DedupItem} schema ({@link StateSchemas}). */
    public static AvroSerde<DedupItem> itemSerde() {
        return itemSerde(StateSchemas.bundled());
    }

    /** The items' serde over a catalog, e.g. {@link StateSchemas#with} the schemas topic. */
    public static AvroSerde<DedupItem> itemSerde(final SchemaCatalog catalog) {
        return AvroSerde.of(DedupItem.getClassSchema(), DedupItem.getEncoder(), DedupItem.createDecoder(catalog),
                catalog);
    }

    /**
     * Builders of the persistent (RocksDB) stores, each with a changelog topic; items of released schemas only. The
     * counters, one key per blog rewritten by each new item, sit behind the record cache, so that a commit writes a
     * blog's counters once rather than once per item.
     */
    public static List<StoreBuilder<?>> builders() {
        return builders(StateSchemas.bundled());
    }

    /**
     * As {@link #builders()}, the items' serde over {@code catalog}: with {@link StateSchemas#with} the schemas
     * topic, an instance restores a changelog that an instance of a newer release wrote during a rolling upgrade.
     */
    public static List<StoreBuilder<?>> builders(final SchemaCatalog catalog) {
        return List.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ITEMS), Serdes.String(), itemSerde(catalog)),
                stringStore(EXACT_INDEX), stringStore(SEQUENCE), stringStore(COUNTERS).withCachingEnabled());
    }

    public static DedupStores from(final ProcessingContext context) {
        return new DedupStores(context.getStateStore(ITEMS), context.getStateStore(EXACT_INDEX),
                context.getStateStore(SEQUENCE), context.getStateStore(COUNTERS));
    }

    private static StoreBuilder<KeyValueStore<String, String>> stringStore(final String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.String());
    }

    static String blogKey(final String blogId, final String rest) {
        return blogId + '\u0000' + rest;
    }

    /** The exact index's key of an update that its source names: never a fingerprint, which is 16 hex digits. */
    static String updateKey(final String blogId, final String entryId) {
        return blogKey(blogId, "update " + entryId);
    }

    /** Whether an exact-index key is an update's ({@link #updateKey}) rather than a text's. */
    static boolean isUpdateKey(final String key) {
        return key.contains("\u0000update ");
    }

    /**
     * The 64 bits of the fingerprint an exact-index key of the blog names (16 hex digits after the blog's
     * prefix), as the shingle index holds them; none for an update's key.
     */
    static OptionalLong fingerprintBits(final String blogId, final String key) {
        final int from = blogId.length() + 1;
        if (key.length() != from + FINGERPRINT_DIGITS || !key.startsWith(blogPrefix(blogId))) {
            return OptionalLong.empty();
        }
        for (int i = from; i < key.length(); i++) {
            if (Character.digit(key.charAt(i), 16) < 0) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseUnsignedLong(key.substring(from), 16));
    }

    static String blogPrefix(final String blogId) {
        return blogId + '\u0000';
    }
}
