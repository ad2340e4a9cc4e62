package dev.liveblog.common.ops;

import java.util.Map;

/**
 * One answer of a health check: whether the component is up in the sense asked (live or ready), and a few details
 * for the operator reading the body (state, threads, tasks, restoration).
 *
 * @param up whether the check passes (HTTP 200) or not (HTTP 503)
 * @param details small values (strings, numbers, booleans, lists or maps of them), written as JSON
 */
public record Health(boolean up, Map<String, Object> details) {

    public Health {
        details = Map.copyOf(details);
    }

    public static Health up(final Map<String, Object> details) {
        return new Health(true, details);
    }

    public static Health down(final Map<String, Object> details) {
        return new Health(false, details);
    }
}
