package dev.liveblog.producer.poll;

import dev.liveblog.producer.source.SourceOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One blog the polling producer reads: a URL fetched every interval, or a directory whose new files are its polls.
 *
 * @param blogId    the key of its entries
 * @param url       the page or feed; null for a directory
 * @param directory the watched directory; null for a URL
 * @param options   how its content is read (format, entry selector)
 * @param zone      its zone when the user gave one, else null (the source's own offset, else UTC)
 * @param date      its date when the user gave one, else null (the source's own date, else today)
 */
public record PolledBlog(String blogId, URI url, Path directory, SourceOptions options, ZoneId zone,
                         LocalDate date) {

    public PolledBlog {
        if ((url == null) == (directory == null)) {
            throw new IllegalArgumentException("a polled blog is a URL or a directory: " + blogId);
        }
    }

    /** Where it is read, for messages. */
    public String where() {
        return url != null ? url.toString() : directory.toString();
    }

    /** The host its requests count against for the per-host limit; a directory has none. */
    public String host() {
        return url == null ? null : url.getHost();
    }
}
