package dev.liveblog.producer;

import dev.liveblog.common.config.Settings;
import dev.liveblog.producer.poll.BlogSources;
import dev.liveblog.producer.poll.PolledBlog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that say which blogs to poll and how to read them, mixed into {@code produce} and {@code run}. Each
 * polled blog has its own id, so the shared {@code liveblog.blog.id} is only a default to check (see
 * {@link #DEFAULTS}) unless the user gave one for a single blog.
 */
public final class PollOptions {

    /** The settings layer under a poller's: the blog id is made per blog, the shared one only checked. */
    public static final Map<String, String> DEFAULTS = Map.of(LiveBlogProducerConfig.BLOG_ID, "polled");

    @Option(names = "--url", paramLabel = "URL",
            description = "Poll this live-blog page or feed (JSON-LD, RSS/Atom, HTML with --entry-selector, text); "
                    + "repeat for more blogs.")
    private List<String> urls = new ArrayList<>();

    @Option(names = "--blogs", paramLabel = "FILE",
            description = "Poll the blogs of this file: one per line, URL [BLOG-ID] [selector=CSS] [format=F] "
                    + "[zone=Z] [date=YYYY-MM-DD].")
    private Path blogsFile;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Time between two polls of a blog, e.g. 30s (the default), 2m.")
    private String interval;

    @Option(names = "--format", paramLabel = "auto|json-ld|feed|html|text",
            description = "Read sources as this format (default: auto, told from the content).")
    private String format;

    @Option(names = "--entry-selector", paramLabel = "CSS",
            description = "CSS selector of the entries of an HTML page without JSON-LD, e.g. 'article.post'.")
    private String entrySelector;

    /** Whether a URL or a blogs file was given. */
    public boolean given() {
        return !urls.isEmpty() || blogsFile != null;
    }

    /** The given options as settings; options not given are null, so they override nothing. */
    public Map<String, String> asSettings() {
        final Map<String, String> settings = new HashMap<>();
        settings.put(LiveBlogProducerConfig.POLL_INTERVAL, interval);
        settings.put(LiveBlogProducerConfig.FORMAT, format);
        settings.put(LiveBlogProducerConfig.ENTRY_SELECTOR, entrySelector);
        return settings;
    }

    /**
     * The blogs to poll, those of {@code watched} too when it is given; {@code settings} were made over
     * {@link #DEFAULTS}, so a blog id they hold from anywhere else names the one blog.
     */
    public List<PolledBlog> blogs(final Settings settings, final LiveBlogProducerConfig config, final Path watched) {
        final String blogId = settings.origin(LiveBlogProducerConfig.BLOG_ID).isPresent()
                ? settings.get(LiveBlogProducerConfig.BLOG_ID).orElse(null) : null;
        return BlogSources.of(urls, blogsFile, watched, blogId, config);
    }
}
