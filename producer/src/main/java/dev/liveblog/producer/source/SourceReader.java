package dev.liveblog.producer.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.producer.InvalidLinePolicy;
import dev.liveblog.producer.PlainTextSource;
import dev.liveblog.producer.SourceLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a fetched live-blog source into a {@link Snapshot}, detecting its format unless told: a feed by its root
 * element (or a feed content type); HTML with a schema.org {@code LiveBlogPosting} in JSON-LD; HTML read by an
 * entry selector when one is given; else plain text, a line an update. Only what the source's format marks as
 * updates is read, never the page around them. Every problem is a {@link SourceException}.
 */
public final class SourceReader {

    private static final Logger LOG = LoggerFactory.getLogger(SourceReader.class);

    /**
     * Reads one source.
     *
     * @param source      where it came from (URL or file name), for messages and the snapshot
     * @param contentType the HTTP content type if known, else null; its charset wins over the content's
     * @param body        the bytes as fetched
     * @param options     the format (null to detect), entry selector and plain-text policy
     * @throws SourceException when the source is not readable as a live blog in the format given or detected
     */
    public Snapshot read(final String source, final String contentType, final byte[] body,
                         final SourceOptions options) {
        final Snapshot snapshot = absoluteUrls(readAny(source, contentType, body, options));
        final Snapshot unique = snapshot.withUniqueIds();
        if (unique != snapshot) {
            LOG.warn("{}: several updates share an id (a page giving every update its own address?); those are "
                    + "known by their text instead", source);
        }
        return unique;
    }

    /** Update addresses relative to the page ({@code /live#p7}) made absolute, so they work as links elsewhere. */
    private static Snapshot absoluteUrls(final Snapshot snapshot) {
        final URI page;
        try {
            page = new URI(snapshot.source());
        } catch (final URISyntaxException e) {
            return snapshot;
        }
        if (!page.isAbsolute() || snapshot.updates().stream().allMatch(u -> u.url() == null)) {
            return snapshot;
        }
        final List<Update> updates = new ArrayList<>(snapshot.updates().size());
        for (final Update u : snapshot.updates()) {
            updates.add(u.url() == null ? u : new Update(u.updateId(), resolve(page, u.url()), u.headline(), u.text(),
                    u.publishedAt(), u.modifiedAt(), u.position(), u.above()));
        }
        return new Snapshot(snapshot.source(), snapshot.format(), updates, snapshot.date(), snapshot.zone());
    }

    private static String resolve(final URI page, final String url) {
        try {
            return page.resolve(new URI(url)).toString();
        } catch (final URISyntaxException | IllegalArgumentException e) {
            return url;
        }
    }

    private Snapshot readAny(final String source, final String contentType, final byte[] body,
                             final SourceOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(options, "options");
        final SourceFormat format = options.format();
        final FormatSniffer.Kind kind = format == null ? FormatSniffer.sniff(source, contentType, body) : null;
        if (format == SourceFormat.FEED || kind == FormatSniffer.Kind.FEED) {
            return FeedSource.read(source, contentType, body);
        }
        if (format == SourceFormat.TEXT || kind == FormatSniffer.Kind.TEXT) {
            return text(source, contentType, body, options.invalidLines());
        }
        final Document page = page(source, contentType, body);
        final String selector = options.entrySelector();
        if (format == SourceFormat.HTML || format == null && selector != null) {
            if (selector == null) {
                throw new SourceException(source, "reading a page as HTML needs an entry selector (--entry-selector)");
            }
            return HtmlEntries.read(source, page, selector);
        }
        final Optional<JsonNode> blog = JsonLdScripts.liveBlog(source, page);
        if (blog.isEmpty()) {
            throw new SourceException(source, "no live-blog updates found (no LiveBlogPosting JSON-LD; "
                    + "use --entry-selector for pages without it)");
        }
        return JsonLdBlog.read(source, blog.get());
    }

    /** Honours the content type's charset, else jsoup reads a BOM or meta charset, else UTF-8. */
    private static Document page(final String source, final String contentType, final byte[] body) {
        final Charset charset = ContentTypes.charset(source, contentType);
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset == null ? null : charset.name(), source);
        } catch (final IOException e) {
            throw new SourceException(source, "cannot read the page: " + e.getMessage(), e);
        }
    }

    /**
     * Plain text, a non-blank line an update placed at its line number. Text is UTF-8 (read strictly); a
     * different charset in the content type is decoded first.
     */
    private static Snapshot text(final String source, final String contentType, final byte[] body,
                                 final InvalidLinePolicy policy) {
        final Charset charset = ContentTypes.charset(source, contentType);
        final byte[] utf8 = charset == null || charset.equals(StandardCharsets.UTF_8) ? body
                : new String(body, charset).getBytes(StandardCharsets.UTF_8);
        final List<SourceLine> lines;
        try {
            lines = new PlainTextSource(policy).parse(source, utf8);
        } catch (final UserException e) {
            throw SourceException.wrapping(e);
        }
        final List<Update> updates = new ArrayList<>(lines.size());
        for (final SourceLine line : lines) {
            updates.add(new Update(null, null, null, line.text(), null, null, line.line(),
                    line.above() == 0 ? null : line.above()));
        }
        return new Snapshot(source, SourceFormat.TEXT, updates, null, null);
    }
}
