package dev.liveblog.processor.dedup;

/**
 * Where the in-memory trigram index reports its size and its builds, so an operator sees whether its budget holds
 * the blogs that post ({@link dev.liveblog.processor.LiveBlogProcessorConfig#INDEX_MAX_BYTES}).
 */
public interface IndexMeter {

    /** Reports nothing: for tests and tools. */
    IndexMeter NONE = new IndexMeter() {
        @Override
        public void bytesChanged(final long delta) {
        }

        @Override
        public void built(final int items) {
        }
    };

    /** The index's estimated heap grew (or, negative, shrank) by {@code delta} bytes. */
    void bytesChanged(long delta);

    /** A blog's part was built from its {@code items} stored items. */
    void built(int items);
}
