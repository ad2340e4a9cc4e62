package dev.liveblog.processor.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveblog.processor.text.PhraseMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Labels an item with topics of a small taxonomy kept as data, with the words that triggered each label. */
public final class TopicTagger {

    /** A topic label and the words of the text that triggered it. */
    public record Tag(String label, List<String> triggers) {
    }

    private final Map<String, List<String>> labelsByTrigger;
    private final List<String> labelOrder;
    private final PhraseMatcher triggers;

    private TopicTagger(final Map<String, List<String>> taxonomy) {
        this.labelsByTrigger = new HashMap<>();
        this.labelOrder = new ArrayList<>(taxonomy.keySet());
        final List<String> all = new ArrayList<>();
        taxonomy.forEach((label, triggers) -> triggers.forEach(trigger -> {
            labelsByTrigger.computeIfAbsent(trigger.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(label);
            all.add(trigger);
        }));
        this.triggers = PhraseMatcher.ignoringCase(all);
    }

    public static TopicTagger bundled() {
        try (InputStream in = TopicTagger.class.getResourceAsStream("/reference/topics.json")) {
            if (in == null) {
                throw new IllegalStateException("reference/topics.json is missing from the classpath");
            }
            final JsonNode topics = new ObjectMapper().readTree(in).get("topics");
            final Map<String, List<String>> taxonomy = new LinkedHashMap<>();
            topics.fields().forEachRemaining(e -> {
                final List<String> triggers = new ArrayList<>();
                e.getValue().forEach(t -> triggers.add(t.asText()));
                taxonomy.put(e.getKey(), triggers);
            });
            return new TopicTagger(taxonomy);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read reference/topics.json", e);
        }
    }

    public List<Tag> tag(final String text) {
        final Map<String, Set<String>> triggers = new HashMap<>();
        for (final PhraseMatcher.Match match : this.triggers.all(text)) {
            final String written = text.substring(match.start(), match.end());
            for (final String label : labelsByTrigger.getOrDefault(match.phrase().toLowerCase(Locale.ROOT),
                    List.of())) {
                triggers.computeIfAbsent(label, k -> new LinkedHashSet<>()).add(written);
            }
        }
        final List<Tag> tags = new ArrayList<>();
        for (final String label : labelOrder) {
            if (triggers.containsKey(label)) {
                tags.add(new Tag(label, List.copyOf(triggers.get(label))));
            }
        }
        return tags;
    }
}
