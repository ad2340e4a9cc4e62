package dev.liveblog.processor;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.dedup.DedupConfig;

/** What the topology is built from: the topic registry and the deduplication settings. */
public record ProcessorSettings(Topics topics, DedupConfig dedup) {

    public static ProcessorSettings from(final Settings settings) {
        return new ProcessorSettings(Topics.from(settings), DedupConfig.from(settings));
    }
}
