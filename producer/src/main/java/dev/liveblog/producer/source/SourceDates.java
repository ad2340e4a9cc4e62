package dev.liveblog.producer.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the ISO-8601 times of JSON-LD and HTML {@code <time datetime>}, as pages write them: with an offset or Z,
 * seconds and fractions optional, the offset with or without its colon. A time without an offset is not an instant
 * and counts as unreadable. Also derives a blog's date and zone from its times.
 */
final class SourceDates {

    private static final Logger LOG = LoggerFactory.getLogger(SourceDates.class);
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private SourceDates() {
    }

    /** The time, or null (with a warning naming the source and field) when it is given but unreadable. */
    static OffsetDateTime parse(final String source, final String field, final String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip(), ISO);
        } catch (final DateTimeParseException e) {
            LOG.warn("{}: ignoring {} '{}': not an ISO-8601 time with an offset", source, field, value);
            return null;
        }
    }

    /** The local date of the coverage start in its own offset, else of the earliest time; null without times. */
    static LocalDate date(final OffsetDateTime coverageStart, final List<OffsetDateTime> published) {
        if (coverageStart != null) {
            return coverageStart.toLocalDate();
        }
        return published.stream().filter(Objects::nonNull).min(Comparator.comparing(OffsetDateTime::toInstant))
                .map(OffsetDateTime::toLocalDate).orElse(null);
    }

    /** The offset of the coverage start, else of the first time in page order, as a zone; null without times. */
    static ZoneId zone(final OffsetDateTime coverageStart, final List<OffsetDateTime> published) {
        final OffsetDateTime first = coverageStart != null ? coverageStart
                : published.stream().filter(Objects::nonNull).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        return first.getOffset().equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : first.getOffset();
    }
}
