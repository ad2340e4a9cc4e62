package dev.liveblog.processor.enrich;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.liveblog.schema.EntityType;
import java.util.List;

/**
 * A known person, organisation or place, from reference data: its stable id, canonical name, type, the other
 * names it goes by, and whether it is a news outlet or agency that items are credited to.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferenceEntity(String id, String name, EntityType type, List<String> aliases, boolean agency) {

    public ReferenceEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
