package dev.liveblog.processor.dedup;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import java.time.Duration;

/**
 * The deduplication thresholds and the bounds of its state, each a setting with a measured default (see the
 * README for how they were chosen).
 *
 * @param nearThreshold least similarity of two texts of similar length to be the same item
 * @param nearLengthRatio least ratio of the shorter to the longer text for a NEAR comparison
 * @param containedThreshold least containment of the shorter text (or its quotation) in the longer
 * @param minTokens fewest words an entry needs to be a near or contained repeat
 * @param minQuoteTokens fewest quoted words for the quotation path of CONTAINED
 * @param minQuoteShare least share of an entry's words its quotation must make up for that path
 * @param candidates how many index candidates are verified per entry
 * @param maxPostings how many items one shingle remembers before it counts as too common to discriminate
 * @param maxItemsPerBlog how many items per blog the state keeps; the oldest are forgotten first
 * @param retention how long an item is kept after its last update, and a blog's state after its last entry
 */
public record DedupConfig(double nearThreshold, double nearLengthRatio, double containedThreshold, int minTokens,
                          int minQuoteTokens, double minQuoteShare, int candidates, int maxPostings,
                          int maxItemsPerBlog, Duration retention) {

    public static final String PREFIX = "liveblog.dedup.";
    public static final String RETENTION_SECONDS = "liveblog.state.retention.seconds";

    public static DedupConfig defaults() {
        return from(Settings.of(java.util.Map.of()));
    }

    public static DedupConfig from(final Settings settings) {
        return new DedupConfig(
                fraction(settings, "near.threshold", 0.85),
                fraction(settings, "near.length.ratio", 0.8),
                fraction(settings, "contained.threshold", 0.9),
                settings.getInt(PREFIX + "min.tokens", 6),
                settings.getInt(PREFIX + "min.quote.tokens", 8),
                fraction(settings, "min.quote.share", 0.6),
                settings.getInt(PREFIX + "candidates", 8),
                settings.getInt(PREFIX + "max.postings", 64),
                settings.getInt(PREFIX + "max.items.per.blog", 100_000),
                retention(settings));
    }

    /** {@code liveblog.state.retention.seconds}, else the older {@code liveblog.dedup.retention.hours}. */
    private static Duration retention(final Settings settings) {
        final Duration retention = settings.get(RETENTION_SECONDS, null) != null
                ? Duration.ofSeconds(settings.getInt(RETENTION_SECONDS, 0))
                : Duration.ofHours(settings.getInt(PREFIX + "retention.hours", 7 * 24));
        if (retention.isNegative() || retention.isZero()) {
            throw new UserException(ExitCodes.BAD_CONFIG, "setting '" + RETENTION_SECONDS
                    + "' must be a positive number of seconds, got " + retention.toSeconds());
        }
        return retention;
    }

    private static double fraction(final Settings settings, final String name, final double defaultValue) {
        final String key = PREFIX + name;
        final String value = settings.get(key, Double.toString(defaultValue));
        try {
            final double parsed = Double.parseDouble(value.trim());
            if (parsed < 0 || parsed > 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (final NumberFormatException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "setting '" + key + "' must be a number from 0 to 1, got '"
                    + value + "'");
        }
    }
}
