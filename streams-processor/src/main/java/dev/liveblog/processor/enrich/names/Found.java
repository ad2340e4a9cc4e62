package dev.liveblog.processor.enrich.names;

import dev.liveblog.schema.EntityType;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name found in a text: what it names, by which canonical name and id, and where it stands.
 *
 * @param type person, organisation or place
 * @param name the canonical name (the fullest the blog gave, the gazetteer's)
 * @param id stable id of the entity
 * @param start offset of the mention's first character
 * @param end offset just past its last character
 * @param known whether the entity comes from reference data (the gazetteer) rather than the text alone
 */
public record Found(EntityType type, String name, String id, int start, int end, boolean known) {

    /** A space or hyphen between a name's words, compiled once. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[ -]");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("(^-|-$)");

    /** A name found in the text alone, with an id made from its name: {@code person:julian-ortega}. */
    static Found inferred(final EntityType type, final String name, final int start, final int end) {
        final String prefix = switch (type) {
            case PERSON -> "person:";
            case ORGANIZATION -> "org:";
            case PLACE -> "place:";
        };
        return new Found(type, name, prefix + slug(name), start, end, false);
    }

    /** The same entity at another place of a text. */
    Found at(final int newStart, final int newEnd) {
        return new Found(type, name, id, newStart, newEnd, known);
    }

    boolean overlaps(final int otherStart, final int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    /** Whether a name is ASCII letters and single spaces, whose slug needs no decomposition or pattern. */
    private static boolean asciiLettersAndSpaces(final String name) {
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            final char c = name.charAt(i);
            final boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && !(c == ' ' && name.charAt(i - 1) != ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Letters that no decomposition takes to ASCII, written as ASCII: {@code Đ}, {@code ø}, {@code ł}, {@code ß}. */
    private static String latin(final String name) {
        final StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            final char c = name.charAt(i);
            switch (c) {
                case '\u0110', '\u00D0' -> out.append('D');
                case '\u0111', '\u00F0' -> out.append('d');
                case '\u00D8' -> out.append('O');
                case '\u00F8' -> out.append('o');
                case '\u0141' -> out.append('L');
                case '\u0142' -> out.append('l');
                case '\u00C6' -> out.append("AE");
                case '\u00E6' -> out.append("ae");
                case '\u0152' -> out.append("OE");
                case '\u0153' -> out.append("oe");
                case '\u00DF' -> out.append("ss");
                case '\u00DE' -> out.append("Th");
                case '\u00FE' -> out.append("th");
                case '\u0131' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A name without its accents, in ASCII letters where a letter has an ASCII form ("Apurímac" is "Apurimac"). */
    static String withoutAccents(final String name) {
        return MARKS.matcher(Normalizer.normalize(latin(name), Normalizer.Form.NFKD)).replaceAll("");
    }

    /** Lower case, without accents, words joined by dashes. */
    public static String slug(final String name) {
        if (asciiLettersAndSpaces(name)) {
            return name.toLowerCase(Locale.ROOT).replace(' ', '-');
        }
        final String bare = withoutAccents(name).toLowerCase(Locale.ROOT);
        return OUTER_DASHES.matcher(NOT_SLUG.matcher(bare).replaceAll("-")).replaceAll("");
    }

    /**
     * "National Farmers Union" is "NFU", "U.S. Patent Office" is "USPO": the capitals of an
     * organisation's words, every letter of an acronym among them.
     */
    public static String initials(final String name) {
        final StringBuilder initials = new StringBuilder();
        for (final String word : WORD_BREAKS.split(name)) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            if (word.length() <= 6 && word.chars().noneMatch(Character::isLowerCase)) {
                word.chars().filter(Character::isLetter).forEach(c -> initials.append((char) c));
            } else {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }
}
