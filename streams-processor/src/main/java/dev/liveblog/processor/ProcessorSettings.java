package dev.liveblog.processor;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.enrich.EntityCatalog;
import dev.liveblog.processor.enrich.TopicTagger;

/**
 * What the topology is built from: the topic registry, the deduplication settings, and the reference data of
 * the enrichment (the entity catalog and the topic taxonomy).
 */
public record ProcessorSettings(Topics topics, DedupConfig dedup, EntityCatalog catalog, TopicTagger topicTagger) {

    public ProcessorSettings(final Topics topics, final DedupConfig dedup) {
        this(topics, dedup, EntityCatalog.bundled(), TopicTagger.bundled());
    }

    public static ProcessorSettings from(final Settings settings) {
        return new ProcessorSettings(Topics.from(settings), DedupConfig.from(settings));
    }
}
