package dev.liveblog.producer.poll;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110 §10.2.3): either whole seconds or an HTTP-date. A date is turned
 * into a delay from the given instant, so the result does not depend on the server's clock agreeing with ours
 * beyond what the header itself says; a date in the past means "now".
 */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The delay the header asks for, or empty if it is absent or neither form. */
    static Optional<Duration> parse(final String value, final Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        final String text = value.trim();
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (final NumberFormatException e) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
            }
        }
        try {
            final Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (final DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
