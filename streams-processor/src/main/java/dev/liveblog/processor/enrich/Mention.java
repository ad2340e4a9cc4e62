package dev.liveblog.processor.enrich;

import dev.liveblog.schema.EntityType;

/**
 * A mention of an entity in a text.
 *
 * @param id stable id of the entity
 * @param name canonical name
 * @param type person, organisation or place
 * @param text the mention as written
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param known whether the entity comes from reference data
 * @param agency whether it is a news outlet or agency
 */
public record Mention(String id, String name, EntityType type, String text, int start, int end, boolean known,
                      boolean agency) {

    boolean overlaps(final Mention other) {
        return start < other.end && other.start < end;
    }
}
