package dev.liveblog.processor.lifecycle;

import dev.liveblog.common.config.Settings;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import java.time.Duration;

/**
 * How the state's sweep runs (the retention itself is {@code liveblog.state.retention.seconds}) and how much of a
 * quotation's occurrences its event keeps; declared by {@link LiveBlogProcessorConfig}.
 *
 * @param sweepInterval how often, on the processor's clock, the sweep runs
 * @param sweepBudget how many store operations one sweep may do, so that no call holds up the stream thread
 * @param quoteOccurrences how many of its latest occurrences a quotation's event lists, so that neither the event
 *        nor its stored value grows with the number of items that repeat the quotation
 */
public record StateConfig(Duration sweepInterval, int sweepBudget, int quoteOccurrences) {

    /** The defaults, as {@link LiveBlogProcessorConfig} declares them. */
    public static StateConfig defaults() {
        return LiveBlogProcessorConfig.defaults().state();
    }

    /** The sweep of checked settings ({@link LiveBlogProcessorConfig}). */
    public static StateConfig from(final Settings settings) {
        return LiveBlogProcessorConfig.from(settings).state();
    }
}
