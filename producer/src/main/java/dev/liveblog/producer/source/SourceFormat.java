package dev.liveblog.producer.source;

/** The formats a live-blog source can come in. */
public enum SourceFormat {
    /** An HTML page carrying schema.org {@code LiveBlogPosting} JSON-LD. */
    JSON_LD,
    /** An RSS 2.0 or Atom feed. */
    FEED,
    /** An HTML page without JSON-LD, entries chosen by a CSS selector. */
    HTML,
    /** Plain text, one entry per line. */
    TEXT
}
