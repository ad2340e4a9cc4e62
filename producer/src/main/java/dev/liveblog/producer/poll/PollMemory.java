package dev.liveblog.producer.poll;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.text.TextNormalizer;
import dev.liveblog.producer.source.Update;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the polling producer has sent, remembered across restarts in a small JSON file: per blog, each update of the
 * page last read (its id, or its text when it has none) with a hash of the text sent, the URL's validators for a
 * conditional GET, and the files taken from a watched directory. Bounded by the page: an update that left the page
 * is forgotten with it (if it comes back it is sent again, and the processor knows it).
 *
 * <p>Saved after the broker acknowledged a poll's entries: a crash between the two sends that poll again, which
 * the processor recognises as exact repeats. The file is replaced atomically, so it is never half written.
 */
public final class PollMemory {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int VERSION = 1;

    /** One blog's memory; public fields for Jackson, owned by this class only. */
    static final class BlogMemory {
        public String etag;
        public String lastModified;
        /** The date and zone the blog was first read with, kept so one blog's entries never change them. */
        public String date;
        public String zone;
        public Map<String, String> sent = new LinkedHashMap<>();
        public Set<String> files = new LinkedHashSet<>();
    }

    /** The file's layout. */
    static final class Layout {
        public int version = VERSION;
        public Map<String, BlogMemory> blogs = new LinkedHashMap<>();
    }

    private final Path file;
    private final Layout layout;

    private PollMemory(final Path file, final Layout layout) {
        this.file = file;
        this.layout = layout;
    }

    /** The memory in {@code file}; empty when there is none yet. A file that is not ours is a user error naming it. */
    public static PollMemory load(final Path file) {
        if (!Files.exists(file)) {
            return new PollMemory(file, new Layout());
        }
        try {
            final Layout layout = JSON.readValue(file.toFile(), Layout.class);
            if (layout == null || layout.version != VERSION || layout.blogs == null
                    || layout.blogs.values().stream().anyMatch(b -> b == null || b.sent == null || b.files == null)) {
                throw new UserException(ExitCodes.BAD_INPUT, file + ": not a poll state file of this version ("
                        + "version " + (layout == null ? "none" : layout.version) + "); move it away to start afresh");
            }
            return new PollMemory(file, layout);
        } catch (final JsonProcessingException e) {
            throw new UserException(ExitCodes.BAD_INPUT, file + ": not a poll state file ("
                    + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr())
                    + "); move it away to start afresh", e);
        } catch (final IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The updates of a page that were not sent, or were sent with another text. */
    public List<Update> changed(final String blogId, final Collection<Update> page) {
        final Map<String, String> sent = blog(blogId).sent;
        final List<Update> changed = new ArrayList<>();
        for (final Update update : page) {
            if (!hash(blogId, update).equals(sent.get(key(blogId, update)))) {
                changed.add(update);
            }
        }
        return changed;
    }

    /** Whether any update of the blog was sent and is still on its page. */
    public boolean sentAny(final String blogId) {
        return !blog(blogId).sent.isEmpty();
    }

    /** Whether an update was sent before, under its id (an edit) rather than never (a new update). */
    public boolean known(final String blogId, final Update update) {
        return blog(blogId).sent.containsKey(key(blogId, update));
    }

    /** Remembers a page as sent: exactly its updates, and the validators its URL answered with. */
    public void sent(final String blogId, final Collection<Update> page, final String etag,
                     final String lastModified) {
        final BlogMemory blog = blog(blogId);
        blog.sent = new LinkedHashMap<>();
        for (final Update update : page) {
            blog.sent.put(key(blogId, update), hash(blogId, update));
        }
        blog.etag = etag;
        blog.lastModified = lastModified;
    }

    /** The validators a 304 answered with, which may have changed. */
    public void validators(final String blogId, final String etag, final String lastModified) {
        blog(blogId).etag = etag;
        blog(blogId).lastModified = lastModified;
    }

    /** The date a blog was first read with, or null. */
    public String date(final String blogId) {
        return blog(blogId).date;
    }

    /** The zone a blog was first read with, or null. */
    public String zone(final String blogId) {
        return blog(blogId).zone;
    }

    /** Keeps the date and zone a blog is read with, once. */
    public void dateAndZone(final String blogId, final String date, final String zone) {
        final BlogMemory blog = blog(blogId);
        blog.date = date;
        blog.zone = zone;
    }

    public String etag(final String blogId) {
        return blog(blogId).etag;
    }

    public String lastModified(final String blogId) {
        return blog(blogId).lastModified;
    }

    /** Whether a file of a watched directory was taken already. */
    public boolean taken(final String blogId, final String fileName) {
        return blog(blogId).files.contains(fileName);
    }

    /** Remembers a file as taken. */
    public void take(final String blogId, final String fileName) {
        blog(blogId).files.add(fileName);
    }

    /** Forgets taken files no longer in the directory, so the memory stays as small as the directory. */
    public void keepFiles(final String blogId, final Set<String> present) {
        blog(blogId).files.retainAll(present);
    }

    /**
     * Forgets the blogs not among {@code polled}, so the file does not keep every blog ever polled. A state file
     * belongs to one poller and its blogs.
     */
    public void keepBlogs(final Set<String> polled) {
        layout.blogs.keySet().retainAll(polled);
    }

    /** Writes the memory, replacing the file atomically. */
    public void save() {
        try {
            final Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            final Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            JSON.writeValue(temp.toFile(), layout);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (final AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (final IOException e) {
            throw new UserException(ExitCodes.FAILURE, "cannot write the poll state " + file + ": " + e.getMessage(),
                    e);
        }
    }

    private BlogMemory blog(final String blogId) {
        return layout.blogs.computeIfAbsent(blogId, id -> new BlogMemory());
    }

    /** An update is known by its source's id, or, without one, by its text. */
    private static String key(final String blogId, final Update update) {
        return update.updateId() != null ? "id " + update.updateId() : "text " + hash(blogId, update);
    }

    /** The text as the processor compares it: an edit that only changes spacing or quote marks is no edit. */
    private static String hash(final String blogId, final Update update) {
        final String headline = update.headline() == null ? "" : update.headline();
        return EntryIds.fingerprint(blogId, TextNormalizer.normalize(headline + "\n" + update.text()));
    }
}
