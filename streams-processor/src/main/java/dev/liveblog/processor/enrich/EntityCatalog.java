package dev.liveblog.processor.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveblog.processor.text.PhraseMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known entities and every name they go by, matched in one pass over a text with an Aho-Corasick automaton.
 * Matching is case-sensitive (names are written with capitals; "US" is not "us") and whole-word; where names
 * overlap, the longest wins ("Prime Minister Keir Starmer" is Keir Starmer, not also Starmer).
 */
public final class EntityCatalog {

    static final String DEFAULT_RESOURCE = "/reference/entities.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ReferenceEntity> byId;
    private final Map<String, ReferenceEntity> byName;
    private final PhraseMatcher names;

    private EntityCatalog(final Collection<ReferenceEntity> entities) {
        this.byId = new LinkedHashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        this.byName = new HashMap<>();
        for (final ReferenceEntity entity : byId.values()) {
            for (final String name : names(entity)) {
                byName.putIfAbsent(name, entity);
            }
        }
        this.names = PhraseMatcher.caseSensitive(byName.keySet());
    }

    /** The catalog shipped with the pipeline. */
    public static EntityCatalog bundled() {
        return of(read(DEFAULT_RESOURCE));
    }

    public static EntityCatalog of(final Collection<ReferenceEntity> entities) {
        return new EntityCatalog(entities);
    }

    /** A catalog with more entities; an entity with an id already known replaces the old one. */
    public EntityCatalog with(final Collection<ReferenceEntity> more) {
        final Map<String, ReferenceEntity> merged = new LinkedHashMap<>(byId);
        more.forEach(e -> merged.put(e.id(), e));
        return new EntityCatalog(merged.values());
    }

    public ReferenceEntity byId(final String id) {
        return byId.get(id);
    }

    /** The mentions of known entities in the text, longest first where they overlap, in text order. */
    public List<Mention> find(final String text) {
        final List<Mention> mentions = new ArrayList<>();
        for (final PhraseMatcher.Match match : names.longest(text)) {
            final ReferenceEntity entity = byName.get(match.phrase());
            mentions.add(new Mention(entity.id(), entity.name(), entity.type(), match.phrase(), match.start(),
                    match.end(), true, entity.agency()));
        }
        return mentions;
    }

    public int size() {
        return byId.size();
    }

    private static List<String> names(final ReferenceEntity entity) {
        final List<String> names = new ArrayList<>();
        names.add(entity.name());
        names.addAll(entity.aliases());
        return names;
    }

    /** Reads one entity per line of JSON; blank lines and lines starting with # are skipped. */
    static List<ReferenceEntity> read(final String resource) {
        final InputStream in = EntityCatalog.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        final List<ReferenceEntity> entities = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    entities.add(parse(line, resource + ":" + number));
                }
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return entities;
    }

    /** One entity from its JSON form, naming {@code where} when it is not one. */
    public static ReferenceEntity parse(final String json, final String where) {
        try {
            final ReferenceEntity entity = JSON.readValue(json, ReferenceEntity.class);
            if (entity.id() == null || entity.name() == null || entity.type() == null) {
                throw new IllegalArgumentException("an entity needs id, name and type");
            }
            return entity;
        } catch (final IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": not a reference entity: " + e.getMessage(), e);
        }
    }
}
