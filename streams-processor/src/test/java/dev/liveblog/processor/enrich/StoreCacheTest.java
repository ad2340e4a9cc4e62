package dev.liveblog.processor.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoreCacheTest {

    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private KeyValueStore<String, String> store;
    private KeyValueStore<String, String> counted;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("cached"), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        counted = (KeyValueStore<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    calls.merge(method.getName(), 1, Integer::sum);
                    try {
                        return method.invoke(store, args);
                    } catch (final InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void shouldReadAnAbsentKeyFromTheStoreOnce() {
        final StoreCache cache = new StoreCache(counted, 10);

        assertNull(cache.get("k"));
        assertNull(cache.get("k"));

        assertEquals(1, calls.get("get"));
    }

    @Test
    void shouldWriteThroughAndAnswerFromMemory() {
        final StoreCache cache = new StoreCache(counted, 10);

        cache.put("k", "v");

        assertEquals("v", store.get("k"));
        assertEquals("v", cache.get("k"));
        assertNull(calls.get("get"));
    }

    @Test
    void shouldDeleteOnlyAKeyTheStoreHolds() {
        store.put("held", "v");
        final StoreCache cache = new StoreCache(counted, 10);

        cache.delete("absent");
        cache.delete("held");

        assertEquals(1, calls.get("delete"), "no tombstone for an absent key");
        assertNull(store.get("held"));
        assertNull(cache.get("held"));
        assertEquals(2, calls.get("get"), "the deleted key is known absent");
    }

    @Test
    void shouldReadTheStoreAgainOnceCleared() {
        final StoreCache cache = new StoreCache(counted, 10);
        cache.put("k", "v");
        store.delete("k"); // as a delete by prefix does, past the cache

        cache.clear();

        assertNull(cache.get("k"));
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedBeyondItsCapacity() {
        final StoreCache cache = new StoreCache(counted, 2);
        store.put("a", "1");
        store.put("b", "2");
        store.put("c", "3");

        cache.get("a");
        cache.get("b");
        cache.get("a");
        cache.get("c"); // b is the least recently used: it goes
        cache.get("a");
        cache.get("b");

        assertEquals(4, calls.get("get"));
    }

    @Test
    void shouldTakeAnEmptyValueForNone() {
        store.put("k", "");
        final StoreCache cache = new StoreCache(counted, 10);

        assertNull(cache.get("k"));
        assertNull(cache.get("k"));
        assertEquals(1, calls.get("get"));
    }
}
