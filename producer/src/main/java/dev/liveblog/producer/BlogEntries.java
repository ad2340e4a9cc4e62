package dev.liveblog.producer;

import dev.liveblog.common.text.EntryIds;
import dev.liveblog.producer.source.SourceFormat;
import dev.liveblog.producer.source.Update;
import dev.liveblog.schema.BlogEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Turns the updates of a source into {@link BlogEntry} events with deterministic ids. */
public final class BlogEntries {

    private final BlogContext context;
    private final Clock clock;

    public BlogEntries(final BlogContext context, final Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /** The id of one poll of a source: its updates, places and ids included, as read. */
    public String pollId(final String sourceName, final List<Update> updates) {
        return EntryIds.pollId(context.blogId(), sourceName, updates.stream().map(BlogEntries::asRead).toList());
    }

    /**
     * The entry of an update. An update its source names keeps its entry id across edits; one without an id is
     * known by its text. A headline is the first paragraph of the text, so that what it names is read too.
     */
    public BlogEntry toEntry(final String sourceName, final String pollId, final Update update) {
        return toEntry(sourceName, pollId, update, SourceFormat.TEXT);
    }

    /** The entry of an update read from a source of {@code format}, which the entry names. */
    public BlogEntry toEntry(final String sourceName, final String pollId, final Update update,
                             final SourceFormat format) {
        final String blogId = context.blogId();
        final String text = text(update);
        return BlogEntry.newBuilder()
                .setBlogId(blogId)
                .setEntryId(update.updateId() == null ? EntryIds.entryId(blogId, text)
                        : EntryIds.updateEntryId(blogId, update.updateId()))
                .setSource(sourceName)
                .setPosition(update.position())
                .setHeadline(update.headline())
                .setText(text)
                .setPublishedAt(millis(update.publishedAt()))
                .setIngestedAt(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS))
                .setBlogDate(context.date())
                .setBlogZone(context.zone().getId())
                .setAbovePosition(update.above())
                .setPollId(pollId)
                .setUpdateId(update.updateId())
                .setUrl(update.url())
                .setModifiedAt(millis(update.modifiedAt()))
                .setSourceFormat(format.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .build();
    }

    /** A line of a plain-text source as an update without an id. */
    public static Update fromLine(final SourceLine line) {
        return new Update(null, null, null, line.text(), null, null, line.line(),
                line.above() > 0 ? line.above() : null);
    }

    /** The text of an update's entry: its headline, when it has one, as the first paragraph. */
    public static String text(final Update update) {
        final String headline = update.headline() == null ? "" : update.headline().strip();
        if (headline.isEmpty() || update.text().startsWith(headline)) {
            return update.text();
        }
        return headline + "\n\n" + update.text();
    }

    private static String asRead(final Update update) {
        final String read = update.position() + " " + (update.above() == null ? 0 : update.above()) + " "
                + text(update);
        return update.updateId() == null ? read : read + " " + update.updateId();
    }

    private static Instant millis(final Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
