package dev.liveblog.processor;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.enrich.EntityCatalog;
import dev.liveblog.processor.enrich.TopicTagger;
import dev.liveblog.processor.lifecycle.StateConfig;

/**
 * What the topology is built from: the topic registry, the deduplication and state settings, and the reference
 * data of the enrichment (the entity catalog and the topic taxonomy).
 */
public record ProcessorSettings(Topics topics, DedupConfig dedup, StateConfig state, EntityCatalog catalog,
                                TopicTagger topicTagger) {

    public ProcessorSettings(final Topics topics, final DedupConfig dedup) {
        this(topics, dedup, StateConfig.defaults(), EntityCatalog.bundled(), TopicTagger.bundled());
    }

    public static ProcessorSettings from(final Settings settings) {
        return from(settings, Topics.from(settings));
    }

    /** The settings with a topic registry of the caller's (a test's, whose serdes know only the bundled schemas). */
    public static ProcessorSettings from(final Settings settings, final Topics topics) {
        return from(LiveBlogProcessorConfig.from(settings), topics);
    }

    /** The topology's inputs from the processor's checked config. */
    public static ProcessorSettings from(final LiveBlogProcessorConfig config, final Topics topics) {
        return new ProcessorSettings(topics, config.dedup(), config.state(), EntityCatalog.bundled(),
                TopicTagger.bundled());
    }
}
