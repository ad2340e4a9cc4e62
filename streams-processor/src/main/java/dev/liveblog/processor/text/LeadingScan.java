package dev.liveblog.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where a match can begin: at the characters its every alternative starts with. A pattern
 * such as "a day name, or 'yesterday', or 'last night'" is otherwise tried, alternative after alternative, at each
 * position of the text, though most positions hold a character none of them can start with.
 *
 * <p>The matches are those of {@link Matcher#find()} in the region from {@code from} to the end, each the
 * leftmost: at each candidate position the pattern is tried as {@link Matcher#lookingAt()}, and the scan goes on
 * after a match's end. At {@code from} the region's own bounds apply, as they do to {@code find()}; further on the
 * bounds are transparent, so a word boundary or a look-behind sees the characters before the position, as it does
 * inside {@code find()}'s region. That holds as long as {@code leads} has every character a match can start with,
 * and no look-behind of the pattern reaches back more than one character; the tests of each pattern check both.
 *
 * <p>A {@link Start} test narrows the positions further, where the pattern says more about its start than its first
 * character: {@code \b} fails after a letter or a digit, and a pattern of a few first words fails at any other
 * word. Most positions that hold a common letter are inside a word, or start a word none of the pattern's.
 */
public final class LeadingScan {

    private final Pattern pattern;
    private final boolean[] ascii = new boolean[128];
    private final String other;
    private final Start start;

    /**
     * A test of a position past the region's start that holds a lead character, cheaper than the pattern: false
     * only where no match can begin.
     */
    @FunctionalInterface
    public interface Start {
        boolean possible(String text, int at);
    }

    /**
     * @param pattern a pattern none of whose matches is empty
     * @param leads every character a match of it can start with
     */
    public LeadingScan(final Pattern pattern, final String leads) {
        this(pattern, leads, (text, at) -> true);
    }

    /**
     * @param pattern a pattern none of whose matches is empty
     * @param leads every character a match of it can start with
     * @param start where past the region's start, at a lead, a match can begin
     */
    public LeadingScan(final Pattern pattern, final String leads, final Start start) {
        this.pattern = pattern;
        this.start = start;
        final StringBuilder rest = new StringBuilder();
        for (int i = 0; i < leads.length(); i++) {
            final char c = leads.charAt(i);
            if (c < 128) {
                ascii[c] = true;
            } else {
                rest.append(c);
            }
        }
        this.other = rest.toString();
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The matches in {@code text} from {@code from} on, as {@link Matcher#find()} gives them. */
    public List<MatchResult> findAll(final String text, final int from) {
        final List<MatchResult> found = new ArrayList<>();
        Matcher matcher = null;
        int i = from;
        while (i < text.length()) {
            final char c = text.charAt(i);
            if ((c < 128 ? !ascii[c] : other.indexOf(c) < 0) || i > from && !start.possible(text, i)) {
                i++;
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text);
            }
            matcher.region(i, text.length());
            matcher.useTransparentBounds(i > from).useAnchoringBounds(i == from);
            if (matcher.lookingAt() && matcher.end() > i) {
                found.add(matcher.toMatchResult());
                i = matcher.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The letters from {@code at} on, up to the first character that is not one: the word a match may begin with. */
    public static String letters(final String text, final int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }

    /** What {@code \b} takes for a word character (without {@code UNICODE_CHARACTER_CLASS}). */
    public static boolean wordChar(final char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
