package dev.liveblog.producer.poll;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Validators;
import dev.liveblog.producer.LiveBlogProducerConfig;
import dev.liveblog.producer.source.SourceFormat;
import dev.liveblog.producer.source.SourceOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The blogs a polling producer reads, from its options: {@code --url} (each its own blog), {@code --blogs FILE}
 * and {@code --watch DIR}. A blog's id is the one given, else made from its URL (host and path) or directory name;
 * its format, selector, zone and date are the settings', unless its line in the blogs file says otherwise.
 */
public final class BlogSources {

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._:-]+");
    private static final Pattern BLOG_ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    private BlogSources() {
    }

    /**
     * @param blogId the {@code --blog-id} given, or null; it names the blog of a single URL or directory
     */
    public static List<PolledBlog> of(final List<String> urls, final Path blogsFile, final Path watched,
                                      final String blogId, final LiveBlogProducerConfig config) {
        final SourceOptions options = new SourceOptions(config.format(), config.entrySelector(), config.invalidLines());
        final ZoneId zone = config.zoneGiven() ? config.blogContext().zone() : null;
        final LocalDate date = config.dateGiven() ? config.blogContext().date() : null;
        final int single = urls.size() + (watched == null ? 0 : 1);
        if (blogId != null && (single != 1 || blogsFile != null)) {
            throw new UserException(ExitCodes.USAGE, "--blog-id names the blog of one --url or --watch; in a blogs "
                    + "file give each blog's id after its URL");
        }
        final List<PolledBlog> blogs = new ArrayList<>();
        for (final String url : urls) {
            final URI uri = url(url, "--url " + url);
            blogs.add(new PolledBlog(blogId != null ? blogId : idOf(uri), uri, null, options, zone, date));
        }
        if (watched != null) {
            if (!Files.isDirectory(watched)) {
                throw new UserException(ExitCodes.BAD_INPUT, "--watch " + watched + ": no such directory");
            }
            blogs.add(new PolledBlog(blogId != null ? blogId : clean(watched.toAbsolutePath().getFileName()
                    .toString()), null, watched, options, zone, date));
        }
        if (blogsFile != null) {
            for (final BlogsFile.Line line : BlogsFile.read(blogsFile)) {
                blogs.add(fromLine(line, options, zone, date));
            }
        }
        final Set<String> ids = new HashSet<>();
        for (final PolledBlog blog : blogs) {
            if (!ids.add(blog.blogId())) {
                throw new UserException(ExitCodes.BAD_CONFIG, "two blogs have the id " + blog.blogId()
                        + "; give each its own (after its URL in the blogs file, or --blog-id)");
            }
        }
        return blogs;
    }

    /**
     * A blog id made from a URL: host without {@code www.}, then the path's words, e.g.
     * {@code news.example-live-storm}.
     */
    public static String idOf(final URI url) {
        final String host = url.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        final String path = url.getPath() == null ? "" : url.getPath().replaceAll("\\.[a-z0-9]{1,5}$", "");
        return clean(host + "-" + path);
    }

    private static PolledBlog fromLine(final BlogsFile.Line line, final SourceOptions defaults, final ZoneId zone,
                                       final LocalDate date) {
        final Map<String, String> given = line.options();
        SourceOptions options = defaults;
        if (given.containsKey("selector")) {
            options = options.withEntrySelector(given.get("selector"));
        }
        if (given.containsKey("format")) {
            options = options.withFormat(format(line, given.get("format")));
        }
        final String blogId = line.blogId();
        if (blogId != null && !BLOG_ID.matcher(blogId).matches()) {
            throw new UserException(ExitCodes.BAD_CONFIG, line.where() + ": blog id '" + blogId + "' must be "
                    + "letters, digits and . _ : -, at most 200");
        }
        final Path directory = line.source().contains("://") ? null : line.file().resolveSibling(line.source());
        final URI url = directory == null ? url(line.source(), line.where()) : null;
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UserException(ExitCodes.BAD_CONFIG, line.where() + ": '" + line.source() + "' is neither an "
                    + "http(s) URL nor a directory");
        }
        return new PolledBlog(blogId != null ? blogId : url != null ? idOf(url)
                : clean(directory.getFileName().toString()), url, directory, options,
                given.containsKey("zone") ? zone(line, given.get("zone")) : zone,
                given.containsKey("date") ? date(line, given.get("date")) : date);
    }

    private static URI url(final String text, final String where) {
        try {
            final URI uri = new URI(text.trim());
            final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new UserException(ExitCodes.BAD_CONFIG, where + ": not an http(s) URL with a host");
            }
            return uri;
        } catch (final URISyntaxException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, where + ": not a URL (" + e.getReason() + ")", e);
        }
    }

    private static SourceFormat format(final BlogsFile.Line line, final String value) {
        try {
            return "auto".equalsIgnoreCase(value) ? null : SourceFormat.valueOf(Validators.normalWord(value));
        } catch (final IllegalArgumentException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, line.where() + ": format '" + value + "' is not one of "
                    + "auto, json-ld, feed, html, text", e);
        }
    }

    private static ZoneId zone(final BlogsFile.Line line, final String value) {
        try {
            return ZoneId.of(value);
        } catch (final DateTimeException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, line.where() + ": zone '" + value + "' is not an IANA "
                    + "time zone id such as Europe/London", e);
        }
    }

    private static LocalDate date(final BlogsFile.Line line, final String value) {
        try {
            return LocalDate.parse(value);
        } catch (final DateTimeException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, line.where() + ": date '" + value + "' is not YYYY-MM-DD",
                    e);
        }
    }

    private static String clean(final String text) {
        final String id = NOT_ID.matcher(text).replaceAll("-").replaceAll("^-+|-+$", "").replaceAll("-{2,}", "-");
        return id.isEmpty() ? "blog" : id.length() > 200 ? id.substring(0, 200) : id;
    }
}
