package dev.liveblog.processor;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.enrich.EntityCatalog;
import dev.liveblog.processor.enrich.TopicTagger;
import dev.liveblog.processor.lifecycle.StateConfig;
import dev.liveblog.processor.metrics.PipelineMetrics;

/**
 * What the topology is built from: the topic registry, the deduplication and state settings, and the reference
 * data of the enrichment (the entity catalog and the topic taxonomy), and the meters its processors count into.
 */
public record ProcessorSettings(Topics topics, DedupConfig dedup, StateConfig state, EntityCatalog catalog,
                                TopicTagger topicTagger, PipelineMetrics metrics) {

    public ProcessorSettings(final Topics topics, final DedupConfig dedup) {
        this(topics, dedup, StateConfig.defaults(), EntityCatalog.bundled(), TopicTagger.bundled(),
                PipelineMetrics.discarding());
    }

    public ProcessorSettings(final Topics topics, final DedupConfig dedup, final StateConfig state,
                             final EntityCatalog catalog, final TopicTagger topicTagger) {
        this(topics, dedup, state, catalog, topicTagger, PipelineMetrics.discarding());
    }

    /** The same settings counting into {@code metrics}. */
    public ProcessorSettings withMetrics(final PipelineMetrics metrics) {
        return new ProcessorSettings(topics, dedup, state, catalog, topicTagger, metrics);
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
