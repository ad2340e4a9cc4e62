package dev.liveblog.processor.enrich;

import dev.liveblog.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people that reference data does not know, from how news writes about people: a title or role before a
 * capitalised name ("defence minister Ilse Varga"), a name before a reporting verb ("Anna Kovac said"), after
 * one ("said Tomas Reyne"), or before an apposition ("Tomas Reyne, the harbour master"). A name is two or three
 * capitalised words. People found this way are marked {@code known=false}.
 */
final class PeopleFinder {

    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019-]*\\p{L}";
    private static final String NAME = "(" + WORD + "(?: " + WORD + "){1,2})";
    private static final String ROLE = "(?:minister|president|premier|chancellor|spokes(?:man|woman|person)|aide|"
            + "advis[eo]r|secretary(?: of state)?|chief|head|leader|mayor|governor|commander|general|ambassador|"
            + "envoy|negotiator|official|director|senator|deputy|master|officer|analyst|correspondent|editor|"
            + "reporter|manager|chairman|chairwoman|chair|coordinator|prosecutor|judge|king|queen|prince|princess)";
    private static final String VERB = "(?:said|says|told|added|wrote|announced|warned|claimed|stated|insisted)";
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("(^-|-$)");
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b" + ROLE + "\\s+" + NAME),
            Pattern.compile(NAME + ",?\\s+(?:has\\s+|had\\s+)?" + VERB + "\\b"),
            Pattern.compile("\\b" + VERB + "\\s+" + NAME),
            Pattern.compile(NAME + ",\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}?" + ROLE + "\\b"));
    private static final Set<String> NOT_FIRST = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "Or", "If",
            "As", "After", "Before", "Earlier", "Later", "Meanwhile", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "President",
            "Prime", "Minister", "This", "That", "These", "Those", "He", "She", "They", "We", "It");

    private PeopleFinder() {
    }

    /** Candidate people in the text, as mentions of unknown entities. */
    static List<Mention> find(final String text) {
        final List<Mention> people = new ArrayList<>();
        for (final Pattern pattern : PATTERNS) {
            final Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                final int start = matcher.start(1);
                final String name = trimLeading(matcher.group(1));
                if (name == null) {
                    continue;
                }
                final int offset = start + matcher.group(1).indexOf(name);
                people.add(unknownPerson(name, text.substring(offset, offset + name.length()), offset));
            }
        }
        return people;
    }

    static Mention unknownPerson(final String name, final String mention, final int start) {
        return new Mention(idOf(name), name, EntityType.PERSON, mention, start, start + mention.length(), false,
                false);
    }

    static String idOf(final String name) {
        final String bare = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT);
        return "person:" + OUTER_DASHES.matcher(NOT_SLUG.matcher(bare).replaceAll("-")).replaceAll("");
    }

    /** Drops leading words that cannot begin a name; null when fewer than two words remain. */
    private static String trimLeading(final String candidate) {
        final String[] words = candidate.split(" ");
        int first = 0;
        while (first < words.length && NOT_FIRST.contains(words[first])) {
            first++;
        }
        if (words.length - first < 2) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }
}
