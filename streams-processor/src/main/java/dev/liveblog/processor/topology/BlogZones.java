package dev.liveblog.processor.topology;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Blogs' zones by their ids, parsed once: {@link ZoneId#of} parses the id and finds its rules at every call, twice
 * for each entry (when it is checked and when it is enriched), where a blog keeps one zone.
 */
final class BlogZones {

    /** Ids kept at most: any IANA id and a few hundred offsets; ids beyond are parsed at each call. */
    static final int MAX_KEPT = 4096;
    private static final BlogZones SHARED = new BlogZones();

    private final Map<String, ZoneId> kept = new ConcurrentHashMap<>();

    BlogZones() {
    }

    /** {@link ZoneId#of}, with the same exceptions for an id that is not a zone's; one set of ids per JVM. */
    static ZoneId of(final String id) {
        return SHARED.zone(id);
    }

    ZoneId zone(final String id) {
        final ZoneId known = kept.get(id);
        if (known != null) {
            return known;
        }
        final ZoneId zone = ZoneId.of(id);
        if (kept.size() < MAX_KEPT) {
            kept.put(id, zone);
        }
        return zone;
    }
}
