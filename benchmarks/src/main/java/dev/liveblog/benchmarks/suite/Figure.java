package dev.liveblog.benchmarks.suite;

import java.util.Locale;

/**
 * One row of the results: our figure beside the reference measured in the same run, the ratio between them and
 * the goal the ratio is held to. A figure without a reference (a hot path) has a ratio of {@code NaN}.
 *
 * @param group what is measured (producer, topology, latency, consumer, hot path)
 * @param name the figure
 * @param ours our measurement
 * @param reference the reference measurement, or {@code NaN}
 * @param unit the unit of both measurements
 * @param ratio the figure the goal applies to
 * @param goal the goal, as a reader would state it, or empty
 * @param met whether the goal is met; null when there is no goal
 * @param note how it was measured, in a few words
 */
public record Figure(String group, String name, double ours, double reference, String unit, double ratio,
                     String goal, Boolean met, String note) {

    /** A throughput or cost compared with a reference: the ratio is ours / reference. */
    public static Figure compared(final String group, final String name, final double ours, final double reference,
                                  final String unit, final double atLeast, final String note) {
        final double ratio = ours / reference;
        return new Figure(group, name, ours, reference, unit, ratio,
                atLeast > 0 ? String.format(Locale.ROOT, ">= %.2fx", atLeast) : "", atLeast > 0 ? ratio >= atLeast : null,
                note);
    }

    /** A cost compared with a reference cost and held to at most {@code maxRatio} times it. */
    public static Figure atMost(final String group, final String name, final double ours, final double reference,
                                final String unit, final double maxRatio, final String note) {
        final double ratio = ours / reference;
        return new Figure(group, name, ours, reference, unit, ratio, String.format(Locale.ROOT, "<= %.2fx", maxRatio),
                ratio <= maxRatio, note);
    }

    /** A figure held to an upper limit, e.g. a latency to a budget: the ratio is ours / limit. */
    public static Figure limited(final String group, final String name, final double ours, final double limit,
                                 final String unit, final String note) {
        return new Figure(group, name, ours, limit, unit, ours / limit,
                String.format(Locale.ROOT, "<= %s %s", format(limit), unit), ours <= limit, note);
    }

    /** A figure with no reference and no goal. */
    public static Figure plain(final String group, final String name, final double ours, final String unit,
                               final String note) {
        return new Figure(group, name, ours, Double.NaN, unit, Double.NaN, "", null, note);
    }

    static String format(final double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
