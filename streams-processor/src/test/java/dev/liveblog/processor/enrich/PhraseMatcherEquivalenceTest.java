package dev.liveblog.processor.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveblog.processor.text.PhraseMatcher;
import dev.liveblog.processor.text.ScanCheck;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.Test;

/**
 * The phrase matcher finds what the Aho-Corasick library it replaced found, configured as the entity catalog and
 * the topic tagger used it: the same spans, phrases and order, over every line of every corpus and the sample,
 * and over lines made of catalog names and triggers in changed case with letters, digits and marks around them.
 */
class PhraseMatcherEquivalenceTest {

    @Test
    void shouldFindWhatTheLibraryFoundForTheCatalogAndTheTopics() throws IOException {
        // given the catalog's names and the topic triggers, in both matchers
        final List<String> names = new ArrayList<>();
        EntityCatalog.read(EntityCatalog.DEFAULT_RESOURCE).forEach(e -> {
            names.add(e.name());
            names.addAll(e.aliases());
        });
        final List<String> triggers = triggers();
        final Trie.TrieBuilder catalogBuilder = Trie.builder().onlyWholeWords().ignoreOverlaps();
        names.forEach(catalogBuilder::addKeyword);
        final Trie catalogTrie = catalogBuilder.build();
        final Trie.TrieBuilder topicBuilder = Trie.builder().ignoreCase().onlyWholeWords();
        triggers.forEach(topicBuilder::addKeyword);
        final Trie topicTrie = topicBuilder.build();
        final PhraseMatcher catalog = PhraseMatcher.caseSensitive(names);
        final PhraseMatcher topics = PhraseMatcher.ignoringCase(triggers);

        // when both read every line
        final List<String> lines = lines(names, triggers);
        long found = 0;
        for (final String line : lines) {
            final List<String> expected = spans(catalogTrie.parseText(line));
            // then they find the same
            assertEquals(expected, spans(catalog.longest(line)), line);
            assertEquals(spans(topicTrie.parseText(line)), spans(topics.all(line)), line);
            found += expected.size();
        }
        // and there was much to find
        assertTrue(found > lines.size() / 2, found + " names in " + lines.size() + " lines");
    }

    @Test
    void shouldOrderAndChooseAsTheLibraryDidWherePhrasesNestAndOverlap() throws IOException {
        // given phrases inside phrases, in cases that fold alike
        final List<String> phrases = List.of("New York", "York", "york", "New York Times", "Times Square", "times",
                "peace talks", "talks", "Talks", "ab c", "c de", "c");
        final Trie.TrieBuilder exact = Trie.builder().onlyWholeWords().ignoreOverlaps();
        final Trie.TrieBuilder folded = Trie.builder().ignoreCase().onlyWholeWords();
        phrases.forEach(exact::addKeyword);
        phrases.forEach(folded::addKeyword);
        final Trie exactTrie = exact.build();
        final Trie foldedTrie = folded.build();
        final PhraseMatcher longest = PhraseMatcher.caseSensitive(phrases);
        final PhraseMatcher all = PhraseMatcher.ignoringCase(phrases);

        // when both read lines made of them, then they find the same, in the same order
        for (final String line : lines(phrases, List.of())) {
            assertEquals(spans(exactTrie.parseText(line)), spans(longest.longest(line)), line);
            assertEquals(spans(foldedTrie.parseText(line)), spans(all.all(line)), line);
        }
    }

    private static List<String> lines(final List<String> names, final List<String> triggers) throws IOException {
        final List<String> lines = ScanCheck.corpusLines();
        final Random random = new Random(7);
        final String[] around = {" ", "", "-", "'s ", "x", "2", "\u00e9", ", ", "\u2019", "\u0301"};
        final List<String> phrases = new ArrayList<>(names);
        phrases.addAll(triggers);
        for (int i = 0; i < 5_000; i++) {
            final StringBuilder line = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                String phrase = phrases.get(random.nextInt(phrases.size()));
                phrase = switch (random.nextInt(4)) {
                    case 0 -> phrase.toUpperCase(Locale.ROOT);
                    case 1 -> phrase.toLowerCase(Locale.ROOT);
                    default -> phrase;
                };
                line.append(around[random.nextInt(around.length)]).append(phrase);
            }
            lines.add(line.append(around[random.nextInt(around.length)]).toString());
        }
        return lines;
    }

    private static List<String> triggers() throws IOException {
        try (InputStream in = TopicTagger.class.getResourceAsStream("/reference/topics.json")) {
            final JsonNode topics = new ObjectMapper().readTree(in).get("topics");
            final List<String> triggers = new ArrayList<>();
            topics.forEach(label -> label.forEach(t -> triggers.add(t.asText())));
            return triggers;
        }
    }

    private static List<String> spans(final java.util.Collection<Emit> emits) {
        return emits.stream().map(e -> e.getStart() + "-" + (e.getEnd() + 1) + " " + e.getKeyword()).toList();
    }

    private static List<String> spans(final List<PhraseMatcher.Match> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + " " + m.phrase()).toList();
    }
}
