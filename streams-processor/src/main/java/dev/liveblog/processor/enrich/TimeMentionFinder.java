package dev.liveblog.processor.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds times and days in an item and resolves them against the blog's date and zone, with {@code java.time}:
 * clock times with a zone ("12:30 local time" in the blog's zone, "10:30 BST", "10.49am GMT", "14:00 CET") become
 * UTC instants; relative days ("yesterday", "earlier on Friday", "on Tuesday", "Wednesday evening", "this morning")
 * become dates. Zone abbreviations come from a small table that knows summer time; a time without a zone is left
 * alone, because guessing it would be wrong as often as right.
 */
public final class TimeMentionFinder {

    /** A time or day found in a text. Exactly one of {@code utc} and {@code date} is set. */
    public record Found(String mention, int start, int end, Instant utc, LocalDate date) {
    }

    private static final Map<String, ZoneOffset> ZONES = loadZones();
    private static final String DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(\\d{1,2})[:.](\\d{2})\\s?(am|pm|a\\.m\\.|p\\.m\\.)?\\s?(local time|[A-Z]{2,4}\\b)");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "\\b(?:(?:[Ee]arlier|[Ll]ater) on " + DAY + "|(?:[Ll]ast|[Nn]ext|[Oo]n|[Tt]his) " + DAY
                    + "|" + DAY + " (?:morning|afternoon|evening|night)"
                    + "|(?<=\\b(?:until|till|by|from|since|before|after|and|or|least) )" + DAY
                    + "|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast night"
                    + "|[Tt]his (?:morning|afternoon|evening))\\b");
    /** Every match of {@link #RELATIVE_DAY} contains one of these. */
    private static final List<String> DAY_WORDS = List.of("day", "morrow", "night", "morning", "afternoon", "evening");
    /** Words before a bare day that say it lies ahead: "will reopen on Monday". */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|would|shall|'ll|\u2019ll|is due|are due|is expected|are expected|plans? to|set to|"
                    + "scheduled|until|till|next)\\b");
    /** Words before a bare day that say it is past: "met on Tuesday". */
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|did|last|ago|since)\\b|\\b\\p{L}+ed\\b");

    private TimeMentionFinder() {
    }

    public static List<Found> find(final String text, final LocalDate blogDate, final ZoneId blogZone) {
        final List<Found> found = new ArrayList<>();
        final Matcher clock = CLOCK.matcher(text);
        final boolean hasClockShape = hasClockShape(text);
        while (hasClockShape && clock.find()) {
            resolveClock(clock, blogDate, blogZone).ifPresent(found::add);
        }
        final Matcher day = RELATIVE_DAY.matcher(text);
        final boolean mayNameADay = mayNameADay(text);
        while (mayNameADay && day.find()) {
            final String before = text.substring(Math.max(0, text.lastIndexOf('.', day.start()) + 1), day.start());
            found.add(new Found(day.group(), day.start(), day.end(), null,
                    resolveDay(day.group(), blogDate, tense(before))));
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * Whether the text has a digit, a colon or full stop, and a digit in a row, as every clock time has. Most
     * entries have none, and this check is far cheaper than the pattern, which tries each position.
     */
    static boolean hasClockShape(final String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            final char c = text.charAt(i);
            if ((c == ':' || c == '.') && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a word every relative day contains; for the same reason as {@link #hasClockShape}. */
    static boolean mayNameADay(final String text) {
        for (final String word : DAY_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<Found> resolveClock(final Matcher m, final LocalDate date, final ZoneId blogZone) {
        int hour = Integer.parseInt(m.group(1));
        final int minute = Integer.parseInt(m.group(2));
        final String meridiem = m.group(3) == null ? null : m.group(3).replace(".", "").toLowerCase(Locale.ROOT);
        if ("pm".equals(meridiem) && hour < 12) {
            hour += 12;
        } else if ("am".equals(meridiem) && hour == 12) {
            hour = 0;
        }
        if (hour > 23 || minute > 59) {
            return java.util.Optional.empty();
        }
        final String zone = m.group(4);
        final Instant utc;
        if ("local time".equals(zone)) {
            utc = LocalTime.of(hour, minute).atDate(date).atZone(blogZone).toInstant();
        } else if (ZONES.containsKey(zone)) {
            utc = LocalTime.of(hour, minute).atDate(date).atOffset(ZONES.get(zone)).toInstant();
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Found(m.group(), m.start(), m.end(), utc, null));
    }

    /** Which way a bare day points, from the words before it in its sentence: ahead (1), back (-1), unsure (0). */
    static int tense(final String before) {
        final String lower = before.toLowerCase(Locale.ROOT);
        if (FUTURE.matcher(lower).find()) {
            return 1;
        }
        return PAST.matcher(lower).find() ? -1 : 0;
    }

    /** The date a relative day refers to, seen from the blog's date; {@code tense} settles a bare day. */
    static LocalDate resolveDay(final String mention, final LocalDate date, final int tense) {
        final String lower = mention.toLowerCase(Locale.ROOT);
        if (lower.startsWith("yesterday") || lower.equals("last night")) {
            return date.minusDays(1);
        }
        if (lower.startsWith("tomorrow")) {
            return date.plusDays(1);
        }
        if (lower.startsWith("today") || lower.equals("tonight") || lower.startsWith("this morning")
                || lower.startsWith("this afternoon") || lower.startsWith("this evening")) {
            return date;
        }
        final DayOfWeek day = dayIn(lower);
        if (lower.startsWith("last ") || lower.startsWith("earlier ")) {
            return previousOrSame(date, day, lower.startsWith("last "));
        }
        if (lower.startsWith("next ") || lower.startsWith("later ")) {
            return nextOrSame(date, day, lower.startsWith("next "));
        }
        final LocalDate before = previousOrSame(date, day, false);
        final LocalDate after = nextOrSame(date, day, false);
        if (tense > 0) {
            return after;
        }
        if (tense < 0) {
            return before;
        }
        // Unsure: the nearest one, as news speaks of the days around it.
        return date.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - date.toEpochDay() ? before : after;
    }

    private static DayOfWeek dayIn(final String lower) {
        for (final DayOfWeek day : DayOfWeek.values()) {
            if (lower.contains(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
                return day;
            }
        }
        throw new IllegalArgumentException("no day in " + lower);
    }

    private static LocalDate previousOrSame(final LocalDate date, final DayOfWeek day, final boolean strictly) {
        LocalDate d = strictly ? date.minusDays(1) : date;
        while (d.getDayOfWeek() != day) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate nextOrSame(final LocalDate date, final DayOfWeek day, final boolean strictly) {
        LocalDate d = strictly ? date.plusDays(1) : date;
        while (d.getDayOfWeek() != day) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Map<String, ZoneOffset> loadZones() {
        final Properties props = new Properties();
        try (InputStream in = TimeMentionFinder.class.getResourceAsStream("/reference/time-zones.properties")) {
            if (in == null) {
                throw new IllegalStateException("reference/time-zones.properties is missing from the classpath");
            }
            props.load(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read reference/time-zones.properties", e);
        }
        final Map<String, ZoneOffset> zones = new HashMap<>();
        props.stringPropertyNames().forEach(k -> zones.put(k, ZoneOffset.of(props.getProperty(k).trim())));
        return Map.copyOf(zones);
    }
}
