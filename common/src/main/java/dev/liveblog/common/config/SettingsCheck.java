package dev.liveblog.common.config;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Checks settings against a component's {@link ConfigDef} before anything starts, and reports every problem at
 * once, one line each: a value of the wrong type or outside what is allowed (naming the setting, the value, where
 * it came from and what is allowed), a required setting missing, and a {@code liveblog.*} key that no component
 * declares (a typo, named with the closest known key).
 */
public final class SettingsCheck {

    /**
     * How far (in edits) an environment variable's key may be from a known setting to count as its typo. Other
     * {@code LIVEBLOG_*} variables are the launchers' own ({@code LIVEBLOG_JAVA_OPTS}, {@code LIVEBLOG_LOG_LEVEL},
     * the compose file's {@code LIVEBLOG_INPUT}) and are ignored: an environment holds more than our settings.
     */
    static final int ENVIRONMENT_TYPO_DISTANCE = 2;

    private SettingsCheck() {
    }

    /** The settings of {@code definition} as text, checked; a {@link UserException} lists every problem. */
    public static Map<String, String> checked(final ConfigDef definition, final Settings settings) {
        final List<String> problems = problems(definition, settings);
        if (!problems.isEmpty()) {
            throw new UserException(ExitCodes.BAD_CONFIG, String.join("\n", problems));
        }
        final Map<String, String> values = new HashMap<>();
        definition.names().forEach(name -> settings.get(name).ifPresent(v -> values.put(name, v.trim())));
        return values;
    }

    /** Every problem of {@code settings} for a component of {@code definition}, one line each. */
    public static List<String> problems(final ConfigDef definition, final Settings settings) {
        final List<String> problems = new ArrayList<>();
        for (final ConfigDef.ConfigKey key : definition.configKeys().values()) {
            final Optional<String> value = settings.get(key.name);
            if (value.isEmpty()) {
                if (!key.hasDefault()) {
                    problems.add("missing required setting '" + key.name + "' (option, environment variable "
                            + Settings.envName(key.name) + " or properties file)");
                }
                continue;
            }
            invalid(key, value.get().trim()).ifPresent(why -> problems.add("invalid value '" + value.get()
                    + "' for setting '" + key.name + "'" + from(settings, key.name) + "; allowed: " + why));
        }
        final Set<String> known = new TreeSet<>(knownKeys());
        known.addAll(definition.names());
        for (final String key : settings.asMap().keySet()) {
            if (key.startsWith(Settings.OWN_PREFIX) && !known.contains(key)) {
                unknown(key, known, settings).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** What is allowed, when {@code value} is not: the type and the validator's words. */
    private static Optional<String> invalid(final ConfigDef.ConfigKey key, final String value) {
        try {
            final Object parsed = ConfigDef.parseType(key.name, value, key.type);
            if (key.validator != null) {
                key.validator.ensureValid(key.name, parsed);
            }
            return Optional.empty();
        } catch (final ConfigException e) {
            // The README's words, without its code marks: a terminal shows them as they are.
            return Optional.of(allowed(key).replace('`', '\''));
        }
    }

    /** The words a reader is told for what a setting takes: its type, then its validator's description. */
    public static String allowed(final ConfigDef.ConfigKey key) {
        final String type = switch (key.type) {
            case INT, SHORT, LONG -> "a whole number";
            case DOUBLE -> "a number";
            case BOOLEAN -> "true or false";
            default -> null;
        };
        if (key.validator == null) {
            return type == null ? "any text" : type;
        }
        return type == null ? key.validator.toString() : type + ", " + key.validator;
    }

    private static Optional<String> unknown(final String key, final Collection<String> known, final Settings settings) {
        final String closest = closest(key, known);
        final Optional<String> origin = settings.origin(key);
        if (origin.isPresent() && origin.get().startsWith(Settings.ENVIRONMENT_ORIGIN)) {
            if (distance(key, closest) > ENVIRONMENT_TYPO_DISTANCE) {
                return Optional.empty();
            }
            return Optional.of("unknown setting '" + key + "'" + from(settings, key) + "; did you mean '" + closest
                    + "' (" + Settings.envName(closest) + ")?");
        }
        return Optional.of("unknown setting '" + key + "'" + from(settings, key) + "; did you mean '" + closest
                + "'?");
    }

    private static String from(final Settings settings, final String key) {
        return settings.origin(key).map(o -> " (" + o + ")").orElse("");
    }

    /** The known key with the fewest edits from {@code key}; the first in order among equals. */
    static String closest(final String key, final Collection<String> known) {
        return known.stream().min(Comparator.comparingInt((String k) -> distance(key, k))
                .thenComparing(Comparator.naturalOrder())).orElse("");
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(final String a, final String b) {
        final String s = a.toLowerCase(Locale.ROOT);
        final String t = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                final int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            final int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }

    /** Every component's declaration on the class path, shared settings first. */
    public static List<ConfigDeclaration> declarations() {
        return Declarations.ALL;
    }

    /** Every {@code liveblog.*} key some component on the class path declares. */
    static Set<String> knownKeys() {
        return Declarations.KEYS;
    }

    /** Loaded once: the class path does not change. */
    private static final class Declarations {

        static final List<ConfigDeclaration> ALL = load();
        static final Set<String> KEYS = keys(ALL);

        private static List<ConfigDeclaration> load() {
            final List<ConfigDeclaration> all = new ArrayList<>();
            ServiceLoader.load(ConfigDeclaration.class, SettingsCheck.class.getClassLoader()).forEach(all::add);
            all.sort(Comparator.comparingInt(ConfigDeclaration::order));
            return List.copyOf(all);
        }

        private static Set<String> keys(final List<ConfigDeclaration> all) {
            final Set<String> keys = new TreeSet<>();
            all.forEach(d -> keys.addAll(d.definition().names()));
            return Set.copyOf(keys);
        }
    }
}
