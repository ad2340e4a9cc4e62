package dev.liveblog.producer.poll;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One poll of one blog: fetch (conditionally) or take the directory's new files, read the updates, send those that
 * are new or edited, remember them. Kafka-free: entries go to a {@link Sender}, which returns once the broker has
 * them, and only then is the poll remembered.
 */
public final class BlogPoller {

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
     * Polls a URL. A {@link FetchException} (the caller backs off when it is retryable) or a
     * {@link SourceException} (the page is not a live blog it can read) is thrown as is, naming the URL.
     */
    public PollResult poll(final PolledBlog blog) throws FetchException, InterruptedException {
        if (blog.directory() != null) {
            return pollDirectory(blog);
        }
        final Fetch fetch = fetcher.fetch(blog.url(),
                new Validators(memory.etag(blog.blogId()), memory.lastModified(blog.blogId())));
        if (!fetch.modified()) {
            return new PollResult(PollResult.Outcome.NOT_MODIFIED, 0, 0, null);
        }
        final Snapshot snapshot = reader.read(blog.url().toString(), fetch.contentType(), fetch.body(),
                blog.options());
        return take(blog, snapshot, fetch.validators());
    }

    /** Each file not taken before is one poll, oldest first (by modification time, then name). */
    private PollResult pollDirectory(final PolledBlog blog) {
        final List<Path> files = newFiles(blog);
        int added = 0;
        int edited = 0;
        for (final Path file : files) {
            final byte[] body;
            try {
                body = Files.readAllBytes(file);
            } catch (final IOException e) {
                throw new SourceException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
            }
            final PollResult result = take(blog, reader.read(file.toString(), contentType(file), body,
                    blog.options()), Validators.NONE);
            memory.take(blog.blogId(), file.getFileName().toString());
            memory.save();
            added += result.added();
            edited += result.edited();
        }
        if (files.isEmpty()) {
            return new PollResult(PollResult.Outcome.NOT_MODIFIED, 0, 0, null);
        }
        return new PollResult(added + edited > 0 ? PollResult.Outcome.SENT : PollResult.Outcome.UNCHANGED, added,
                edited, null);
    }

    private List<Path> newFiles(final PolledBlog blog) {
        try (Stream<Path> listing = Files.list(blog.directory())) {
            final List<Path> all = listing.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList();
            memory.keepFiles(blog.blogId(), all.stream().map(f -> f.getFileName().toString())
                    .collect(Collectors.toSet()));
            final List<Path> fresh = new ArrayList<>(all.stream()
                    .filter(f -> !memory.taken(blog.blogId(), f.getFileName().toString())).toList());
            fresh.sort(Comparator.comparing(BlogPoller::modified).thenComparing(Path::getFileName));
            return fresh;
        } catch (final IOException e) {
            throw new SourceException(blog.directory().toString(), "cannot list the directory (" + e.getMessage()
                    + ")", e);
        }
    }

    /**
     * Sends what changed in a snapshot and remembers it. A plain-text page is sent whole when anything in it
     * changed, since its lines are read with the lines above them in the same poll; other sources send only their
     * new and edited updates.
     */
    private PollResult take(final PolledBlog blog, final Snapshot snapshot, final Validators validators) {
        final String blogId = blog.blogId();
        final List<Update> changed = memory.changed(blogId, snapshot.updates());
        final List<Update> send = snapshot.format() == SourceFormat.TEXT && !changed.isEmpty()
                ? snapshot.updates() : changed;
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
        memory.save();
        return new PollResult(changed.isEmpty() ? PollResult.Outcome.UNCHANGED : PollResult.Outcome.SENT, added,
                changed.size() - added, null);
    }

    /** The user's zone and date first, then what the source says, then UTC and today. */
    private BlogContext context(final PolledBlog blog, final Snapshot snapshot) {
        final ZoneId zone = blog.zone() != null ? blog.zone()
                : snapshot.zone() != null ? snapshot.zone() : ZoneId.of("UTC");
        final LocalDate date = blog.date() != null ? blog.date()
                : snapshot.date() != null ? snapshot.date() : LocalDate.now(clock.withZone(zone));
        return new BlogContext(blog.blogId(), date, zone);
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
