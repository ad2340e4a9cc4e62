package dev.liveblog.processor.lifecycle;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Gives every blog the deduplicator knows an activity entry, once per task start, a few blogs per sweep: state
 * written before blogs had activity entries (a release without the lifecycle), or whose entry was lost, would
 * otherwise never expire. A blog found without one counts as seen now, and expires after one retention.
 */
final class BlogSeeding {

    private final KeyValueStore<String, String> counters;
    private final KeyValueStore<String, String> activity;
    private String cursor;
    private boolean done;

    BlogSeeding(final KeyValueStore<String, String> counters, final KeyValueStore<String, String> activity) {
        this.counters = counters;
        this.activity = activity;
    }

    /** Looks at up to {@code limit} blogs of the deduplicator; the store operations it took. */
    int step(final long now, final int limit) {
        if (done) {
            return 0;
        }
        int operations = 0;
        int seen = 0;
        try (KeyValueIterator<String, String> it = cursor == null ? counters.all()
                : counters.range(cursor + '\u0000', null)) {
            while (it.hasNext() && seen < limit) {
                final KeyValue<String, String> blog = it.next();
                seen++;
                operations++;
                if (activity.get(blog.key) == null) {
                    activity.put(blog.key, now + " 0");
                    operations++;
                }
                cursor = blog.key;
            }
            done = !it.hasNext();
        }
        return operations;
    }
}
