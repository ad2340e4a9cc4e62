package dev.liveblog.processor.enrich.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times as news writes them ("14:30", "4pm", "4.15pm", "2:05 p.m.", "1600 GMT", "noon", "six o'clock"), with the
 * zone after them ("BST", "ET", "Eastern", "local time", "Tokyo time") or the blog's own, on the blog's date or on
 * the day written next to them ("10.15pm last night", "5pm on Tuesday"). A time with no day of its own, after one
 * with a day, is on that day unless it is told in the future tense: "6pm on Monday (15:00 GMT)", "the ferry left at 7pm
 * on Monday; the last one past 11pm". A time followed by a zone name that is not known is left alone rather
 * than guessed.
 */
public final class ClockTimes {

    /** A clock time found: its span (zone included) and its instant. */
    public record Clock(int start, int end, Instant utc) {
    }

    /** Tried at each digit that starts a word: the forms of a clock time. */
    private static final Pattern CLOCK = Pattern.compile(
            "(\\d{1,2})(?:([:.])(\\d{2}))?\\s?([ap])(?:m|\\.m\\.)(?![\\p{L}\\d])"
                    + "|(\\d{1,2}):(\\d{2})(?![\\d:]|\\s?(?:-|\u2013)\\s?\\d)"
                    + "|(\\d{1,2})\\.(\\d{2})(?=\\s?(?:local time|[A-Z]{2,5}\\b))"
                    + "|([01]\\d|2[0-3])([0-5]\\d)(?:\\s?(hrs|h)\\b|(?=\\s(?:local time|[A-Z]{3,4}\\b)))");
    private static final Pattern WORD_CLOCK = Pattern.compile(
            "\\b(?i:(noon|midday|midnight)|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                    + "\\s+o['\u2019]clock)\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));
    /** What may follow a time: a zone's name or abbreviation, "local time", a place's time. */
    private static final Pattern ZONE_AFTER = Pattern.compile(
            "\\s?(local time|(?:Eastern|Pacific|Central|Mountain)(?: time)?|(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?) time"
                    + "|([A-Z][A-Za-z]{0,4})(?![\\p{L}\\d]))");
    /** A day right after a time: "10.15pm last night", "5pm on Tuesday", "at 9am tomorrow". */
    private static final Pattern DAY_AFTER = Pattern.compile(
            "\\s?,?\\s?((?:on |last |this |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    + "|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\\b");
    /** A day right before a time: "yesterday at 4pm", "on Friday at 9am". */
    private static final Pattern DAY_BEFORE = Pattern.compile(
            "(?i:(?:on |last |this |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
                    + "today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\\s+(?:at |from |by |until )?"
                    + "(?:about |around )?$");

    /** Every day {@link #DAY_BEFORE} names holds one of these. */
    private static final List<String> DAY_WORDS = List.of("day", "night", "tomorrow", "morning", "afternoon",
            "evening");

    private ClockTimes() {
    }

    /** The clock times of a text from {@code from} on (what comes before is the entry's own time stamp). */
    public static List<Clock> find(final String text, final int from, final LocalDate date, final ZoneId blogZone,
                                   final String blogCountry) {
        final List<Clock> clocks = new ArrayList<>();
        final Day day = new Day(date);
        final Matcher clock = CLOCK.matcher(text);
        int i = from;
        while (i < text.length()) {
            final char c = text.charAt(i);
            if (Character.isDigit(c) && (i == 0 || startsNumber(text.charAt(i - 1)))) {
                clock.region(i, text.length());
                if (clock.lookingAt()) {
                    final Clock found = resolve(text, clock.start(), clock.end(), time(clock), day, blogZone,
                            blogCountry);
                    if (found != null) {
                        clocks.add(found);
                    }
                    i = clock.end();
                    continue;
                }
            }
            i++;
        }
        if (mayHaveWordClock(text)) {
            final Matcher words = WORD_CLOCK.matcher(text);
            words.region(from, text.length());
            while (words.find()) {
                final int hour = words.group(1) != null
                        ? (words.group(1).equalsIgnoreCase("midnight") ? 0 : 12)
                        : NUMBERS.get(words.group(2).toLowerCase(Locale.ROOT));
                final Clock found = resolve(text, words.start(), words.end(), LocalTime.of(hour, 0), day, blogZone,
                        blogCountry);
                if (found != null) {
                    clocks.add(found);
                }
            }
        }
        return clocks;
    }

    private static boolean mayHaveWordClock(final String text) {
        return text.contains("noon") || text.contains("midday") || text.contains("midnight") || text.contains("clock");
    }

    private static boolean startsNumber(final char before) {
        return !Character.isLetterOrDigit(before) && before != ':' && before != '.' && before != ','
                && before != '$' && before != '\u00A3' && before != '\u20AC' && before != '/' && before != '-';
    }

    /** The time of day a match of {@link #CLOCK} names, or null when it is not one (25:00, 13pm). */
    private static LocalTime time(final Matcher m) {
        int hour;
        int minute;
        if (m.group(1) != null) {
            hour = Integer.parseInt(m.group(1));
            minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hour < 1 || hour > 12) {
                return null;
            }
            final boolean pm = m.group(4).equalsIgnoreCase("p");
            hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
        } else if (m.group(5) != null) {
            hour = Integer.parseInt(m.group(5));
            minute = Integer.parseInt(m.group(6));
        } else if (m.group(7) != null) {
            hour = Integer.parseInt(m.group(7));
            minute = Integer.parseInt(m.group(8));
        } else {
            hour = Integer.parseInt(m.group(9));
            minute = Integer.parseInt(m.group(10));
        }
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    /** The clock's instant, its zone read after it and its day next to it; null when its zone is not known. */
    private static Clock resolve(final String text, final int start, final int end, final LocalTime time,
                                 final Day date, final ZoneId blogZone, final String blogCountry) {
        if (time == null) {
            return null;
        }
        int spanEnd = end;
        ZoneId zone = blogZone;
        final Matcher after = ZONE_AFTER.matcher(text).region(end, text.length());
        if (after.lookingAt()) {
            final String name = after.group(1);
            if (name.equals("local time")) {
                spanEnd = after.end();
            } else if (after.group(2) != null) {
                final ZoneId place = Zones.ofPlace(after.group(2));
                if (place != null) {
                    zone = place;
                    spanEnd = after.end();
                }
            } else {
                final String word = after.group(3) != null ? after.group(3) : name.replace(" time", "");
                final ZoneId named = Zones.zone(word, blogCountry);
                if (named != null) {
                    zone = named;
                    spanEnd = after.end();
                } else if (after.group(3) != null && word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))) {
                    return null;
                }
            }
        }
        final LocalDate written = dayOf(text, start, spanEnd, date.blog);
        final LocalDate day;
        if (written != null) {
            day = written;
            date.carried = written;
        } else {
            day = date.carried != null && Days.tense(text.substring(0, start)) != 1 ? date.carried : date.blog;
        }
        return new Clock(start, spanEnd, time.atDate(day).atZone(zone).toInstant());
    }

    /** The blog's date, and the day written next to the last time that had one. */
    private static final class Day {
        private final LocalDate blog;
        private LocalDate carried;

        Day(final LocalDate blog) {
            this.blog = blog;
        }
    }

    /**
     * Whether {@link #DAY_BEFORE} could match between two offsets: each of its days holds one of {@link #DAY_WORDS}
     * (in any case, as the pattern takes them). Most times have none before them, and the pattern, tied to the
     * time's start, would be tried at each position before it.
     */
    private static boolean mayNameADayIn(final String text, final int from, final int to) {
        for (int i = from; i < to; i++) {
            final char c = Character.toLowerCase(text.charAt(i));
            for (final String word : DAY_WORDS) {
                if (word.charAt(0) == c && i + word.length() <= to
                        && text.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The day written next to a time, or null. */
    private static LocalDate dayOf(final String text, final int start, final int end, final LocalDate date) {
        final Matcher after = DAY_AFTER.matcher(text).region(end, text.length());
        if (after.lookingAt()) {
            return Days.resolve(after.group(1), date, Days.tense(text.substring(0, start)));
        }
        final int window = Math.max(0, start - 40);
        if (!mayNameADayIn(text, window, start)) {
            return null;
        }
        final Matcher before = DAY_BEFORE.matcher(text).region(window, start);
        if (before.find()) {
            return Days.resolve(before.group().replaceAll("\\s+(?:at|from|by|until)?\\s*(?:about|around)?\\s*$", "")
                    .strip(), date, Days.tense(text.substring(0, before.start())));
        }
        return null;
    }
}
