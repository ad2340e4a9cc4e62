package dev.liveblog.processor.dedup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The profiles of recently compared texts, least recently used forgotten first. An item that shares shingles with
 * many entries is a candidate for each of them; its text is tokenised once instead of at every comparison. A
 * profile is a function of the text alone, so a cached one is never stale; the cache is per processor instance and
 * holds no state that needs restoring.
 */
final class ProfileCache {

    private final Map<String, Profile> profiles;

    ProfileCache(final int capacity) {
        this.profiles = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, Profile> eldest) {
                return size() > capacity;
            }
        };
    }

    Profile of(final String text) {
        return profiles.computeIfAbsent(text, Profile::of);
    }

    int size() {
        return profiles.size();
    }
}
