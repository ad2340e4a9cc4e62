package dev.liveblog.app;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples out of a Prometheus text exposition, as a scraper would. */
final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private PrometheusText() {
    }

    /** The sum of every sample of {@code name} whose labels include {@code labels}; 0 when none matches. */
    static double sum(final String text, final String name, final Map<String, String> labels) {
        double sum = 0;
        for (final String line : text.lines().toList()) {
            final Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(name)) {
                continue;
            }
            final Map<String, String> found = new HashMap<>();
            if (sample.group(3) != null) {
                final Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    found.put(label.group(1), label.group(2));
                }
            }
            if (found.entrySet().containsAll(labels.entrySet())) {
                final double value = Double.parseDouble(sample.group(4));
                sum += Double.isNaN(value) ? 0 : value;
            }
        }
        return sum;
    }
}
