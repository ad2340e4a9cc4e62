package dev.liveblog.common.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in settings and options: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, or
 * ISO-8601 ({@code PT30S}).
 */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

    private Durations() {
    }

    /** The duration {@code text} says; an {@code IllegalArgumentException} naming the text when it says none. */
    public static Duration parse(final String text) {
        final String value = text.trim().toLowerCase(Locale.ROOT);
        final Matcher m = SHORT.matcher(value);
        if (m.matches()) {
            final long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (final DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 30s, 500ms, 5m, 1h", e);
        }
    }

    /** A validator of optional duration settings at least {@code min} long. */
    public static org.apache.kafka.common.config.ConfigDef.Validator atLeast(final Duration min) {
        return Validators.optional(Validators.check(v -> parse((String) v).compareTo(min) >= 0,
                "a duration such as 30s, 500ms, 5m or 1h, at least " + describe(min)));
    }

    /** The shortest way of writing a duration in the form {@link #parse} reads. */
    public static String describe(final Duration duration) {
        final long ms = duration.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
