package dev.liveblog.processor.lifecycle;

import dev.liveblog.common.config.Settings;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import java.time.Duration;

/**
 * How the state's sweep runs (the retention itself is {@code liveblog.state.retention.seconds}); declared by
 * {@link LiveBlogProcessorConfig}.
 *
 * @param sweepInterval how often, on the processor's clock, the sweep runs
 * @param sweepBudget how many store operations one sweep may do, so that no call holds up the stream thread
 */
public record StateConfig(Duration sweepInterval, int sweepBudget) {

    /** The defaults, as {@link LiveBlogProcessorConfig} declares them. */
    public static StateConfig defaults() {
        return LiveBlogProcessorConfig.defaults().state();
    }

    /** The sweep of checked settings ({@link LiveBlogProcessorConfig}). */
    public static StateConfig from(final Settings settings) {
        return LiveBlogProcessorConfig.from(settings).state();
    }
}
