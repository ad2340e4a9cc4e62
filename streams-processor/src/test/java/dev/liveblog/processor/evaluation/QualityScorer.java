package dev.liveblog.processor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveblog.common.text.TextNormalizer;
import dev.liveblog.schema.Attribution;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Entity;
import dev.liveblog.schema.EntityType;
import dev.liveblog.schema.Quote;
import dev.liveblog.schema.TimeMention;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores a run of the processor's topology over a corpus against its gold file.
 *
 * <p>Enrichment is scored per final item, against the gold of the line whose text the item carries (its fullest
 * member), so a line repeated over polls counts once and a fuller text is not blamed for words its shorter members
 * lack. Names compare without case, accents or punctuation; a person's name also without word order (family name
 * first or last), a place's without the word of its kind of division ("Biob\u00edo Region" is "Biob\u00edo"); a found
 * entity's other names (its aliases in reference data) count as its name. Spans of time
 * mentions compare loosely (one contains the other), their values exactly.
 */
final class QualityScorer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\u201C\u201D\u2018\u2019\"'\u201E]");

    private final Corpus corpus;
    private final Function<String, List<String>> aliasesOfId;
    private final List<String> mistakes = new ArrayList<>();

    private QualityScorer(final Corpus corpus, final Function<String, List<String>> aliasesOfId) {
        this.corpus = corpus;
        this.aliasesOfId = aliasesOfId;
    }

    /**
     * @param all the run over every poll
     * @param lastOnly a run over the last poll alone
     * @param aliasesOfId the other names of a known entity, by id
     */
    static Quality score(final Corpus corpus, final PipelineRun.Result all, final PipelineRun.Result lastOnly,
                         final Function<String, List<String>> aliasesOfId) throws IOException {
        return new QualityScorer(corpus, aliasesOfId).score(all, lastOnly);
    }

    private Quality score(final PipelineRun.Result run, final PipelineRun.Result lastOnly) throws IOException {
        final Map<String, String> entries = corpus.entries();
        final JsonNode gold = corpus.gold();
        final Map<String, String> itemOf = run.itemOfEntry();
        final Set<String> furniture = new HashSet<>(run.furniture());
        int leaked = 0;
        int dropped = 0;
        for (final String entry : entries.keySet()) {
            if (corpus.furniture().contains(entry) && itemOf.containsKey(entry)) {
                leaked++;
                mistakes.add("furniture kept as news: " + entry + " " + entries.get(entry));
            } else if (!corpus.furniture().contains(entry) && furniture.contains(entry)) {
                dropped++;
                mistakes.add("news dropped as furniture: " + entry + " " + entries.get(entry));
            }
        }
        final Scores dedup = Scores.of(corpus, run);
        dedup.missed().forEach(p -> mistakes.add("repeat missed: " + p));
        dedup.wrong().forEach(p -> mistakes.add("merged wrongly: " + p));

        // The gold line whose text each item carries.
        final Map<String, List<String>> linesByText = new HashMap<>();
        entries.forEach((entry, text) -> linesByText.computeIfAbsent(TextNormalizer.normalize(text),
                k -> new ArrayList<>()).add(entry));
        final Map<String, String> carrier = new LinkedHashMap<>();
        for (final CanonicalEntry item : run.items().values()) {
            final List<String> lines = linesByText.getOrDefault(TextNormalizer.normalize(item.getText()), List.of());
            lines.stream().filter(l -> !corpus.furniture().contains(l)).findFirst()
                    .ifPresent(line -> carrier.put(item.getCanonicalId(), line));
        }

        final Quality.Entities entities = entities(run, carrier, gold);
        final int split = splitPeople(run, carrier, gold);
        final Quality.Count quotes = quotes(run, itemOf, gold);
        final int[] times = times(run, carrier, gold);
        final Quality.Count published = published(run, itemOf, gold);
        final int[] attributions = attributions(run, carrier, gold);
        final boolean same = texts(run, lastPoll()).equals(texts(lastOnly, lastPoll()));
        if (!same) {
            final Set<String> all = texts(run, lastPoll());
            final Set<String> last = texts(lastOnly, lastPoll());
            all.stream().filter(t -> !last.contains(t)).forEach(t -> mistakes.add("after every poll, not the last alone: " + t));
            last.stream().filter(t -> !all.contains(t)).forEach(t -> mistakes.add("after the last poll alone, not every poll: " + t));
        }
        return new Quality(leaked, dropped, dedup, entities, split, quotes, new Quality.Count(times[0], times[1]),
                times[2], published, new Quality.Count(attributions[0], attributions[1]), attributions[2], same,
                List.copyOf(mistakes));
    }

    private Quality.Entities entities(final PipelineRun.Result run, final Map<String, String> carrier,
                                      final JsonNode gold) {
        int truePositives = 0;
        int predicted = 0;
        final int[] wanted = new int[EntityType.values().length];
        final int[] hit = new int[EntityType.values().length];
        final boolean hasOptional = gold.has("entities_optional");
        final Set<String> types = scoredTypes(gold);
        for (final Map.Entry<String, String> held : carrier.entrySet()) {
            final CanonicalEntry item = run.items().get(held.getKey());
            final String line = held.getValue();
            final List<JsonNode> required = list(gold.path("entities_required"), line);
            final List<JsonNode> optional = list(gold.path("entities_optional"), line);
            final Set<Integer> matched = new HashSet<>();
            final Set<String> counted = new HashSet<>();
            for (final Entity entity : item.getEntities()) {
                if (!types.contains(entity.getType().name())) {
                    continue;
                }
                final String key = entity.getType() + "|" + entity.getId();
                final int index = indexOf(required, entity);
                if (index >= 0) {
                    if (matched.add(index)) {
                        truePositives++;
                        predicted++;
                    }
                    continue;
                }
                final boolean allowed = indexOf(optional, entity) >= 0
                        || (!hasOptional && adjectival(item.getText(), entity));
                if (!allowed && counted.add(key)) {
                    predicted++;
                    mistakes.add("entity not in the gold: " + line + " " + entity.getType() + " " + entity.getName()
                            + " ('" + entity.getMention() + "')");
                }
            }
            for (int i = 0; i < required.size(); i++) {
                final EntityType type = EntityType.valueOf(required.get(i).get("type").asText());
                wanted[type.ordinal()]++;
                if (matched.contains(i)) {
                    hit[type.ordinal()]++;
                } else {
                    mistakes.add("entity missed: " + line + " " + type + " " + required.get(i).get("name").asText());
                }
            }
        }
        return new Quality.Entities(truePositives, predicted,
                new Quality.Count(hit[EntityType.PERSON.ordinal()], wanted[EntityType.PERSON.ordinal()]),
                new Quality.Count(hit[EntityType.PLACE.ordinal()], wanted[EntityType.PLACE.ordinal()]),
                new Quality.Count(hit[EntityType.ORGANIZATION.ordinal()], wanted[EntityType.ORGANIZATION.ordinal()]));
    }

    /** The entity types the gold labels: all, or those its {@code entity_types} lists (cyclone-ora: people). */
    private static Set<String> scoredTypes(final JsonNode gold) {
        final Set<String> types = new HashSet<>();
        if (gold.has("entity_types")) {
            gold.get("entity_types").forEach(t -> types.add(t.asText()));
        } else {
            Arrays.stream(EntityType.values()).forEach(t -> types.add(t.name()));
        }
        return types;
    }

    /** The gold people found under more than one id across the items. */
    private int splitPeople(final PipelineRun.Result run, final Map<String, String> carrier, final JsonNode gold) {
        final Map<String, Set<String>> ids = new HashMap<>();
        for (final Map.Entry<String, String> held : carrier.entrySet()) {
            final CanonicalEntry item = run.items().get(held.getKey());
            for (final JsonNode wanted : list(gold.path("entities_required"), held.getValue())) {
                if (!"PERSON".equals(wanted.get("type").asText())) {
                    continue;
                }
                for (final Entity entity : item.getEntities()) {
                    if (sameEntity(wanted, entity)) {
                        ids.computeIfAbsent(key(EntityType.PERSON, wanted.get("name").asText()), k -> new HashSet<>())
                                .add(entity.getId());
                    }
                }
            }
        }
        int split = 0;
        for (final Map.Entry<String, Set<String>> person : ids.entrySet()) {
            if (person.getValue().size() > 1) {
                split++;
                mistakes.add("one person under several ids: " + person.getKey() + " " + person.getValue());
            }
        }
        return split;
    }

    private Quality.Count quotes(final PipelineRun.Result run, final Map<String, String> itemOf, final JsonNode gold) {
        final Set<String> seen = new HashSet<>();
        int right = 0;
        int of = 0;
        for (final JsonNode quote : gold.path("quotes")) {
            final String line = corpus.ref(quote.get("line"));
            // A gold without the quotation's words (cyclone-ora's) means the item's first quotation.
            final String words = quote.has("text") ? plain(quote.get("text").asText()) : "";
            final String itemId = itemOf.get(line);
            if (!seen.add(itemId + "|" + words.substring(0, Math.min(30, words.length())))) {
                continue;
            }
            of++;
            final CanonicalEntry item = itemId == null ? null : run.items().get(itemId);
            final Quote found = item == null ? null : item.getQuotes().stream()
                    .filter(q -> words.isEmpty() || overlaps(words, plain(q.getText()))).findFirst().orElse(null);
            if (found != null && rightSpeaker(quote, found)) {
                right++;
            } else {
                mistakes.add("speaker wrong: " + line + " '" + words.substring(0, Math.min(40, words.length()))
                        + "' wanted " + (quote.has("anonymous") ? "anonymous " + quote.get("anonymous").asText()
                        : quote.get("speaker").asText()) + ", got "
                        + (found == null ? "no quotation" : found.getSpeaker() + " (" + found.getSpeakerId() + ")"));
            }
        }
        return new Quality.Count(right, of);
    }

    /** Right, wanted, and found without being wanted. */
    private int[] times(final PipelineRun.Result run, final Map<String, String> carrier, final JsonNode gold) {
        final Map<String, List<JsonNode>> byLine = byLine(gold.path("time_mentions"));
        int right = 0;
        int of = 0;
        int extra = 0;
        for (final Map.Entry<String, String> held : carrier.entrySet()) {
            final CanonicalEntry item = run.items().get(held.getKey());
            final List<JsonNode> wanted = byLine.getOrDefault(held.getValue(), List.of());
            final Set<TimeMention> used = new HashSet<>();
            for (final JsonNode time : wanted) {
                of++;
                final String mention = time.get("mention").asText().toLowerCase(Locale.ROOT);
                final TimeMention found = item.getTimeMentions().stream()
                        .filter(t -> sameSpan(mention, t.getMention().toLowerCase(Locale.ROOT)))
                        .findFirst().orElse(null);
                if (found != null) {
                    used.add(found);
                }
                final boolean ok = found != null && (time.has("utc")
                        ? Instant.parse(time.get("utc").asText()).equals(found.getUtc())
                        : LocalDate.parse(time.get("date").asText()).equals(found.getDate()));
                if (ok) {
                    right++;
                } else {
                    mistakes.add("time wrong: " + held.getValue() + " '" + time.get("mention").asText() + "' wanted "
                            + (time.has("utc") ? time.get("utc").asText() : time.get("date").asText()) + ", got "
                            + (found == null ? "nothing" : found.getUtc() != null ? found.getUtc() : found.getDate()));
                }
            }
            for (final TimeMention found : item.getTimeMentions()) {
                if (!used.contains(found)) {
                    extra++;
                    mistakes.add("time not in the gold: " + held.getValue() + " '" + found.getMention() + "'");
                }
            }
        }
        return new int[] {right, of, extra};
    }

    private Quality.Count published(final PipelineRun.Result run, final Map<String, String> itemOf,
                                    final JsonNode gold) {
        int right = 0;
        int of = 0;
        final Set<String> seen = new HashSet<>();
        for (final JsonNode stamp : gold.path("published_times")) {
            final String line = corpus.ref(stamp.get("line"));
            final String itemId = itemOf.get(line);
            if (!seen.add(String.valueOf(itemId))) {
                continue;
            }
            of++;
            final CanonicalEntry item = itemId == null ? null : run.items().get(itemId);
            final Object published = item == null || item.getSchema().getField("publishedAt") == null ? null
                    : item.get("publishedAt");
            if (Instant.parse(stamp.get("utc").asText()).equals(published)) {
                right++;
            } else {
                mistakes.add("post time wrong: " + line + " wanted " + stamp.get("utc").asText() + ", got " + published);
            }
        }
        return new Quality.Count(right, of);
    }

    /** Right, wanted, and credited without being wanted. */
    private int[] attributions(final PipelineRun.Result run, final Map<String, String> carrier, final JsonNode gold) {
        final Map<String, List<JsonNode>> byLine = byLine(gold.path("attributions"));
        int right = 0;
        int of = 0;
        int extra = 0;
        for (final Map.Entry<String, String> held : carrier.entrySet()) {
            final CanonicalEntry item = run.items().get(held.getKey());
            final List<JsonNode> wanted = byLine.getOrDefault(held.getValue(), List.of());
            final Set<String> wantedKeys = new HashSet<>();
            wanted.forEach(w -> wantedKeys.add(plain(w.get("source").asText())));
            final Set<String> matchedKeys = new HashSet<>();
            for (final Attribution attribution : item.getAttributions()) {
                final Set<String> names = namesOf(attribution.getSource(), idOfAgency(item, attribution.getSource()));
                final String match = wantedKeys.stream().filter(names::contains).findFirst().orElse(null);
                if (match != null) {
                    matchedKeys.add(match);
                } else {
                    extra++;
                    mistakes.add("attribution not in the gold: " + held.getValue() + " " + attribution.getSource());
                }
            }
            of += wantedKeys.size();
            right += matchedKeys.size();
            wantedKeys.stream().filter(k -> !matchedKeys.contains(k))
                    .forEach(k -> mistakes.add("attribution missed: " + held.getValue() + " " + k));
        }
        return new int[] {right, of, extra};
    }

    private static String idOfAgency(final CanonicalEntry item, final String name) {
        return item.getEntities().stream().filter(e -> e.getName().equals(name)).map(Entity::getId).findFirst()
                .orElse(null);
    }

    private boolean rightSpeaker(final JsonNode quote, final Quote found) {
        if (found.getSpeaker() == null) {
            return false;
        }
        // The sample's gold names an anonymous speaker by a description with "source" in it.
        final String anonymous = quote.has("anonymous") ? quote.get("anonymous").asText()
                : quote.get("speaker").asText().contains("source") ? quote.get("speaker").asText() : null;
        if (anonymous != null) {
            final String[] words = plain(anonymous).split(" ");
            final String head = singular(words[words.length - 1]);
            return found.getSpeakerId() == null
                    && Arrays.stream(plain(found.getSpeaker()).split(" ")).map(QualityScorer::singular)
                    .anyMatch(head::equals);
        }
        final String wanted = key(EntityType.PERSON, quote.get("speaker").asText());
        return namesOf(found.getSpeaker(), found.getSpeakerId()).stream()
                .anyMatch(n -> key(EntityType.PERSON, n).equals(wanted));
    }

    private int indexOf(final List<JsonNode> wanted, final Entity entity) {
        for (int i = 0; i < wanted.size(); i++) {
            if (sameEntity(wanted.get(i), entity)) {
                return i;
            }
        }
        return -1;
    }

    private boolean sameEntity(final JsonNode wanted, final Entity entity) {
        final EntityType type = EntityType.valueOf(wanted.get("type").asText());
        if (type != entity.getType()) {
            return false;
        }
        final String name = key(type, wanted.get("name").asText());
        return namesOf(entity.getName(), entity.getId()).stream().anyMatch(n -> key(type, n).equals(name));
    }

    /** An entity's name and, when it is known, every other name reference data gives it. */
    private Set<String> namesOf(final String name, final String id) {
        final Set<String> names = new HashSet<>();
        names.add(name);
        if (id != null) {
            names.addAll(aliasesOfId.apply(id));
        }
        final Set<String> plain = new HashSet<>();
        names.forEach(n -> plain.add(plain(n)));
        plain.addAll(names);
        return plain;
    }

    static String key(final EntityType type, final String name) {
        final String plain = plain(name);
        if (type == EntityType.PLACE) {
            // "Biobío Region" and "Biobío", "Gyeonggi Province" and "Gyeonggi" name one division.
            return DIVISION.matcher(plain).replaceFirst("");
        }
        if (type != EntityType.PERSON) {
            return plain;
        }
        final String[] words = plain.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    private static final Pattern DIVISION = Pattern.compile(
            " (region|province|county|prefecture|governorate|oblast|department|district|state)$");

    /** Lower case, without accents, quotation marks, punctuation or a leading "the", single spaces. */
    static String plain(final String text) {
        final String bare = MARKS.matcher(Normalizer.normalize(QUOTE_MARKS.matcher(text).replaceAll(""),
                Normalizer.Form.NFKD)).replaceAll("");
        final String words = NOT_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    private static String singular(final String word) {
        return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean overlaps(final String a, final String b) {
        final String pa = a.substring(0, Math.min(20, a.length()));
        final String pb = b.substring(0, Math.min(20, b.length()));
        return !a.isEmpty() && !b.isEmpty() && (a.startsWith(pb) || b.startsWith(pa) || a.contains(pb)
                || b.contains(pa));
    }

    private static boolean sameSpan(final String wanted, final String found) {
        return wanted.contains(found) || found.contains(wanted);
    }

    private List<JsonNode> list(final JsonNode byLine, final String line) {
        final List<JsonNode> list = new ArrayList<>();
        byLine.fields().forEachRemaining(e -> {
            if (corpus.ref(textNode(e.getKey())).equals(line)) {
                e.getValue().forEach(list::add);
            }
        });
        return list;
    }

    private static JsonNode textNode(final String key) {
        return key.matches("\\d+") ? com.fasterxml.jackson.databind.node.IntNode.valueOf(Integer.parseInt(key))
                : com.fasterxml.jackson.databind.node.TextNode.valueOf(key);
    }

    private Map<String, List<JsonNode>> byLine(final JsonNode list) {
        final Map<String, List<JsonNode>> byLine = new HashMap<>();
        list.forEach(n -> byLine.computeIfAbsent(corpus.ref(n.get("line")), k -> new ArrayList<>()).add(n));
        return byLine;
    }

    /** A mention used as a modifier: followed by a lower-case word ("US officials"). */
    private static boolean adjectival(final String text, final Entity entity) {
        final int end = entity.getEnd();
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1));
    }

    private String lastPoll() {
        return corpus.polls().get(corpus.polls().size() - 1).getFileName().toString();
    }

    /**
     * The texts of the items the last poll shows (an item whose entries all dropped off the page, below a "load
     * more" button, is still an item, but the last poll alone cannot know it).
     */
    private static Set<String> texts(final PipelineRun.Result run, final String lastPoll) {
        final Set<String> shown = new HashSet<>();
        run.itemOfEntry().forEach((entry, item) -> {
            if (entry.startsWith(lastPoll + ":")) {
                shown.add(item);
            }
        });
        final Set<String> texts = new HashSet<>();
        run.items().values().stream().filter(item -> shown.contains(item.getCanonicalId()))
                .forEach(item -> texts.add(TextNormalizer.normalize(item.getText())));
        return texts;
    }
}
