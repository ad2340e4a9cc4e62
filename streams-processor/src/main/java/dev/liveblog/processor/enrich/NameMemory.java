package dev.liveblog.processor.enrich;

import dev.liveblog.processor.enrich.names.Found;
import java.util.Set;

/**
 * What a blog has named so far, so a later short or ambiguous name resolves: people by their full name (in any
 * word order) and by each word of it, organisations by name and acronym, places by the name it used, and the
 * countries it is about. Backed by a state store in the topology, by Kafka Streams' in-memory store in tests.
 */
public interface NameMemory {

    /** What the blog named under a key, or null. */
    Found recall(String blogId, String key);

    void remember(String blogId, String key, Found found);

    /** The countries the blog named (ISO codes). */
    Set<String> countries(String blogId);

    void rememberCountries(String blogId, Set<String> countries);

    /** An item waiting for a full name, and the page (poll) its newest entry was read on. */
    record Waiter(String canonicalId, String page) {
    }

    /** Notes that an item used a name the blog had not yet given in full ("Mr Valtonen" before the full name). */
    void awaitName(String blogId, String key, Waiter waiter);

    /** The items that used a name now given in full, which stop waiting for it. */
    java.util.List<Waiter> takeAwaiting(String blogId, String key);
}
