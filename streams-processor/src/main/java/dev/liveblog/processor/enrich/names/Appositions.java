package dev.liveblog.processor.enrich.names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a name say it is, when the name itself says nothing: a news outlet after the noun of one
 * ("the broadcaster Tevisa", "the Argentine newspaper Diario Sur"), an organisation set off by commas after the noun of
 * one ("the airport operator, Vantora, said") or before an apposition that names one ("Kelmar, the
 * state-owned rail company"), and the full name an acronym is given in brackets ("SENALT (Sistema Nacional
 * ...)"). General English usage; no names.
 */
public final class Appositions {

    /** Nouns of news outlets, right before an outlet's name. */
    private static final Pattern OUTLET_BEFORE = Pattern.compile(
            "(?:^|[\\s,(])(?:broadcaster|newspaper|daily|tabloid|channel|magazine|weekly|website|news site|"
                    + "news agency|outlet|radio station|TV station|television station|broadcast network|"
                    + "news network|wire service)\\s$");
    private static final String ORGANISATION_NOUNS = "operator|company|firm|agency|service|authority|regulator|"
            + "utility|broadcaster|newspaper|union|party|carrier|airline|insurer|lender|bank|watchdog|charity|"
            + "coalition|alliance|movement|organisation|organization|conglomerate|miner|producer|manufacturer|"
            + "retailer|group|institute|foundation|body|network|association|federation|league|club";
    /** "the airport operator, " right before the name, which a comma or a bracket closes. */
    private static final Pattern ORGANISATION_BEFORE = Pattern.compile(
            "\\b(?:[Tt]he|[Ii]ts|[Aa]n?|[Tt]heir)\\s(?:[\\p{L}'\u2019-]+\\s){0,4}?(?:" + ORGANISATION_NOUNS + "),\\s$");
    // Patterns that begin with ^ are tried with lookingAt(): the same match as find(), which would also try them at
    // every later position, where ^ fails.
    /** ", the state-owned rail company" right after the name. */
    private static final Pattern ORGANISATION_AFTER = Pattern.compile(
            "^,\\s(?:the|a|an)\\s(?:[\\p{L}'\u2019-]+\\s){0,4}?(?:" + ORGANISATION_NOUNS + ")(?:[,.;:)]|$)");
    /** A bracket right after an acronym, holding a name of capitalised words. */
    private static final Pattern EXPANSION = Pattern.compile("^\\s?\\((\\p{Lu}[^()]{4,100})\\)");

    private Appositions() {
    }

    /** Whether the name at {@code start} follows the noun of a news outlet: "told the broadcaster Tevisa". */
    public static boolean outletBefore(final String text, final int start) {
        return OUTLET_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    /**
     * Whether the name {@code [start, end)} stands in an apposition that makes it an organisation: "the airport
     * operator, Vantora, said"; "Kelmar, the state-owned rail company".
     */
    static boolean organisation(final String text, final int start, final int end) {
        final boolean closed = end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == ' '
                && end + 1 < text.length() && text.charAt(end + 1) == '(');
        return closed && ORGANISATION_BEFORE.matcher(text.substring(Math.max(0, start - 60), start)).find()
                || ORGANISATION_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 70))).lookingAt();
    }

    /**
     * The full name an acronym at {@code end} is given in brackets after it, or null: its capitalised words'
     * initials are letters of the acronym, in order, from its first ("SENALT (Sistema Nacional de Alerta
     * Temprana)").
     */
    static Expansion expansion(final String text, final String acronym, final int end) {
        final Matcher bracket = EXPANSION.matcher(text.substring(end, Math.min(text.length(), end + 110)));
        if (!bracket.lookingAt()) {
            return null;
        }
        final String name = bracket.group(1).strip();
        final String letters = acronym.replace(".", "");
        int at = 0;
        int initials = 0;
        for (final String word : name.split("[\\s-]+")) {
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            final int found = letters.indexOf(Character.toUpperCase(word.charAt(0)), at);
            if (found < 0 || initials == 0 && found != 0) {
                return null;
            }
            at = found + 1;
            initials++;
        }
        return initials >= 2 ? new Expansion(name, end + bracket.start(1), end + bracket.start(1) + name.length())
                : null;
    }

    /** An acronym's full name and where the text gives it. */
    record Expansion(String name, int start, int end) {
    }
}
