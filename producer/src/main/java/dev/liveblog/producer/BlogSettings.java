package dev.liveblog.producer;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads the blog's identity, date and zone from settings, with one readable line for a bad value. */
public final class BlogSettings {

    public static final String BLOG_ID = "liveblog.blog.id";
    public static final String BLOG_DATE = "liveblog.blog.date";
    public static final String BLOG_ZONE = "liveblog.blog.zone";
    public static final String ORDER = "liveblog.producer.order";
    public static final String INVALID_LINES = "liveblog.producer.invalid.lines";

    private BlogSettings() {
    }

    /** The blog context; the zone defaults to UTC and the date to today in that zone. */
    public static BlogContext context(final Settings settings) {
        final String blogId = settings.require(BLOG_ID);
        if (!blogId.matches("[A-Za-z0-9._:-]{1,200}")) {
            throw new UserException(ExitCodes.BAD_CONFIG, "invalid blog id '" + blogId
                    + "': use letters, digits and . _ : - (at most 200)");
        }
        final ZoneId zone = zone(settings.get(BLOG_ZONE, "UTC"));
        final LocalDate date = settings.get(BLOG_DATE).map(BlogSettings::date).orElseGet(() -> LocalDate.now(zone));
        return new BlogContext(blogId, date, zone);
    }

    public static EntryOrder order(final Settings settings) {
        return enumValue(EntryOrder.class, ORDER, settings.get(ORDER, "oldest-first"));
    }

    public static InvalidLinePolicy invalidLines(final Settings settings) {
        return enumValue(InvalidLinePolicy.class, INVALID_LINES, settings.get(INVALID_LINES, "fail"));
    }

    private static ZoneId zone(final String value) {
        try {
            final ZoneId zone = ZoneId.of(value.trim());
            return zone.equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
        } catch (final DateTimeException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "unknown time zone '" + value
                    + "': use an IANA zone id such as Europe/London");
        }
    }

    private static LocalDate date(final String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (final DateTimeParseException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "invalid date '" + value + "': expected YYYY-MM-DD");
        }
    }

    private static <E extends Enum<E>> E enumValue(final Class<E> type, final String key, final String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (final IllegalArgumentException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "invalid value '" + value + "' for " + key);
        }
    }
}
