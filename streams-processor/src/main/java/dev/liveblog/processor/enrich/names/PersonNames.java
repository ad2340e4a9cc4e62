package dev.liveblog.processor.enrich.names;

import java.util.Set;

/**
 * Whether capitalised words are a person's name, from how news writes about people: a title or a role before the
 * name ("Premier", "guesthouse owner"), a reporting verb after it or before it ("..., said Tomas Lindgren"), an age or
 * an apposition after it ("Marcus Hale, 34, a machinist"), or a given name the lexicon knows. Without such
 * evidence two capitalised words are not taken for a person.
 */
final class PersonNames {

    /** The most words a person's name has ("María José Peralta Guzmán"). */
    static final int MAX_WORDS = 4;

    /** Verbs after a name that say a person spoke or acted. */
    private static final Set<String> AFTER = Set.of("said", "says", "told", "tells", "added", "adds", "wrote",
            "writes", "warned", "warns", "urged", "urges", "announced", "confirmed", "insisted", "explained",
            "tweeted", "posted", "asked", "replied", "argued", "claimed", "stated", "noted", "admitted", "denied",
            "described", "thanked", "called", "spoke", "speaking", "who", "whose", "has", "had", "was", "is", "will",
            "would", "met", "visited", "arrived", "left", "won", "lost", "leads", "led", "conceded", "cast",
            "defeated", "scored", "resigned", "died", "appeared", "addressed", "urging", "telling", "saying");
    /** Words before a name that say a person follows. */
    private static final Set<String> BEFORE = Set.of("said", "says", "told", "added", "according", "by", "with",
            "and", "wrote", "asked", "meets", "met", "named", "appointed", "replaced", "defeated", "beat", "against");

    private final Lexicon lexicon;

    PersonNames(final Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether word {@code i} can be part of a person's name. */
    boolean nameWord(final Words words, final int i) {
        final byte known = words.personWord(i);
        if (known != 0) {
            return known == 2;
        }
        final Words.Word word = words.get(i);
        final String text = word.bare();
        return words.keepPersonWord(i, NameRuns.nameWord(word) && !lexicon.honorific(text)
                && !lexicon.role(lastPart(text)) && !lexicon.organisationWord(text) && lexicon.placeWord(text) == null
                && !lexicon.notName(text) && !(word.acronym() && text.length() > 3));
    }

    /** Whether {@code [from, to)} are all name words, at most {@link #MAX_WORDS}. */
    boolean name(final Words words, final int from, final int to) {
        if (to <= from || to - from > MAX_WORDS) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!nameWord(words, i) && !particle(words, i, from, to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code [from, to)}, a name of two words or more, has the evidence of a person around or inside it.
     */
    boolean evidence(final Words words, final int from, final int to) {
        if (lexicon.givenName(words.get(from).text()) && !lexicon.commonWord(words.get(to - 1).text())) {
            return true;
        }
        if (lexicon.familyName(words.get(to - 1).text()) && !lexicon.commonWord(words.get(from).text())
                && !words.get(from).startsSentence()) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (romanisedGivenName(words.get(i).text())) {
                return true;
            }
        }
        return context(words, from, to);
    }

    /** A reporting verb, an age or an apposition after the name; a role noun or a reporting verb before it. */
    boolean context(final Words words, final int from, final int to) {
        if (to < words.size()) {
            final Words.Word next = words.get(to);
            if (next.gap() == Words.Gap.SPACE && AFTER.contains(next.text())) {
                return true;
            }
            if (next.gap() == Words.Gap.CLAUSE && (Character.isDigit(next.text().charAt(0))
                    || next.text().equals("who") || appositionRole(words, to))) {
                return true;
            }
            if (next.possessive() && to + 1 < words.size() && lexicon.role(words.get(to + 1).text())) {
                return true;
            }
        }
        if (from > 0 && words.get(from).gap() == Words.Gap.SPACE) {
            final String before = words.get(from - 1).text();
            return BEFORE.contains(before) && !before.equals("and") && !before.equals("with")
                    || lexicon.role(before) && Character.isLowerCase(before.charAt(0));
        }
        // "An N.F.U. spokeswoman, Imogen Arden, said": a name set off by commas after a role, or before a verb.
        if (from > 0 && words.get(from).gap() == Words.Gap.CLAUSE) {
            final String before = words.get(from - 1).text();
            final boolean afterRole = lexicon.role(before) && Character.isLowerCase(before.charAt(0));
            final boolean beforeVerb = to < words.size() && words.get(to).gap() == Words.Gap.CLAUSE
                    && AFTER.contains(words.get(to).text());
            return afterRole || beforeVerb;
        }
        return false;
    }

    /**
     * Whether two or three capitalised words that are no ordinary words, no place and no organisation's name read
     * as a person's name by their shape alone: what else such words are in news is rare ("Inaki Zubiria
     * delivering the crosses").
     */
    boolean shape(final Words words, final int from, final int to) {
        if (to - from < 2 || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            final Words.Word word = words.get(i);
            if (word.acronym() || lexicon.commonWord(word.text()) || lexicon.functionWord(word.text())
                    || word.text().length() < 2 || Character.isDigit(word.text().charAt(word.text().length() - 1))) {
                return false;
            }
        }
        return true;
    }

    /** ", the harbour master", ", a Republican", ", a former mayor of": an apposition naming a role. */
    private boolean appositionRole(final Words words, final int at) {
        final String first = words.get(at).text();
        if (!first.equals("the") && !first.equals("a") && !first.equals("an") && !first.equals("his")
                && !first.equals("her") && !first.equals("their")) {
            return false;
        }
        for (int i = at + 1; i < Math.min(words.size(), at + 6); i++) {
            if (words.get(i).gap() != Words.Gap.SPACE) {
                return false;
            }
            if (lexicon.role(lastPart(words.get(i).text()))) {
                return true;
            }
        }
        return false;
    }

    /** A particle inside a name: "de", "van", "bin", "al" between two name words. */
    private static boolean particle(final Words words, final int i, final int from, final int to) {
        return i > from && i < to - 1 && NameRuns.CONNECTORS.contains(words.get(i).text())
                && !words.get(i).text().equals("and") && !words.get(i).text().equals("of")
                && !words.get(i).text().equals("for") && !words.get(i).text().equals("on")
                && !words.get(i).text().equals("the") && !words.get(i).text().equals("&");
    }

    /** "Ji-hoon", "Ha-eun": a romanised East Asian given name, two syllables joined by a hyphen. */
    static boolean romanisedGivenName(final String word) {
        final int dash = word.indexOf('-');
        return dash > 0 && dash < word.length() - 1 && Character.isUpperCase(word.charAt(0))
                && Character.isLowerCase(word.charAt(dash + 1)) && word.length() <= 10;
    }

    /** "Vice-Premier" is a premier: the last part of a hyphenated word. */
    static String lastPart(final String word) {
        final int dash = word.lastIndexOf('-');
        return dash < 0 ? word : word.substring(dash + 1);
    }
}
