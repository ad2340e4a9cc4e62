package dev.liveblog.processor.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveblog.schema.Attribution;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Entity;
import dev.liveblog.schema.EntityType;
import dev.liveblog.schema.Quote;
import dev.liveblog.schema.TimeMention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enrichment scored against the gold files, field by field: the sample's entities, quotes with speakers,
 * attributions and times; the invented corpus's people, whom the reference data does not know. The figures are
 * printed; the README reports them.
 */
class EnrichmentEvaluationTest {

    private static JsonNode gold;
    private static Map<String, CanonicalEntry> sample;
    private static final String SOURCE = "liveblog-istanbul-2025-05-16.txt";

    @BeforeAll
    static void enrichTheSample() throws Exception {
        final Corpus corpus = Corpus.sample();
        gold = new ObjectMapper().readTree(Corpus.SAMPLE.resolveSibling("liveblog-istanbul-2025-05-16.gold.json")
                .toFile());
        sample = EnrichmentRun.run(corpus.polls(), corpus.furniture(), LocalDate.of(2025, 5, 16),
                ZoneId.of("Europe/Istanbul"));
    }

    @Test
    void shouldFindTheSamplesEntitiesWithAnF1OfAtLeast095() {
        // given the entities the gold requires, line by line, and those the enricher found
        int truePositives = 0;
        int predicted = 0;
        int required = 0;
        final List<String> errors = new ArrayList<>();
        for (final Map.Entry<String, CanonicalEntry> line : sample.entrySet()) {
            final JsonNode wanted = gold.get("entities_required").get(lineNumber(line.getKey()));
            final Set<String> expected = new HashSet<>();
            if (wanted != null) {
                wanted.forEach(e -> expected.add(e.get("type").asText() + ":" + e.get("name").asText()));
            }
            final Set<String> found = new HashSet<>();
            for (final Entity entity : line.getValue().getEntities()) {
                final String key = entity.getType() + ":" + entity.getName();
                // The gold leaves adjectival uses ("US officials", "Russian side") optional: not counted as errors.
                if (expected.contains(key) || !adjectival(line.getValue().getText(), entity)) {
                    found.add(key);
                }
            }
            final Set<String> hits = new HashSet<>(found);
            hits.retainAll(expected);
            truePositives += hits.size();
            predicted += found.size();
            required += expected.size();
            if (!found.equals(expected)) {
                errors.add(line.getKey() + " found " + found + " wanted " + expected);
            }
        }

        // then precision and recall give an F1 of at least 0.95
        final double precision = (double) truePositives / predicted;
        final double recall = (double) truePositives / required;
        final double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "sample entities: precision %.3f, recall %.3f, F1 %.3f (%d required)%n",
                precision, recall, f1, required);
        assertTrue(f1 >= 0.95, () -> String.format(Locale.ROOT, "F1 %.3f; %s", f1, errors));
    }

    @Test
    void shouldNameTheRightSpeakerForAtLeast90PercentOfTheSamplesQuotes() {
        // given every quotation of the gold with its speaker
        int right = 0;
        final List<String> wrong = new ArrayList<>();
        for (final JsonNode quote : gold.get("quotes")) {
            final CanonicalEntry line = sample.get(SOURCE + ":" + quote.get("line").asInt());
            final String words = quote.get("text").asText().replaceAll("[\u201C\u201D\"]", "").strip();
            final Quote found = line.getQuotes().stream()
                    .filter(q -> words.startsWith(q.getText()) || q.getText().startsWith(words)
                            || words.contains(q.getText().substring(0, Math.min(20, q.getText().length()))))
                    .findFirst().orElse(null);
            if (found != null && sameSpeaker(quote.get("speaker").asText(), found)) {
                right++;
            } else {
                wrong.add(quote.get("line").asInt() + ": " + (found == null ? "not found" : found.getSpeaker()));
            }
        }

        // then at least nine in ten have the right speaker
        final double share = (double) right / gold.get("quotes").size();
        System.out.printf(Locale.ROOT, "sample quotes with the right speaker: %.3f (%d of %d)%n", share, right,
                gold.get("quotes").size());
        assertTrue(share >= 0.9, () -> "wrong: " + wrong);
    }

    @Test
    void shouldResolveEveryListedTimeOfTheSample() {
        assertEveryTime(gold, sample, time -> SOURCE + ":" + time.get("line").asInt());
    }

    /** Every time the gold lists is found on its line, as the same instant or day. */
    private static void assertEveryTime(final JsonNode goldFile, final Map<String, CanonicalEntry> run,
                                        final java.util.function.Function<JsonNode, String> lineOf) {
        for (final JsonNode time : goldFile.get("time_mentions")) {
            final CanonicalEntry line = run.get(lineOf.apply(time));
            final TimeMention found = line.getTimeMentions().stream()
                    .filter(t -> t.getMention().toLowerCase(Locale.ROOT).contains(
                            time.get("mention").asText().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + time + " in " + line.getTimeMentions()));
            if (time.has("utc")) {
                assertEquals(Instant.parse(time.get("utc").asText()), found.getUtc(), time.toString());
            } else {
                assertEquals(LocalDate.parse(time.get("date").asText()), found.getDate(), time.toString());
            }
        }
    }

    @Test
    void shouldCreditEveryAttributionOfTheSample() {
        int right = 0;
        for (final JsonNode attribution : gold.get("attributions")) {
            final CanonicalEntry line = sample.get(SOURCE + ":" + attribution.get("line").asInt());
            if (line.getAttributions().stream().map(Attribution::getSource)
                    .anyMatch(s -> s.equals(attribution.get("source").asText()))) {
                right++;
            }
        }
        final long credited = sample.values().stream().mapToLong(i -> i.getAttributions().size()).sum();
        System.out.printf(Locale.ROOT, "sample attributions: recall %d of %d, %d credited in all%n", right,
                gold.get("attributions").size(), credited);
        assertEquals(gold.get("attributions").size(), right);
        assertEquals(gold.get("attributions").size(), credited);
    }

    @Test
    void shouldNameTheSpeakersAndResolveTheTimesOfTheInventedCorpus() throws Exception {
        // given the invented corpus and its gold quotes and times
        final Corpus corpus = Corpus.cycloneOra();
        final JsonNode cycloneGold = new ObjectMapper().readTree(Corpus.CYCLONE.resolve("cyclone-ora.gold.json")
                .toFile());
        final Map<String, CanonicalEntry> run = EnrichmentRun.run(corpus.polls(), corpus.furniture(),
                LocalDate.of(2031, 3, 11), ZoneId.of("Europe/Oslo"));

        // then every quote has its speaker, as an unknown person
        int right = 0;
        for (final JsonNode quote : cycloneGold.get("quotes")) {
            final List<Quote> quotes = run.get(quote.get("line").asText()).getQuotes();
            if (!quotes.isEmpty() && quote.get("speaker").asText().equals(quotes.get(0).getSpeaker())) {
                right++;
            }
        }
        System.out.printf(Locale.ROOT, "cyclone-ora quotes with the right speaker: %d of %d%n", right,
                cycloneGold.get("quotes").size());
        assertTrue(right >= 0.9 * cycloneGold.get("quotes").size());
        // and every listed time is right
        assertEveryTime(cycloneGold, run, time -> time.get("line").asText());
    }

    @Test
    void shouldFindAtLeast80PercentOfThePeopleTheReferenceDataDoesNotKnow() throws Exception {
        // given the invented corpus, whose people the reference data does not know
        final Corpus corpus = Corpus.cycloneOra();
        final JsonNode cycloneGold = new ObjectMapper().readTree(Corpus.CYCLONE.resolve("cyclone-ora.gold.json")
                .toFile());
        final Map<String, CanonicalEntry> run = EnrichmentRun.run(corpus.polls(), corpus.furniture(),
                LocalDate.of(2031, 3, 11), ZoneId.of("Europe/Oslo"));

        // when the people found are compared with the gold
        int wanted = 0;
        int found = 0;
        final List<String> missed = new ArrayList<>();
        for (final var entry : (Iterable<Map.Entry<String, JsonNode>>) cycloneGold.get("entities_required")::fields) {
            for (final JsonNode person : entry.getValue()) {
                wanted++;
                final boolean hit = run.get(entry.getKey()).getEntities().stream()
                        .anyMatch(e -> e.getType() == EntityType.PERSON
                                && e.getName().equals(person.get("name").asText()) && !e.getKnown());
                if (hit) {
                    found++;
                } else {
                    missed.add(entry.getKey() + " " + person.get("name").asText());
                }
            }
        }

        // then at least 80% of them are found, as unknown people
        final double recall = (double) found / wanted;
        System.out.printf(Locale.ROOT, "cyclone-ora people: recall %.3f (%d of %d)%n", recall, found, wanted);
        assertTrue(recall >= 0.8, () -> "missed: " + missed);
    }

    private static boolean sameSpeaker(final String gold, final Quote found) {
        if (found.getSpeaker() == null) {
            return false;
        }
        if (gold.contains("source")) {
            return found.getSpeakerId() == null && found.getSpeaker().contains("source");
        }
        return gold.equals(found.getSpeaker());
    }

    /** A mention used as a modifier: followed by a lower-case word ("US officials"). */
    private static boolean adjectival(final String text, final Entity entity) {
        final int end = entity.getEnd();
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1));
    }

    private static String lineNumber(final String name) {
        return name.substring(name.lastIndexOf(':') + 1);
    }
}
