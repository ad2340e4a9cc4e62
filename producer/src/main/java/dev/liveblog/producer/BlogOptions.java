package dev.liveblog.producer;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that say what a live blog's text does not: which blog it is, its date and its zone. Mixed into
 * every command that reads a source.
 */
public final class BlogOptions {

    @Option(names = "--blog-id", description = "Blog id (default: from NAME.properties beside the first input, else "
            + "the input's file name without extension).")
    private String blogId;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The blog's date (default: from NAME.properties beside the input, else today in its zone).")
    private String date;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The blog's IANA time zone (default: from NAME.properties beside the input, else UTC).")
    private String zone;

    /** The given options as settings; options not given are null, so they override nothing. */
    public Map<String, String> asSettings() {
        final Map<String, String> settings = new HashMap<>();
        settings.put(LiveBlogProducerConfig.BLOG_ID, blogId);
        settings.put(LiveBlogProducerConfig.BLOG_DATE, date);
        settings.put(LiveBlogProducerConfig.BLOG_ZONE, zone);
        return settings;
    }
}
