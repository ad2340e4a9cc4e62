package dev.liveblog.common.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kafka client property a component sets itself, declared once so that the code applying it and the README's
 * settings table cannot disagree.
 *
 * @param key the Kafka client property
 * @param value what the component sets, or null when the value is a pipeline setting's ({@code fromSetting})
 * @param fromSetting the {@code liveblog.*} setting whose value is used, or null
 * @param fixed true when the component always sets it, whatever the user's properties say
 * @param meaning why the component sets it, for the table
 */
public record ClientDefault(String key, String value, String fromSetting, boolean fixed, String meaning) {

    /** A default the user's properties may override. */
    public static ClientDefault of(final String key, final String value, final String meaning) {
        return new ClientDefault(key, value, null, false, meaning);
    }

    /** A default taken from a pipeline setting; the user's properties may still override it. */
    public static ClientDefault fromSetting(final String key, final String setting, final String meaning) {
        return new ClientDefault(key, null, setting, false, meaning);
    }

    /** A value the component always uses: the user's properties cannot change it. */
    public static ClientDefault fixed(final String key, final String value, final String meaning) {
        return new ClientDefault(key, value, null, true, meaning);
    }

    /**
     * The client properties of a component: its defaults, then the user's Kafka properties, then its fixed values.
     * A default taken from a setting reads it from {@code config}.
     */
    public static Map<String, Object> apply(final List<ClientDefault> declared, final LiveBlogConfig config,
                                            final Map<String, Object> userProperties) {
        final Map<String, Object> properties = new HashMap<>();
        declared.stream().filter(d -> !d.fixed()).forEach(d -> properties.put(d.key(), d.valueIn(config)));
        properties.putAll(userProperties);
        declared.stream().filter(ClientDefault::fixed).forEach(d -> properties.put(d.key(), d.valueIn(config)));
        return properties;
    }

    private String valueIn(final LiveBlogConfig config) {
        if (fromSetting == null) {
            return value;
        }
        if (config == null) {
            throw new IllegalStateException(key + " takes the value of " + fromSetting + ": a config is needed");
        }
        return String.valueOf(config.values().get(fromSetting));
    }
}
