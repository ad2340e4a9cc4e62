package dev.liveblog.app.crash;

import dev.liveblog.benchmarks.SyntheticBlog;
import dev.liveblog.schema.BlogEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A long live blog for crash tests: realistic synthetic entries with a known share of exact repeats (an entry the
 * page shows again), written as the producer reads it, newest first, with its blog settings beside it.
 */
record Workload(Path file, List<String> oldestFirst) {

    static final String BLOG_ID = "crash-blog";

    static Workload generate(final Path dir, final int entries, final double repeatShare, final long seed)
            throws IOException {
        final List<String> oldestFirst = new ArrayList<>(entries);
        for (final BlogEntry entry : new SyntheticBlog(BLOG_ID, seed).entries(entries, repeatShare, 0)) {
            oldestFirst.add(entry.getText());
        }
        final List<String> page = new ArrayList<>(oldestFirst);
        Collections.reverse(page);
        final Path file = dir.resolve(BLOG_ID + ".txt");
        Files.write(file, page, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(BLOG_ID + ".properties"), "liveblog.blog.id=" + BLOG_ID
                + "\nliveblog.blog.date=2031-03-11\nliveblog.blog.zone=Europe/Oslo\n");
        return new Workload(file, List.copyOf(oldestFirst));
    }
}
