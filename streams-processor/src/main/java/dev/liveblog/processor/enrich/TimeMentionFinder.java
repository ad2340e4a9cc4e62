package dev.liveblog.processor.enrich;

import dev.liveblog.processor.enrich.names.Gazetteer;
import dev.liveblog.processor.enrich.time.ClockTimes;
import dev.liveblog.processor.enrich.time.Days;
import dev.liveblog.processor.enrich.time.PostStamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds times and days in an item and resolves them against the blog's date and zone, with {@code java.time}:
 * clock times ({@link ClockTimes}: "14:15 local time", "11:15 BST", "4.15pm", "2:05 p.m. ET", a bare "16:00" in the
 * blog's own zone) become UTC instants; days ({@link Days}: "yesterday", "on Tuesday", "12 March") become dates. A
 * time stamp before the entry ({@link PostStamp}: "18:05 \u2013") is the entry's post time, not a mention.
 */
public final class TimeMentionFinder {

    /** A time or day found in a text. Exactly one of {@code utc} and {@code date} is set. */
    public record Found(String mention, int start, int end, Instant utc, LocalDate date) {
    }

    private TimeMentionFinder() {
    }

    public static List<Found> find(final String text, final LocalDate blogDate, final ZoneId blogZone) {
        final String country = Gazetteer.bundled().countryOf(blogZone);
        final int from = PostStamp.of(text, blogDate, blogZone, country).map(PostStamp.Stamp::end).orElse(0);
        final List<Found> found = new ArrayList<>();
        for (final ClockTimes.Clock clock : ClockTimes.find(text, from, blogDate, blogZone, country)) {
            found.add(new Found(text.substring(clock.start(), clock.end()), clock.start(), clock.end(), clock.utc(),
                    null));
        }
        for (final Days.Day day : Days.find(text, from, blogDate)) {
            if (found.stream().noneMatch(f -> f.start() < day.end() && day.start() < f.end())) {
                found.add(new Found(text.substring(day.start(), day.end()), day.start(), day.end(), null, day.date()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The post time of an entry stamped with one ("18:05 \u2013 ..."). */
    public static Optional<Instant> postTime(final String text, final LocalDate blogDate, final ZoneId blogZone) {
        return PostStamp.of(text, blogDate, blogZone, Gazetteer.bundled().countryOf(blogZone))
                .map(PostStamp.Stamp::utc);
    }
}
