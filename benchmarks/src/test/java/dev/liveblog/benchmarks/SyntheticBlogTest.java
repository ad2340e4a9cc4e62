package dev.liveblog.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.schema.BlogEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticBlogTest {

    @Test
    void shouldGiveTheSameBlogForTheSameSeed() {
        // when
        final List<BlogEntry> first = new SyntheticBlog("b", 5).entries(500, 0.2, 0.1);
        final List<BlogEntry> second = new SyntheticBlog("b", 5).entries(500, 0.2, 0.1);

        // then
        assertEquals(first, second);
    }

    @Test
    void shouldRepeatAboutTheChosenShareOfEntriesWordForWord() {
        // given
        final List<BlogEntry> entries = new SyntheticBlog("b", 9).entries(10_000, 0.2, 0);

        // when
        final Set<String> distinct = new HashSet<>();
        entries.forEach(e -> distinct.add(e.getText()));

        // then about a fifth are repeats, and every entry has its own line
        final double repeats = 1 - distinct.size() / (double) entries.size();
        assertTrue(repeats > 0.18 && repeats < 0.22, "repeat share " + repeats);
        assertEquals(entries.size(), entries.stream().map(BlogEntry::getPosition).distinct().count());
    }

    @Test
    void shouldVaryTheLengthOfEntries() {
        // when
        final List<BlogEntry> entries = new SyntheticBlog("b", 1).entries(1_000, 0, 0);

        // then entries run from one sentence to four
        final int shortest = entries.stream().mapToInt(e -> e.getText().split("[.!?] ").length).min().orElseThrow();
        final int longest = entries.stream().mapToInt(e -> e.getText().split("[.!?] ").length).max().orElseThrow();
        assertEquals(1, shortest);
        assertTrue(longest >= 4, "longest entry has " + longest + " sentences");
    }
}
