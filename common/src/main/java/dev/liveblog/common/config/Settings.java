package dev.liveblog.common.config;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Configuration in layers, each overriding the one before: defaults in code, a properties file, environment
 * variables, command-line options. Only the layering lives here: what the pipeline's own settings are (type,
 * default, valid values, meaning) is declared with Kafka's {@code ConfigDef} by each component's config class
 * ({@link LiveBlogConfig} and its subclasses), which also validates them.
 *
 * <p>Keys starting with {@code liveblog.} are the pipeline's own settings; every other key is a Kafka client
 * property and passes through to the clients untouched (security settings included). Environment variables map
 * as {@code LIVEBLOG_KAFKA_SASL_MECHANISM -> sasl.mechanism} and {@code LIVEBLOG_TOPIC_RAW -> liveblog.topic.raw}.
 */
public final class Settings {

    public static final String OWN_PREFIX = "liveblog.";
    static final String ENV_PREFIX = "LIVEBLOG_";
    static final String ENV_KAFKA_PREFIX = "LIVEBLOG_KAFKA_";
    /** How {@link #origin} begins for a value of the environment. */
    public static final String ENVIRONMENT_ORIGIN = "environment variable ";

    private final Map<String, String> values;
    /** Where each value came from, for messages: a properties file, an environment variable, the command line. */
    private final Map<String, String> origins;

    private Settings(final Map<String, String> values, final Map<String, String> origins) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.origins = Collections.unmodifiableMap(new TreeMap<>(origins));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Settings of(final Map<String, String> values) {
        return new Settings(values, Map.of());
    }

    public Optional<String> get(final String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public String get(final String key, final String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public String require(final String key) {
        return get(key).orElseThrow(() -> new UserException(ExitCodes.BAD_CONFIG,
                "missing required setting '" + key + "' (option, environment variable " + envName(key)
                        + " or properties file)"));
    }

    public int getInt(final String key, final int defaultValue) {
        final Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (final NumberFormatException e) {
            throw new UserException(ExitCodes.BAD_CONFIG,
                    "setting '" + key + "' must be a whole number, got '" + value.get() + "'");
        }
    }

    /** Every Kafka client property: all keys that are not the pipeline's own settings. */
    public Map<String, Object> kafkaProperties() {
        final Map<String, Object> kafka = new TreeMap<>();
        values.forEach((key, value) -> {
            if (!key.startsWith(OWN_PREFIX)) {
                kafka.put(key, value);
            }
        });
        return kafka;
    }

    public Map<String, String> asMap() {
        return values;
    }

    /**
     * Where the value of {@code key} came from ({@code properties file app.properties}, {@code environment variable
     * LIVEBLOG_TOPIC_RAW}, {@code command line}); empty for defaults and values set in code.
     */
    public Optional<String> origin(final String key) {
        return Optional.ofNullable(origins.get(key));
    }

    /** A copy with one more value, overriding any earlier one. */
    public Settings with(final String key, final String value) {
        final Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        final Map<String, String> copiedOrigins = new TreeMap<>(origins);
        copiedOrigins.remove(key);
        return new Settings(copy, copiedOrigins);
    }

    /** The environment variable that sets {@code key}. */
    public static String envName(final String key) {
        final String body = key.startsWith(OWN_PREFIX) ? key.substring(OWN_PREFIX.length()) : "kafka." + key;
        return ENV_PREFIX + body.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    static Optional<String> keyOfEnv(final String name) {
        if (name.startsWith(ENV_KAFKA_PREFIX)) {
            // LIVEBLOG_KAFKA_WAIT_SECONDS is liveblog.kafka.wait.seconds: a setting's own variable wins over the
            // prefix of client properties, or that setting could not be set from the environment at all.
            final String own = OWN_PREFIX + name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT)
                    .replace('_', '.');
            if (SettingsCheck.knownKeys().contains(own)) {
                return Optional.of(own);
            }
            return Optional.of(name.substring(ENV_KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'))
                    .filter(k -> !k.isEmpty());
        }
        if (name.startsWith(ENV_PREFIX)) {
            final String body = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            return body.isEmpty() ? Optional.empty() : Optional.of(OWN_PREFIX + body);
        }
        return Optional.empty();
    }

    /** Collects the layers in order; later layers win. */
    public static final class Builder {

        private final Map<String, String> values = new TreeMap<>();
        private final Map<String, String> origins = new TreeMap<>();

        private Builder() {
        }

        public Builder defaults(final Map<String, String> defaults) {
            defaults.forEach((key, value) -> put(key, value, null));
            return this;
        }

        /** Reads a properties file; an unreadable file is a user error naming the path. */
        public Builder file(final Path path) {
            if (path == null) {
                return this;
            }
            if (!Files.isRegularFile(path)) {
                throw new UserException(ExitCodes.BAD_CONFIG, "cannot read properties file " + path
                        + ": " + (Files.exists(path) ? "not a regular file" : "no such file"));
            }
            final Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (final IOException | IllegalArgumentException e) {
                throw new UserException(ExitCodes.BAD_CONFIG, "cannot read properties file " + path + ": "
                        + e.getMessage(), e);
            }
            properties.stringPropertyNames().forEach(k -> put(k.trim(), properties.getProperty(k).trim(),
                    "properties file " + path));
            return this;
        }

        /** Takes every {@code LIVEBLOG_*} variable of the environment. */
        public Builder environment(final Map<String, String> environment) {
            environment.forEach((name, value) -> keyOfEnv(name).ifPresent(key -> put(key, value,
                    ENVIRONMENT_ORIGIN + name)));
            return this;
        }

        public Builder overrides(final Map<String, String> overrides) {
            overrides.forEach((key, value) -> {
                if (value != null) {
                    put(key, value, "command line");
                }
            });
            return this;
        }

        public Settings build() {
            return new Settings(values, origins);
        }

        private void put(final String key, final String value, final String origin) {
            values.put(key, value);
            if (origin == null) {
                origins.remove(key);
            } else {
                origins.put(key, origin);
            }
        }
    }
}
