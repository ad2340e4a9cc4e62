package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ProfileCacheTest {

    @Test
    void shouldTokeniseATextOnceAndReuseItsProfile() {
        // given
        final ProfileCache cache = new ProfileCache(4);
        final String text = "Rescue crews have reached Ashcombe after the storm passed overnight.";

        // when
        final Profile first = cache.of(text);
        final Profile second = cache.of(text);

        // then
        assertSame(first, second);
        assertEquals(Profile.of(text), first);
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedTextBeyondItsCapacity() {
        // given
        final ProfileCache cache = new ProfileCache(2);
        final Profile a = cache.of("text a one");
        cache.of("text b two");
        cache.of("text a one");

        // when
        cache.of("text c three");

        // then
        assertEquals(2, cache.size());
        assertSame(a, cache.of("text a one"));
        assertNotSame(cache.of("text c three"), Profile.of("text c three"));
    }
}
