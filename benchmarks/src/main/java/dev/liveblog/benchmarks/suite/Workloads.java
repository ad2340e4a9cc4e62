package dev.liveblog.benchmarks.suite;

import dev.liveblog.benchmarks.SyntheticBlog;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.producer.EntryPublisher;
import dev.liveblog.schema.BlogEntry;
import java.util.List;
import java.util.Map;

/** The suite's inputs: several synthetic blogs interleaved as pollers would send them, and their loading. */
final class Workloads {

    /** Share of entries that repeat an earlier one word for word, as a re-polled page does. */
    static final double EXACT_REPEATS = 0.15;
    /** Share of entries that repeat an earlier one with a change (cut short, a sentence added). */
    static final double NEAR_REPEATS = 0.05;

    private Workloads() {
    }

    /** {@code count} entries from {@code blogs} blogs, taken in turn, each blog oldest first. */
    static List<BlogEntry> interleaved(final int count, final int blogs, final long seed) {
        return SyntheticBlog.interleaved("bench-blog-", count, blogs, seed, EXACT_REPEATS, NEAR_REPEATS);
    }

    /** Sends the entries with the pipeline's own producer settings and waits until all are acknowledged. */
    static void load(final Map<String, Object> kafkaProperties, final Topic<String, BlogEntry> topic,
                     final List<BlogEntry> entries) {
        try (EntryPublisher publisher = new EntryPublisher(kafkaProperties, topic)) {
            publisher.publish(entries);
        }
    }
}
