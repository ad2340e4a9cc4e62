package dev.liveblog.processor.enrich.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time stamp a live blog puts before an entry ("18:05 \u2013", "UPDATE 18:05 BST \u2013", "FT 16:54 \u2013"): the
 * entry's own post time, in the blog's zone on the blog's date unless it names its zone. It is not a time the
 * entry's text speaks of.
 */
public final class PostStamp {

    /** The entry's post time, and where its text starts after the stamp. */
    public record Stamp(Instant utc, int end) {
    }

    private static final Pattern STAMP = Pattern.compile(
            "^\\s*(?:(?:UPDATE|UPDATED|BREAKING|FT|HT|KO|LIVE|PINNED|NEW)\\s+)?(\\d{1,2})[:.](\\d{2})"
                    + "(?:\\s?([ap])(?:m|\\.m\\.))?(?:\\s+([A-Z]{2,5}))?\\s*[\u2013\u2014-]\\s+");

    private PostStamp() {
    }

    public static Optional<Stamp> of(final String text, final LocalDate date, final ZoneId blogZone,
                                     final String blogCountry) {
        if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || Character.isUpperCase(text.charAt(0))
                || Character.isWhitespace(text.charAt(0)))) {
            return Optional.empty();
        }
        final Matcher m = STAMP.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        final int minute = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = m.group(3).equals("p") ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        ZoneId zone = blogZone;
        if (m.group(4) != null) {
            zone = Zones.zone(m.group(4), blogCountry);
            if (zone == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Stamp(LocalTime.of(hour, minute).atDate(date).atZone(zone).toInstant(), m.end()));
    }
}
