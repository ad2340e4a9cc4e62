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
        assertEquals(Profile.of(text).tokens(), first.tokens());
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedTextBeyondItsCapacity() {
        // given
        final ProfileCache cache = new ProfileCache(2);
        final Profile a = cache.of("text a one");
        final Profile b = cache.of("text b two");
        cache.of("text a one");

        // when
        final Profile c = cache.of("text c three");

        // then the least recently used text (b) was forgotten, and the others are still the cached profiles
        assertEquals(2, cache.size());
        assertSame(a, cache.of("text a one"));
        assertSame(c, cache.of("text c three"));
        assertNotSame(b, cache.of("text b two"), "b was tokenised again after it was forgotten");
    }
}
