package dev.liveblog.processor.enrich.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The runs of capitalised words of an entry, where names are: "Deputy Foreign Minister Kim Ji-ho", "Department of
 * Water and Sanitation", "Viña del Mar". A run joins capitalised words separated by spaces only, and the
 * small words names hold between two of them ("of", "for", "and", "de", "van", "bin"); a comma, a bracket, a
 * quotation mark, a possessive or a sentence end ends it.
 */
final class NameRuns {

    /** The words of a run: {@code [from, to)}. */
    record Run(int from, int to) {

        int length() {
            return to - from;
        }
    }

    /** Small words that stand inside names, between two capitalised words. */
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "de", "del", "della", "di", "da", "das",
            "do", "dos", "du", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "la", "le", "y", "upon",
            "&", "the");

    private NameRuns() {
    }

    static List<Run> of(final Words words) {
        final List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!nameWord(words.get(i))) {
                i++;
                continue;
            }
            final int from = i++;
            while (i < words.size() && words.get(i).gap() == Words.Gap.SPACE) {
                if (nameWord(words.get(i))) {
                    i++;
                } else if (connects(words, i)) {
                    i += connectorLength(words, i);
                } else {
                    break;
                }
            }
            runs.add(new Run(from, i));
        }
        return runs;
    }

    /** A capitalised word or an acronym: a word a name can be made of. */
    static boolean nameWord(final Words.Word word) {
        final String text = word.text();
        return !word.possessive() && Character.isLetter(text.codePointAt(0)) && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the connector at {@code i} ("of", "of the") is followed by a capitalised word of the same run. */
    private static boolean connects(final Words words, final int i) {
        final int length = connectorLength(words, i);
        return length > 0 && i + length < words.size() && words.get(i + length).gap() == Words.Gap.SPACE
                && nameWord(words.get(i + length));
    }

    /** 1 for a connector, 2 for "of the" / "for the", 0 when the word is not one. */
    private static int connectorLength(final Words words, final int i) {
        final String word = words.get(i).text();
        if (!CONNECTORS.contains(word) || word.equals("the")) {
            return 0;
        }
        if ((word.equals("of") || word.equals("for") || word.equals("on")) && i + 1 < words.size()
                && words.get(i + 1).text().equals("the") && words.get(i + 1).gap() == Words.Gap.SPACE) {
            return 2;
        }
        return 1;
    }
}
