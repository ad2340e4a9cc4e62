package dev.liveblog.common.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Validators whose {@code toString} says in words what is allowed: it is the "valid values" column of the README
 * and the end of the line a wrong value gets. Kafka's own ({@code Range}, {@code ValidString}) print
 * {@code [0,...,65535]} and reject a null default, which optional settings need.
 */
public final class Validators {

    private Validators() {
    }

    /** A number from {@code min} to {@code max}, both included. */
    public static ConfigDef.Validator between(final Number min, final Number max) {
        return check(v -> ((Number) v).doubleValue() >= min.doubleValue()
                && ((Number) v).doubleValue() <= max.doubleValue(), min + " to " + max);
    }

    /** A number of at least {@code min}. */
    public static ConfigDef.Validator atLeast(final Number min) {
        return check(v -> ((Number) v).doubleValue() >= min.doubleValue(), "at least " + min);
    }

    /**
     * One of the given words, in any case, with {@code -} and {@code _} alike ({@code oldest-first} and
     * {@code OLDEST_FIRST}), as the enums they name are spelled in Java.
     */
    public static ConfigDef.Validator oneOf(final String... words) {
        final List<String> allowed = Arrays.asList(words);
        return check(v -> allowed.stream().anyMatch(w -> normalWord(w).equals(normalWord((String) v))),
                String.join(", ", allowed));
    }

    /** The text of an enum constant a word of {@link #oneOf} names. */
    public static String normalWord(final String word) {
        return word.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Text matching {@code regex} as a whole. */
    public static ConfigDef.Validator matching(final String regex, final String description) {
        final Pattern pattern = Pattern.compile(regex);
        return check(v -> pattern.matcher((String) v).matches(), description);
    }

    /** A value {@code test} accepts. */
    public static ConfigDef.Validator check(final Predicate<Object> test, final String description) {
        return new Described(test, description);
    }

    /** Unset (null), or a value {@code validator} accepts. */
    public static ConfigDef.Validator optional(final ConfigDef.Validator validator) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(final String name, final Object value) {
                if (value != null) {
                    validator.ensureValid(name, value);
                }
            }

            @Override
            public String toString() {
                return validator.toString();
            }
        };
    }

    private record Described(Predicate<Object> test, String description) implements ConfigDef.Validator {

        @Override
        public void ensureValid(final String name, final Object value) {
            final boolean valid;
            try {
                valid = value != null && test.test(value);
            } catch (final RuntimeException e) {
                throw new ConfigException(name, value, description);
            }
            if (!valid) {
                throw new ConfigException(name, value, description);
            }
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
