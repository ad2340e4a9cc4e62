package dev.liveblog.processor.dedup;

import dev.liveblog.common.config.Settings;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import java.time.Duration;

/**
 * The deduplication thresholds and the bounds of its state, each a setting with a measured default (see the
 * README for how they were chosen), declared by {@link LiveBlogProcessorConfig}.
 *
 * @param nearThreshold least similarity of two texts of similar length to be the same item
 * @param nearLengthRatio least ratio of the shorter to the longer text for a NEAR comparison
 * @param containedThreshold least containment of the shorter text (or its quotation) in the longer
 * @param minTokens fewest words an entry needs to be a near or contained repeat
 * @param minQuoteTokens fewest quoted words for the quotation path of CONTAINED
 * @param minQuoteShare least share of an entry's words its quotation must make up for that path
 * @param candidates how many index candidates are verified per entry
 * @param maxPostings how many items holding one trigram make it too common to tell items apart (lookups skip it)
 * @param maxItemsPerBlog how many items per blog the state keeps; the oldest are forgotten first
 * @param retention how long an item is kept after its last update, and a blog's state after its last entry
 * @param indexBytes about how many bytes of heap a task's in-memory trigram index may take before it evicts the
 *                   blogs least recently posted to (built again from their items when they post)
 */
public record DedupConfig(double nearThreshold, double nearLengthRatio, double containedThreshold, int minTokens,
                          int minQuoteTokens, double minQuoteShare, int candidates, int maxPostings,
                          int maxItemsPerBlog, Duration retention, long indexBytes) {

    /** The defaults, as {@link LiveBlogProcessorConfig} declares them. */
    public static DedupConfig defaults() {
        return LiveBlogProcessorConfig.defaults().dedup();
    }

    /** The thresholds and bounds of checked settings ({@link LiveBlogProcessorConfig}). */
    public static DedupConfig from(final Settings settings) {
        return LiveBlogProcessorConfig.from(settings).dedup();
    }
}
