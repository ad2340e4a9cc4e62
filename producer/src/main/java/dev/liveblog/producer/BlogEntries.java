package dev.liveblog.producer;

import dev.liveblog.common.text.EntryIds;
import dev.liveblog.schema.BlogEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Turns lines of a source into {@link BlogEntry} events with deterministic ids. */
public final class BlogEntries {

    private final BlogContext context;
    private final Clock clock;

    public BlogEntries(final BlogContext context, final Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /** The id of one poll of a source: its lines, numbers included, as read. */
    public String pollId(final String sourceName, final java.util.List<SourceLine> lines) {
        return EntryIds.pollId(context.blogId(), sourceName,
                lines.stream().map(line -> line.line() + " " + line.above() + " " + line.text()).toList());
    }

    public BlogEntry toEntry(final String sourceName, final String pollId, final SourceLine line) {
        return BlogEntry.newBuilder()
                .setBlogId(context.blogId())
                .setEntryId(EntryIds.entryId(context.blogId(), line.text()))
                .setSource(sourceName)
                .setPosition(line.line())
                .setHeadline(null)
                .setText(line.text())
                .setPublishedAt(null)
                .setIngestedAt(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS))
                .setBlogDate(context.date())
                .setBlogZone(context.zone().getId())
                .setAbovePosition(line.above() > 0 ? line.above() : null)
                .setPollId(pollId)
                .build();
    }
}
