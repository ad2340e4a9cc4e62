package dev.liveblog.producer.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: each item or entry, in feed order, becomes an update. The
 * full content ({@code content:encoded}, Atom {@code content}) is preferred to the summary. A feed says nothing of
 * the zone its blog lives in beyond the offset its times are written in ({@link FeedOffsets}), so the snapshot has
 * that offset (none when the times are in GMT) and its earliest item's date there. Document types are refused,
 * so that a feed cannot make the parser read files or URLs (XXE).
 */
final class FeedSource {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSource.class);

    private FeedSource() {
    }

    static Snapshot read(final String source, final String contentType, final byte[] body) {
        final SyndFeed feed = parse(source, contentType, body);
        final List<Update> updates = new ArrayList<>();
        int index = 0;
        for (final SyndEntry entry : feed.getEntries()) {
            index++;
            final Update update = update(source, entry, index, updates.size() + 1);
            if (update != null) {
                updates.add(update);
            }
        }
        final Instant earliest = updates.stream().map(u -> u.publishedAt() != null ? u.publishedAt() : u.modifiedAt())
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        final ZoneOffset offset = FeedOffsets.of(body);
        return new Snapshot(source, SourceFormat.FEED, updates, earliest == null ? null
                : earliest.atOffset(offset == null ? ZoneOffset.UTC : offset).toLocalDate(), offset);
    }

    private static SyndFeed parse(final String source, final String contentType, final byte[] body) {
        final String root = FormatSniffer.rootElement(body);
        if (root != null && !FormatSniffer.isFeedRoot(root)) {
            throw new SourceException(source, "not an RSS or Atom feed (root element <" + root + ">)");
        }
        final SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (Reader reader = reader(source, contentType, body)) {
            return input.build(reader);
        } catch (final IllegalArgumentException e) {
            // Rome's word for well-formed XML of no feed type it knows
            throw new SourceException(source, "not an RSS or Atom feed (" + e.getMessage() + ")", e);
        } catch (final FeedException | IOException e) {
            throw new SourceException(source, "not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
    }

    /** A charset in the content type wins; else Rome reads the BOM and XML declaration, defaulting to UTF-8. */
    private static Reader reader(final String source, final String contentType, final byte[] body)
            throws IOException {
        final Charset charset = ContentTypes.charset(source, contentType);
        if (charset == null) {
            return new XmlReader(new ByteArrayInputStream(body), true);
        }
        final String xml = new String(body, charset);
        return new StringReader(xml.startsWith("\uFEFF") ? xml.substring(1) : xml);
    }

    private static Update update(final String source, final SyndEntry entry, final int index, final int position) {
        final String link = blankToNull(entry.getLink());
        final String id = blankToNull(entry.getUri()) != null ? entry.getUri().strip() : link;
        final Instant updated = instant(entry.getUpdatedDate());
        final Instant published = entry.getPublishedDate() != null ? instant(entry.getPublishedDate()) : updated;
        final Update update = Update.of(id, link, HtmlText.inline(entry.getTitle()), HtmlText.fromHtml(content(entry)),
                published, updated, position);
        if (update == null) {
            LOG.warn("{}: skipping feed item {} ({}): neither content nor title", source, index,
                    id == null ? "no id" : id);
        }
        return update;
    }

    private static String content(final SyndEntry entry) {
        for (final SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private static String blankToNull(final String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(final Date date) {
        return date == null ? null : date.toInstant();
    }
}
