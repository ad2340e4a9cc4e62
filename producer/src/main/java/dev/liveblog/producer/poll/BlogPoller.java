package dev.liveblog.producer.poll;

import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.text.EntryLimits;
import dev.liveblog.producer.BlogContext;
import dev.liveblog.producer.BlogEntries;
import dev.liveblog.producer.EntryOrder;
import dev.liveblog.producer.source.Snapshot;
import dev.liveblog.producer.source.SourceException;
import dev.liveblog.producer.source.SourceFormat;
import dev.liveblog.producer.source.SourceReader;
import dev.liveblog.producer.source.Update;
import dev.liveblog.schema.BlogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one blog: fetch (conditionally) or take the directory's new files, read the updates, send those that
 * are new or edited, remember them. Kafka-free: entries go to a {@link Sender}, which returns once the broker has
 * them, and only then is the poll remembered.
 */
public final class BlogPoller {

    /** How long a watched directory's file must be left unchanged before it is taken. */
    static final Duration SETTLED = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(BlogPoller.class);

    /** Sends a poll's entries and returns when they are acknowledged. */
    @FunctionalInterface
    public interface Sender {
        void send(List<BlogEntry> entries);
    }

    private final SourceReader reader = new SourceReader();
    private final HttpFetcher fetcher;
    private final PollMemory memory;
    private final Sender sender;
    private final EntryOrder order;
    private final Clock clock;

    public BlogPoller(final HttpFetcher fetcher, final PollMemory memory, final Sender sender, final EntryOrder order,
                      final Clock clock) {
        this.fetcher = fetcher;
        this.memory = memory;
        this.sender = sender;
        this.order = order;
        this.clock = clock;
    }

    /**
     * Polls a URL, or a watched directory's new files. A {@link FetchException} (the server did not answer with
     * the page) or a {@link SourceException} (the page is not a live blog it can read) is thrown as is, naming the
     * URL; nothing is sent or remembered then.
     */
    public PollResult poll(final PolledBlog blog) throws FetchException, InterruptedException {
        if (blog.directory() != null) {
            return pollDirectory(blog);
        }
        final Fetch fetch = fetcher.fetch(blog.url(),
                new Validators(memory.etag(blog.blogId()), memory.lastModified(blog.blogId())));
        if (!fetch.modified()) {
            memory.validators(blog.blogId(), fetch.validators().etag(), fetch.validators().lastModified());
            memory.save();
            return new PollResult(PollResult.Outcome.NOT_MODIFIED, 0, 0, null);
        }
        final Snapshot snapshot = reader.read(blog.url().toString(), fetch.contentType(), fetch.body(),
                blog.options());
        final PollResult result = take(blog, snapshot, fetch.validators());
        memory.save();
        return result;
    }

    /**
     * Each file not taken before is one poll, oldest first (by modification time, then name). A file is taken once
     * it has not changed for {@link #SETTLED}, so one a scraper is still writing waits; a file that cannot be read
     * as a live blog is reported and taken, so it does not hold back the files after it.
     */
    private PollResult pollDirectory(final PolledBlog blog) {
        final List<Path> files = newFiles(blog);
        int added = 0;
        int edited = 0;
        for (final Path file : files) {
            try {
                final PollResult result = take(blog, reader.read(file.toString(), contentType(file), read(file),
                        blog.options()), Validators.NONE);
                added += result.added();
                edited += result.edited();
            } catch (final SourceException e) {
                LOG.warn("{}; the file is skipped", e.getMessage());
            } catch (final UserException e) {
                throw e;
            } catch (final RuntimeException e) {
                // a parser's surprise must not hold back the files after this one
                LOG.warn("{}: cannot be read as a live blog ({}); the file is skipped", file, e.toString());
            }
            memory.take(blog.blogId(), file.getFileName().toString());
            memory.save();
        }
        if (files.isEmpty()) {
            return new PollResult(PollResult.Outcome.NOT_MODIFIED, 0, 0, null);
        }
        return new PollResult(added + edited > 0 ? PollResult.Outcome.SENT : PollResult.Outcome.UNCHANGED, added,
                edited, null);
    }

    private static byte[] read(final Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (final IOException e) {
            throw new SourceException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
        }
    }

