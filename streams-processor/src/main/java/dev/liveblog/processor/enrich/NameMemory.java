package dev.liveblog.processor.enrich;

import java.util.Optional;

/**
 * The people a blog has named in full so far, so that a later "Mr Halvik" or "Halvik said" resolves to the full
 * name seen earlier. Backed by a state store in the topology, by a map in tests.
 */
public interface NameMemory {

    /** The person last named in full whose surname this is, in this blog. */
    Optional<Mention> bySurname(String blogId, String surname);

    /** Remembers a person named in full. */
    void remember(String blogId, Mention person);
}
