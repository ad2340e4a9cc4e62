package dev.liveblog.processor.lifecycle;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import java.time.Duration;

/**
 * How the state's sweep runs (the retention itself is {@code liveblog.state.retention.seconds}).
 *
 * @param sweepInterval how often, on the processor's clock, the sweep runs
 * @param sweepBudget how many store operations one sweep may do, so that no call holds up the stream thread
 */
public record StateConfig(Duration sweepInterval, int sweepBudget) {

    public static final String SWEEP_SECONDS = "liveblog.state.sweep.interval.seconds";
    public static final String SWEEP_BUDGET = "liveblog.state.sweep.budget";

    public static StateConfig defaults() {
        return from(Settings.of(java.util.Map.of()));
    }

    public static StateConfig from(final Settings settings) {
        final int seconds = settings.getInt(SWEEP_SECONDS, 1);
        final int budget = settings.getInt(SWEEP_BUDGET, 5_000);
        if (seconds < 1 || budget < 1) {
            throw new UserException(ExitCodes.BAD_CONFIG, "settings '" + SWEEP_SECONDS + "' and '" + SWEEP_BUDGET
                    + "' must be at least 1, got " + seconds + " and " + budget);
        }
        return new StateConfig(Duration.ofSeconds(seconds), budget);
    }
}
