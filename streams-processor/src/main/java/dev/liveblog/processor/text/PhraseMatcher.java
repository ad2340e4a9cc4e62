package dev.liveblog.processor.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds known phrases (names of the entity catalog, topic triggers) as whole words in a text, in one pass over
 * its characters with an Aho-Corasick automaton kept as a double array: a step is two array reads, where an
 * automaton of linked states costs a hash lookup per character.
 *
 * <p>A whole word is a match with no letter ({@link Character#isAlphabetic}) right before or after it, so
 * "Kyiv" is found in "Kyiv's" and "pro-Kyiv" but not in "Kyivan". Ignoring case folds each character alone
 * ({@link Character#toLowerCase(char)}), which keeps every offset of the text.
 */
public final class PhraseMatcher {

    /**
     * A phrase found.
     *
     * @param start offset of its first character
     * @param end offset just past its last character
     * @param phrase the phrase as it was given (not as written in the text)
     */
    public record Match(int start, int end, String phrase) {

        int length() {
            return end - start;
        }

        boolean overlaps(final Match other) {
            return start < other.end && other.start < end;
        }
    }

    private static final Comparator<Match> BY_END_THEN_PHRASE =
            Comparator.comparingInt(Match::end).thenComparing(Match::phrase);
    private static final Comparator<Match> LONGEST_FIRST =
            Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::start);

    private final boolean ignoreCase;
    /** Folded phrase to the phrases given that fold to it, in their natural order. */
    private final AhoCorasickDoubleArrayTrie<String[]> automaton;
    private final boolean empty;

    private PhraseMatcher(final Collection<String> phrases, final boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        final Map<String, TreeSet<String>> byFolded = new TreeMap<>();
        for (final String phrase : phrases) {
            if (!phrase.isEmpty()) {
                byFolded.computeIfAbsent(ignoreCase ? fold(phrase) : phrase, k -> new TreeSet<>()).add(phrase);
            }
        }
        final Map<String, String[]> keys = new TreeMap<>();
        byFolded.forEach((folded, given) -> keys.put(folded, given.toArray(new String[0])));
        this.automaton = new AhoCorasickDoubleArrayTrie<>();
        this.empty = keys.isEmpty();
        if (!empty) {
            automaton.build(keys);
        }
    }

    public static PhraseMatcher caseSensitive(final Collection<String> phrases) {
        return new PhraseMatcher(phrases, false);
    }

    public static PhraseMatcher ignoringCase(final Collection<String> phrases) {
        return new PhraseMatcher(phrases, true);
    }

    /** Every whole-word match, overlapping ones too, by where they end, then by phrase. */
    public List<Match> all(final String text) {
        final List<Match> matches = new ArrayList<>();
        if (empty || text.isEmpty()) {
            return matches;
        }
        final char[] chars = text.toCharArray();
        if (ignoreCase) {
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.toLowerCase(chars[i]);
            }
        }
        automaton.parseText(chars, (start, end, given) -> {
            if (wholeWord(text, start, end)) {
                for (final String phrase : given) {
                    matches.add(new Match(start, end, phrase));
                }
            }
        });
        matches.sort(BY_END_THEN_PHRASE);
        return matches;
    }

    /**
     * The whole-word matches that do not overlap, by where they start: the longest are taken first, and of two
     * as long the one further left.
     */
    public List<Match> longest(final String text) {
        final List<Match> candidates = all(text);
        candidates.sort(LONGEST_FIRST);
        final List<Match> kept = new ArrayList<>();
        for (final Match candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    private static boolean wholeWord(final String text, final int start, final int end) {
        return (start == 0 || !Character.isAlphabetic(text.charAt(start - 1)))
                && (end == text.length() || !Character.isAlphabetic(text.charAt(end)));
    }

    private static String fold(final String phrase) {
        final char[] chars = phrase.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