    private List<Path> newFiles(final PolledBlog blog) {
        try (Stream<Path> listing = Files.list(blog.directory())) {
            final List<Path> all = listing.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList();
            memory.keepFiles(blog.blogId(), all.stream().map(f -> f.getFileName().toString())
                    .collect(Collectors.toSet()));
            final long settled = clock.millis() - SETTLED.toMillis();
            final List<Path> fresh = new ArrayList<>(all.stream()
                    .filter(f -> !memory.taken(blog.blogId(), f.getFileName().toString()))
                    .filter(f -> modified(f) <= settled).toList());
            fresh.sort(Comparator.comparing(BlogPoller::modified).thenComparing(Path::getFileName));
            return fresh;
        } catch (final IOException e) {
            throw new SourceException(blog.directory().toString(), "cannot list the directory (" + e.getMessage()
                    + ")", e);
        }
    }

    /**
     * Sends what changed in a snapshot and remembers it, for the caller to save. A plain-text page is sent whole when anything in it
     * changed, since its lines are read with the lines above them in the same poll; other sources send only their
     * new and edited updates.
     */
    private PollResult take(final PolledBlog blog, final Snapshot snapshot, final Validators validators) {
        final String blogId = blog.blogId();
        if (snapshot.updates().isEmpty()) {
            if (memory.sentAny(blogId)) {
                // an empty answer is no reason to forget the page: its updates would all be sent again after it
                throw new SourceException(snapshot.source(), "no updates found (the page had some before)");
            }
            // a blog that has not begun yet
            return new PollResult(PollResult.Outcome.UNCHANGED, 0, 0, null);
        }
        final List<Update> changed = memory.changed(blogId, snapshot.updates()).stream()
                .filter(update -> fits(snapshot, update)).toList();
        final List<Update> send = snapshot.format() == SourceFormat.TEXT && !changed.isEmpty()
                ? snapshot.updates().stream().filter(update -> fits(snapshot, update)).toList() : changed;
        int added = 0;
        for (final Update update : changed) {
            added += memory.known(blogId, update) ? 0 : 1;
        }
        if (!send.isEmpty()) {
            final BlogEntries entries = new BlogEntries(context(blog, snapshot), clock);
            final String pollId = entries.pollId(snapshot.source(), snapshot.updates());
            sender.send(order.arrangeUpdates(send).stream()
                    .map(update -> entries.toEntry(snapshot.source(), pollId, update, snapshot.format())).toList());
        }
        memory.sent(blogId, snapshot.updates(), validators.etag(), validators.lastModified());
        return new PollResult(changed.isEmpty() ? PollResult.Outcome.UNCHANGED : PollResult.Outcome.SENT, added,
                changed.size() - added, null);
    }

    /**
     * An update longer than any entry may be is reported and left out, and remembered with its page so it is not
     * reported again; the rest of its poll goes on.
     */
    private static boolean fits(final Snapshot snapshot, final Update update) {
        if (BlogEntries.text(update).length() <= EntryLimits.MAX_TEXT_CHARS) {
            return true;
        }
        LOG.warn("{}: update {} at position {} has {} characters, more than the {} an entry may have; left out",
                snapshot.source(), update.updateId(), update.position(), BlogEntries.text(update).length(),
                EntryLimits.MAX_TEXT_CHARS);
        return false;
    }

    /**
     * The user's zone and date first, then those the blog was first read with: on its first poll, the user's, else
     * what the source says, else UTC and today in the blog's zone. Kept from then on, so one blog's entries are all
     * read on one date and zone, though the earliest update on the page, or the day, changes.
     */
    private BlogContext context(final PolledBlog blog, final Snapshot snapshot) {
        final String blogId = blog.blogId();
        if (memory.zone(blogId) == null || memory.date(blogId) == null) {
            final ZoneId zone = blog.zone() != null ? blog.zone()
                    : snapshot.zone() != null ? snapshot.zone() : ZoneId.of("UTC");
            final LocalDate date = blog.date() != null ? blog.date()
                    : snapshot.date() != null ? snapshot.date() : LocalDate.now(clock.withZone(zone));
            memory.dateAndZone(blogId, date.toString(), zone.getId());
        }
        final ZoneId zone = blog.zone() != null ? blog.zone() : ZoneId.of(memory.zone(blogId));
        final LocalDate date = blog.date() != null ? blog.date() : LocalDate.parse(memory.date(blogId));
        return new BlogContext(blogId, date, zone);
    }

    /** A file's type by its extension, as a hint: the content decides where it is clear. */
    private static String contentType(final Path file) {
        final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return "application/xml";
        }
        return name.endsWith(".txt") ? "text/plain" : null;
    }

    private static long modified(final Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (final IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
