package dev.liveblog.processor.enrich.time;

import dev.liveblog.processor.text.LeadingScan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days as news names them, resolved against the blog's date: relative days ("yesterday", "on Tuesday", "Wednesday
 * evening", "last night"), a bare day pointing ahead or back by the words before it ("will reopen on Monday"),
 * dates ("12 March", "Oct. 14", "March 12, 2026") and days of the year ("Boxing Day"), without a year in the one
 * nearest the blog's date.
 */
public final class Days {

    /** A day found: its span and its date. */
    public record Day(int start, int end, LocalDate date) {
    }

    private static final String DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:(?:[Ee]arlier|[Ll]ater) on " + DAY + "|(?:[Ll]ast|[Nn]ext|[Oo]n|[Tt]his) " + DAY
                    + "(?: (?:morning|afternoon|evening|night))?"
                    + "|" + DAY + " (?:morning|afternoon|evening|night)"
                    + "|" + DAY
                    + "|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast night"
                    + "|[Tt]his (?:morning|afternoon|evening))\\b");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    /** "12 March", "12th March 2026", "March 12", "Oct. 14, 2026". */
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?:,? (\\d{4}))?(?![\\p{L}\\d])"
                    + "|" + "(?<![\\p{L}])" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?(?![\\p{L}\\d:])");
    /** The words a relative day begins with, as the pattern writes them; a word that starts a day is one whole. */
    private static final Set<String> RELATIVE_FIRST = Set.of("earlier", "Earlier", "later", "Later", "last", "Last",
            "next", "Next", "on", "On", "this", "This", "yesterday", "Yesterday", "today", "Today", "tomorrow",
            "Tomorrow", "tonight", "Tonight", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");
    /** A month as a date names it, without an abbreviation's full stop. */
    private static final Set<String> MONTH_WORDS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");
    /**
     * Where a relative day can begin: one of its first words, starting a word (after {@code \\b}); most words that
     * start with the same letters ("the", "to", "of") are not one.
     */
    static final LeadingScan RELATIVE_SCAN = new LeadingScan(RELATIVE, "EeLlNnOoTtMWFSYy",
            (text, at) -> !LeadingScan.wordChar(text.charAt(at - 1))
                    && RELATIVE_FIRST.contains(LeadingScan.letters(text, at)));
    /**
     * Where a date can begin: a day of one or two digits where a word starts (after {@code \\b}), or a month not
     * after a letter (the look-behind).
     */
    static final LeadingScan DATE_SCAN = new LeadingScan(DATE, "0123456789JFMASOND",
            (text, at) -> Character.isDigit(text.charAt(at))
                    ? !LeadingScan.wordChar(text.charAt(at - 1)) && digits(text, at) <= 2
                    : !Character.isLetter(text.charAt(at - 1)) && MONTH_WORDS.contains(LeadingScan.letters(text, at)));
    /** Days of the year news names by their name. */
    private static final Map<String, MonthDay> HOLIDAYS = Map.of("Christmas Eve", MonthDay.of(12, 24),
            "Christmas Day", MonthDay.of(12, 25), "Christmas", MonthDay.of(12, 25), "Boxing Day", MonthDay.of(12, 26),
            "New Year's Eve", MonthDay.of(12, 31), "New Year's Day", MonthDay.of(1, 1),
            "New Year\u2019s Eve", MonthDay.of(12, 31), "New Year\u2019s Day", MonthDay.of(1, 1),
            "Valentine's Day", MonthDay.of(2, 14), "Halloween", MonthDay.of(10, 31));
    private static final Pattern HOLIDAY = Pattern.compile("\\b(?:[Oo]n )?(" + String.join("|",
            HOLIDAYS.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList())
            + ")\\b");
    /** Every date names a month with one of these. */
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");
    /** Every relative day contains one of these. */
    private static final List<String> DAY_WORDS = List.of("day", "morrow", "night", "morning", "afternoon", "evening");
    /** Words before a bare day that say it lies ahead: "will reopen on Monday", "by Wednesday evening". */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|would|shall|'ll|\u2019ll|is due|are due|expects?|expected|plans? to|set to|scheduled|until|"
                    + "till|next|by|into|forecasts?|warning of|warns? of)\\b");
    /** Words before a bare day that say it is past: "was held on Tuesday". */
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|did|last|ago|since|as of|earlier)\\b");

    private Days() {
    }

    /** How many digits stand from {@code at} on. */
    private static int digits(final String text, final int at) {
        int end = at;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end - at;
    }

    /** The days a text names from {@code from} on. */
    public static List<Day> find(final String text, final int from, final LocalDate date) {
        final List<Day> days = new ArrayList<>();
        if (mayNameADay(text)) {
            for (final MatchResult day : RELATIVE_SCAN.findAll(text, from)) {
                final String before = text.substring(Math.max(0, text.lastIndexOf('.', day.start()) + 1), day.start());
                days.add(new Day(day.start(), day.end(), resolve(day.group(), date, tense(before))));
            }
        }
        if (text.contains("Christmas") || text.contains("Day") || text.contains("Eve") || text.contains("Halloween")) {
            final Matcher holiday = HOLIDAY.matcher(text);
            holiday.region(from, text.length());
            while (holiday.find()) {
                days.add(new Day(holiday.start(), holiday.end(), nearest(HOLIDAYS.get(holiday.group(1)), date)));
            }
        }
        if (mayNameAMonth(text)) {
            for (final MatchResult dated : DATE_SCAN.findAll(text, from)) {
                final LocalDate found = date(dated, date);
                if (found != null) {
                    days.add(new Day(dated.start(), dated.end(), found));
                }
            }
        }
        days.sort(java.util.Comparator.comparingInt(Day::start));
        return days;
    }

    /** Whether the text holds a word every relative day contains; most entries have none. */
    public static boolean mayNameADay(final String text) {
        for (final String word : DAY_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayNameAMonth(final String text) {
        for (final String month : MONTHS) {
            if (text.contains(month)) {
                return true;
            }
        }
        return false;
    }

    /** The date of a match of {@link #DATE}, in the year nearest the blog's date when none is written. */
    private static LocalDate date(final MatchResult m, final LocalDate blogDate) {
        final boolean dayFirst = m.group(1) != null;
        final int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(5));
        final Month month = month(dayFirst ? m.group(2) : m.group(4));
        final String year = dayFirst ? m.group(3) : m.group(6);
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        if (year != null) {
            final int y = Integer.parseInt(year);
            return day <= month.length(java.time.Year.isLeap(y)) ? LocalDate.of(y, month, day) : null;
        }
        return nearest(MonthDay.of(month, day), blogDate);
    }

    /** The day of the year in the year nearest the blog's date. */
    private static LocalDate nearest(final MonthDay day, final LocalDate blogDate) {
        LocalDate best = null;
        for (int y = blogDate.getYear() - 1; y <= blogDate.getYear() + 1; y++) {
            if (!day.isValidYear(y)) {
                continue;
            }
            final LocalDate candidate = day.atYear(y);
            if (best == null || Math.abs(candidate.toEpochDay() - blogDate.toEpochDay())
                    < Math.abs(best.toEpochDay() - blogDate.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    private static Month month(final String name) {
        final String three = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (final Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(three)) {
                return month;
            }
        }
        throw new IllegalArgumentException("no month in " + name);
    }

    /**
     * Which way a bare day points, from the words before it in its sentence: ahead (1), back (-1), unsure (0). The
     * marker nearest the day decides ("was delayed, and will resume on Monday" points ahead).
     */
    public static int tense(final String before) {
        final String lower = before.toLowerCase(Locale.ROOT);
        final int future = last(FUTURE.matcher(lower));
        final int past = last(PAST.matcher(lower));
        if (future < 0 && past < 0) {
            return 0;
        }
        return future > past ? 1 : -1;
    }

    private static int last(final Matcher matcher) {
        int last = -1;
        while (matcher.find()) {
            last = matcher.start();
        }
        return last;
    }

    /** The date a relative day refers to, seen from the blog's date; {@code tense} settles a bare day. */
    public static LocalDate resolve(final String mention, final LocalDate date, final int tense) {
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
}
