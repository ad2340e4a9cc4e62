package dev.liveblog.processor.enrich;

import dev.liveblog.processor.enrich.names.Found;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.EntityType;
import dev.liveblog.schema.serde.SchemaCatalog;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The enricher's per-blog memory in changelogged stores: the names it used ({@link NameMemory}), the last
 * speakers, the quotations carried so far, the speaker each line leaves in force, the items waiting for a line,
 * and the items it emitted. Values are a few fields joined by a unit separator.
 */
public final class EnrichStores implements NameMemory, SpeakerMemory, Enricher.EmittedItems {

    public static final String NAMES_STORE = "enrich-names";
    public static final String SPEAKERS_STORE = "enrich-speakers";
    public static final String QUOTES_STORE = "enrich-quotes";
    public static final String LINES_STORE = "enrich-lines";
    public static final String WAITING_STORE = "enrich-waiting";
    public static final String ITEMS_STORE = "enrich-items";
    /** Blog and a word-trigram hash of a quotation to the ids of the quotations holding it. */
    public static final String QUOTE_INDEX_STORE = "enrich-quote-index";
    /** Blog and a short name to the items that used it before the blog gave it in full. */
    public static final String NAME_WAITS_STORE = "enrich-name-waits";
    public static final List<String> NAMES = List.of(NAMES_STORE, SPEAKERS_STORE, QUOTES_STORE, LINES_STORE,
            WAITING_STORE, ITEMS_STORE, QUOTE_INDEX_STORE, NAME_WAITS_STORE);
    /**
     * The store holding each item's version floor: the highest version emitted before a reset, which
     * {@code liveblog reset} seeds into its changelog from the canonical topic and the item's next version takes. In
     * the names store, under keys no name has, rather than a store of its own: every store costs a flush at each
     * commit, and floors are few and read once.
     */
    public static final String VERSION_FLOORS_STORE = NAMES_STORE;
    /** Marks a version floor's key in the names store (no name key starts with a space). */
    private static final String FLOOR = " floor ";

    /** Pages (polls) of a blog whose lines are kept; the oldest page's lines go when a newer one comes. */
    private static final int PAGES_KEPT = 8;
    /** The key of a blog's recent pages in the speakers store (no speaker key starts with a space). */
    private static final String PAGES = " pages";

    /** Values of each cached store kept in memory per task ({@link StoreCache}). */
    private static final int CACHED_VALUES = 20_000;
    /** Blogs whose last page is kept in memory per task. */
    private static final int RECENT_BLOGS = 10_000;
    /** At most this many items wait for one name; the oldest gives way. */
    private static final int MAX_NAME_WAITS = 32;

    /** A trigram that this many quotations share says nothing about which one a fragment comes from. */
    private static final int MAX_POSTINGS = 32;
    /** At most this many candidates are compared with a new quotation. */
    private static final int MAX_CANDIDATES = 8;

    private static final String SEP = "\u001F";
    /** The key of a blog's countries in the names store (no name key starts with a space). */
    private static final String COUNTRIES = " countries";
    private static final String NUL = "\u0000";
    /** What {@link #notePage} keeps of a page's lines whose position above is unsaid (nothing: the line before). */
    private static final String NONE_ABOVE = "none";
    private static final String UNDECIDED_ABOVE = "?";

    private final KeyValueStore<String, String> names;
    private final KeyValueStore<String, String> speakers;
    private final KeyValueStore<String, String> quotes;
    private final KeyValueStore<String, String> lines;
    private final KeyValueStore<String, String> waiting;
    private final KeyValueStore<String, CanonicalEntry> items;
    private final KeyValueStore<String, String> quoteIndex;
    private final KeyValueStore<String, String> nameWaits;
    /**
     * The page of each recently seen blog's last line, with what a line of it that names no line above has above
     * it ({@link #notePage}), so that most lines need not read the blog's pages.
     */
    private final java.util.Map<String, PageNote> lastPages = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(final java.util.Map.Entry<String, PageNote> eldest) {
            return size() > RECENT_BLOGS;
        }
    };

    /** Reads of the names store: every capitalised word of every item asks it, most the same few names again. */
    private final StoreCache nameCache;
    /** Reads of the quotations and their trigram index: each quotation of each item asks for all its trigrams. */
    private final StoreCache quoteCache;
    private final StoreCache quoteIndexCache;

    private record PageNote(String page, Above above) {
    }

    /**
     * What a line of a page has above it when the source does not say: the line before (as on a page noted
     * before this was kept), or none (a feed's); undecided while only the page's top line has been read, for
     * which both answers are the same.
     */
    private enum Above {
        BEFORE, NONE, UNDECIDED
    }

    public EnrichStores(final KeyValueStore<String, String> names, final KeyValueStore<String, String> speakers,
                        final KeyValueStore<String, String> quotes, final KeyValueStore<String, String> lines,
                        final KeyValueStore<String, String> waiting, final KeyValueStore<String, CanonicalEntry> items,
                        final KeyValueStore<String, String> quoteIndex,
                        final KeyValueStore<String, String> nameWaits) {
        this.names = names;
        this.speakers = speakers;
        this.quotes = quotes;
        this.lines = lines;
        this.waiting = waiting;
        this.items = items;
        this.quoteIndex = quoteIndex;
        this.nameWaits = nameWaits;
        this.nameCache = new StoreCache(names, CACHED_VALUES);
        this.quoteCache = new StoreCache(quotes, CACHED_VALUES);
        this.quoteIndexCache = new StoreCache(quoteIndex, CACHED_VALUES);
    }

    /** The stores; the items' serde decodes through {@code catalog}. */
    public static List<StoreBuilder<?>> builders(final SchemaCatalog catalog) {
        return builders(dev.liveblog.schema.serde.Serdes.canonicalEntry(catalog));
    }

    /**
     * Builders with the emitted items' serde of the canonical topic: an item saved and then forwarded is the same
     * instance, encoded once ({@link dev.liveblog.schema.serde.EncodedOnce}).
     */
    public static List<StoreBuilder<?>> builders(final Serde<CanonicalEntry> items) {
        final List<StoreBuilder<?>> builders = new java.util.ArrayList<>();
        for (final String name : NAMES) {
            if (name.equals(ITEMS_STORE)) {
                builders.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                        items));
            } else if (name.equals(SPEAKERS_STORE) || name.equals(NAME_WAITS_STORE)) {
                // A blog's last speakers and pages, and the items waiting for a short name: a few keys per blog,
                // rewritten by many entries, so the record cache writes each to the changelog once per commit
                // rather than once per entry.
                builders.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                        Serdes.String()).withCachingEnabled());
            } else {
                builders.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                        Serdes.String()));
            }
        }
        return builders;
    }

    public static EnrichStores from(final ProcessingContext context) {
        return new EnrichStores(context.getStateStore(NAMES_STORE), context.getStateStore(SPEAKERS_STORE),
                context.getStateStore(QUOTES_STORE), context.getStateStore(LINES_STORE),
                context.getStateStore(WAITING_STORE), context.getStateStore(ITEMS_STORE),
                context.getStateStore(QUOTE_INDEX_STORE), context.getStateStore(NAME_WAITS_STORE));
    }

    /** Forgets the last emitted version of an item (its deduplicator forgot it); returns what it was. */
    public CanonicalEntry forgetItem(final String canonicalId) {
        return items.delete(canonicalId);
    }

    /**
     * Forgets what the blog remembers of a quotation, once no item carries it any more, and takes it out of the
     * index, so its postings keep room for newer quotations; the store operations it took.
     */
    public int forgetQuote(final String blogId, final String quoteId) {
        final String quoteKey = blogId + NUL + quoteId;
        final String value = quoteCache.get(quoteKey);
        if (value == null) {
            return 1;
        }
        quoteCache.delete(quoteKey);
        final List<String> grams = trigrams(value.split(SEP, -1)[0]);
        for (final String gram : grams) {
            final String key = blogId + NUL + gram;
            final String posting = quoteIndexCache.get(key);
            if (posting != null) {
                final List<String> rest = new java.util.ArrayList<>(List.of(posting.split(" ")));
                if (rest.remove(quoteId)) {
                    if (rest.isEmpty()) {
                        quoteIndexCache.delete(key);
                    } else {
                        quoteIndexCache.put(key, String.join(" ", rest));
                    }
                }
            }
        }
        return 1 + 2 * grams.size();
    }

    /** Up to {@code limit} ids of the quotations a blog remembers (to forget with it what else knows them). */
    public List<String> quoteIds(final String blogId, final int limit) {
        final String prefix = blogId + NUL;
        final List<String> ids = new java.util.ArrayList<>();
        try (KeyValueIterator<String, String> it = quotes.prefixScan(prefix, new StringSerializer())) {
            while (it.hasNext() && ids.size() < limit) {
                ids.add(it.next().key.substring(prefix.length()));
            }
        }
        return ids;
    }

    /** Empties the caches in front of the stores, after blogs were forgotten (cheaper than finding their keys). */
    public void clearCaches() {
        nameCache.clear();
        quoteCache.clear();
        quoteIndexCache.clear();
        lastPages.clear();
    }

    /**
     * Deletes at most {@code limit} keys of a blog from the per-blog stores; the number deleted (fewer than the
     * limit: nothing of the blog is left). The caller then clears the caches ({@link #clearCaches}).
     */
    public int forgetBlog(final String blogId, final int limit) {
        final String prefix = blogId + NUL;
        int deleted = 0;
        for (final KeyValueStore<String, String> store : List.of(names, speakers, quotes, lines, waiting, quoteIndex,
                nameWaits)) {
            deleted += deletePrefix(store, prefix, limit - deleted);
            if (deleted >= limit) {
                break;
            }
        }
        return deleted;
    }

    /**
     * Notes the page (poll) a line of a blog was read on, with the line and the line the source says is above it.
     * Lines are read with their neighbours on one page, so only the blog's last few pages are kept: a page older
     * than those takes its lines and the items waiting on them with it (the first line of a new page deletes one
     * old page's lines, not a scan), and a blog polled for weeks keeps a bounded number of lines. Most lines are on
     * the page the blog's line before was on: that is answered from memory.
     *
     * <p>A page's first line below the top also says what a line of it whose position above is unsaid has above
     * it ({@link #above}): a source that names none there names none on the whole page (a feed, a page of
     * updates), and one record for the page says so, where otherwise each of its lines kept one.
     */
    public void notePage(final String blogId, final String page, final int line, final Integer above) {
        PageNote note = lastPages.get(blogId);
        if (note == null || !note.page().equals(page)) {
            final String key = blogId + NUL + PAGES;
            final String value = speakers.get(key);
            final List<String> pages = value == null ? new java.util.ArrayList<>()
                    : new java.util.ArrayList<>(List.of(value.split("\n")));
            if (!pages.contains(page)) {
                newPage(blogId, page, line, above, pages);
                return;
            }
            note = new PageNote(page, storedAbove(blogId, page));
            lastPages.put(blogId, note);
        }
        if (note.above() == Above.UNDECIDED && line > 1) {
            decide(blogId, page, above, true);
        }
    }

    /** A page first read: kept with the blog's last pages, the oldest giving way, and its lines' assumption. */
    private void newPage(final String blogId, final String page, final int line, final Integer above,
                         final List<String> pages) {
        pages.add(page);
        while (pages.size() > PAGES_KEPT) {
            final String oldest = blogId + NUL + pages.remove(0) + NUL;
            deletePrefix(lines, oldest, Integer.MAX_VALUE);
            deletePrefix(waiting, oldest, Integer.MAX_VALUE);
        }
        speakers.put(blogId + NUL + PAGES, String.join("\n", pages));
        if (line > 1) {
            decide(blogId, page, above, false);
        } else {
            lines.put(aboveKey(blogId, page), UNDECIDED_ABOVE);
            lastPages.put(blogId, new PageNote(page, Above.UNDECIDED));
        }
    }

    /**
     * The page's first line below the top names the line above it, or none: so do its lines that say nothing. A
     * page's record is deleted only where there is one: a delete writes to the changelog even so.
     */
    private void decide(final String blogId, final String page, final Integer above, final boolean undecided) {
        if (above == null) {
            lines.put(aboveKey(blogId, page), NONE_ABOVE);
            lastPages.put(blogId, new PageNote(page, Above.NONE));
        } else {
            if (undecided) {
                lines.delete(aboveKey(blogId, page));
            }
            lastPages.put(blogId, new PageNote(page, Above.BEFORE));
        }
    }

    private Above storedAbove(final String blogId, final String page) {
        final String value = lines.get(aboveKey(blogId, page));
        return value == null ? Above.BEFORE : NONE_ABOVE.equals(value) ? Above.NONE : Above.UNDECIDED;
    }

    private static int deletePrefix(final KeyValueStore<String, String> store, final String prefix, final int limit) {
        final List<String> keys = new java.util.ArrayList<>();
        try (KeyValueIterator<String, String> it = store.prefixScan(prefix, new StringSerializer())) {
            while (it.hasNext() && keys.size() < limit) {
                keys.add(it.next().key);
            }
        }
        keys.forEach(store::delete);
        return keys.size();
    }

    /** The last version of an item this stage emitted, enrichment included. */
    @Override
    public CanonicalEntry emitted(final String canonicalId) {
        return items.get(canonicalId);
    }

    @Override
    public void rememberEmitted(final CanonicalEntry item) {
        items.put(item.getCanonicalId(), item);
    }

    @Override
    public int versionFloor(final String blogId, final String canonicalId) {
        // A read first: a delete of an absent key would still write a tombstone to the changelog, for every item.
        final String key = versionFloorKey(blogId, canonicalId);
        final String floor = names.get(key);
        if (floor == null) {
            return 0;
        }
        names.delete(key);
        return Integer.parseInt(floor);
    }

    /** The key of an item's version floor: its blog first, so that forgetting a blog forgets its floors. */
    public static String versionFloorKey(final String blogId, final String canonicalId) {
        return blogId + NUL + FLOOR + canonicalId;
    }

    @Override
    public Found recall(final String blogId, final String key) {
        final String value = name(blogId + NUL + key);
        if (value == null) {
            return null;
        }
        final String[] f = value.split(SEP, -1);
        return new Found(EntityType.valueOf(f[0]), f[1], f[2], 0, 0, Boolean.parseBoolean(f[3]));
    }

    @Override
    public void remember(final String blogId, final String key, final Found found) {
        putName(blogId + NUL + key, found.type() + SEP + found.name() + SEP + found.id() + SEP + found.known());
    }

    @Override
    public Set<String> countries(final String blogId) {
        final String value = name(blogId + NUL + COUNTRIES);
        return value == null || value.isEmpty() ? Set.of() : Set.of(value.split(" "));
    }

    @Override
    public void rememberCountries(final String blogId, final Set<String> countries) {
        putName(blogId + NUL + COUNTRIES, String.join(" ", new java.util.TreeSet<>(countries)));
    }

    /** A value of the names store. */
    private String name(final String key) {
        return nameCache.get(key);
    }

    /** Writes a value of the names store, unless it is already the stored one. */
    private void putName(final String key, final String value) {
        if (value.equals(name(key))) {
            return;
        }
        nameCache.put(key, value);
    }

    /**
     * Waiters are kept one per line, each its item id and page joined by the unit separator. A value written before
     * pages were kept (ids joined by spaces) still reads, its page unknown.
     */
    @Override
    public void awaitName(final String blogId, final String key, final Waiter waiter) {
        final String storeKey = blogId + NUL + key;
        final List<Waiter> waiters = new java.util.ArrayList<>(waiters(nameWaits.get(storeKey)));
        if (waiters.stream().anyMatch(w -> w.canonicalId().equals(waiter.canonicalId()))) {
            return;
        }
        waiters.add(waiter);
        while (waiters.size() > MAX_NAME_WAITS) {
            waiters.remove(0);
        }
        nameWaits.put(storeKey, String.join("\n",
                waiters.stream().map(w -> w.canonicalId() + SEP + (w.page() == null ? "" : w.page())).toList()));
    }

    @Override
    public List<Waiter> takeAwaiting(final String blogId, final String key) {
        return waiters(nameWaits.delete(blogId + NUL + key));
    }

    private static List<Waiter> waiters(final String value) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        final List<Waiter> waiters = new java.util.ArrayList<>();
        for (final String line : value.split("\n")) {
            final int sep = line.indexOf(SEP);
            if (sep < 0) {
                for (final String id : line.split(" ")) {
                    waiters.add(new Waiter(id, null));
                }
            } else {
                final String page = line.substring(sep + 1);
                waiters.add(new Waiter(line.substring(0, sep), page.isEmpty() ? null : page));
            }
        }
        return waiters;
    }

    @Override
    public Optional<Speaker> lastSpeaker(final String blogId, final Boolean anonymous) {
        final String kind = anonymous == null ? "any" : anonymous ? "anonymous" : "named";
        final String value = speakers.get(blogId + NUL + kind);
        if (value == null) {
            return Optional.empty();
        }
        final String[] f = value.split(SEP, -1);
        return Optional.of(new Speaker(f[0], f[1].isEmpty() ? null : f[1]));
    }

    @Override
    public void rememberSpeaker(final String blogId, final Speaker speaker) {
        final String value = speaker.name() + SEP + (speaker.id() == null ? "" : speaker.id());
        speakers.put(blogId + NUL + (speaker.anonymous() ? "anonymous" : "named"), value);
        speakers.put(blogId + NUL + "any", value);
    }

    /**
     * A known quotation that contains this one or lies inside it. Candidates come from an index of word trigrams
     * (a fragment of three words or more shares all its trigrams with the quotation it comes from), so the cost does
     * not grow with the number of quotations the blog carries.
     */
    @Override
    public Optional<KnownQuote> quoteOverlapping(final String blogId, final String normalizedText) {
        final java.util.Map<String, Integer> shared = new java.util.HashMap<>();
        for (final String gram : trigrams(normalizedText)) {
            final String posting = quoteIndexCache.get(blogId + NUL + gram);
            if (posting != null) {
                for (final String id : posting.split(" ")) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES)
                .map(e -> known(blogId, e.getKey()))
                .flatMap(Optional::stream)
                .filter(q -> q.normalizedText().contains(normalizedText) || normalizedText.contains(q.normalizedText()))
                .findFirst();
    }

    private Optional<KnownQuote> known(final String blogId, final String quoteId) {
        final String value = quoteCache.get(blogId + NUL + quoteId);
        if (value == null) {
            return Optional.empty();
        }
        final String[] f = value.split(SEP, -1);
        return Optional.of(new KnownQuote(quoteId, f[0], f[1]));
    }

    @Override
    public void rememberQuote(final String blogId, final KnownQuote quote) {
        quoteCache.put(blogId + NUL + quote.quoteId(), quote.normalizedText() + SEP + quote.firstSeenIn());
        for (final String gram : trigrams(quote.normalizedText())) {
            final String key = blogId + NUL + gram;
            final String posting = quoteIndexCache.get(key);
            if (posting == null) {
                quoteIndexCache.put(key, quote.quoteId());
            } else if (!java.util.Arrays.asList(posting.split(" ")).contains(quote.quoteId())
                    && posting.split(" ").length < MAX_POSTINGS) {
                quoteIndexCache.put(key, posting + " " + quote.quoteId());
            }
        }
    }

    /** The word trigrams of a normalised quotation (the whole of it when it has fewer than three words). */
    private static List<String> trigrams(final String normalizedText) {
        final String[] words = normalizedText.split(" ");
        if (words.length < 3) {
            return List.of(normalizedText);
        }
        final List<String> grams = new java.util.ArrayList<>(words.length - 2);
        for (int i = 0; i + 3 <= words.length; i++) {
            grams.add(Long.toHexString(org.apache.avro.SchemaNormalization.fingerprint64(
                    (words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
        return grams;
    }

    @Override
    public Optional<Optional<Speaker>> speakerAfterLine(final String blogId, final String page, final int line) {
        final String value = lines.get(lineKey(blogId, page, line));
        if (value == null) {
            return Optional.empty();
        }
        if (value.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        final String[] f = value.split(SEP, -1);
        return Optional.of(Optional.of(new Speaker(f[0], f[1].isEmpty() ? null : f[1])));
    }

    @Override
    public void rememberSpeakerAfterLine(final String blogId, final String page, final int line,
                                         final Optional<Speaker> speaker) {
        lines.put(lineKey(blogId, page, line),
                speaker.map(s -> s.name() + SEP + (s.id() == null ? "" : s.id())).orElse(""));
    }

    @Override
    public List<Waiting> waitingFor(final String blogId, final String page, final int line) {
        final String value = waiting.get(lineKey(blogId, page, line));
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        final List<Waiting> list = new java.util.ArrayList<>();
        for (final String w : value.split("\n")) {
            final String[] f = w.split(SEP, -1);
            list.add(new Waiting(Integer.parseInt(f[0]), f[1].isEmpty() ? null : f[1],
                    f.length > 2 && "1".equals(f[2])));
        }
        return list;
    }

    @Override
    public void await(final String blogId, final String page, final int line, final Waiting w) {
        final String key = lineKey(blogId, page, line);
        final String entry = w.line() + SEP + (w.canonicalId() == null ? "" : w.canonicalId()) + SEP
                + (w.passesOn() ? "1" : "0");
        final String value = waiting.get(key);
        waiting.put(key, value == null || value.isEmpty() ? entry : value + "\n" + entry);
    }

    @Override
    public void stopWaiting(final String blogId, final String page, final int line) {
        waiting.delete(lineKey(blogId, page, line));
    }

    /** Kept only where it is not what {@link #above} answers for a line of which nothing is kept. */
    @Override
    public void rememberAbove(final String blogId, final String page, final int line, final Integer above) {
        if (java.util.Objects.equals(above, assumedAbove(blogId, page, line))) {
            return;
        }
        lines.put(lineKey(blogId, page, line) + NUL + "above", above == null ? "0" : Integer.toString(above));
    }

    @Override
    public Integer above(final String blogId, final String page, final int line) {
        final String value = lines.get(lineKey(blogId, page, line) + NUL + "above");
        if (value == null) {
            return assumedAbove(blogId, page, line);
        }
        return "0".equals(value) ? null : Integer.valueOf(value);
    }

    /**
     * The line above a line of which nothing is kept: none for the first line (the top entry of most pages); none
     * on a page whose first line below the top named none ({@link #notePage}); else the line before (most entries
     * of a file without blank lines), as on a page first seen before that was kept.
     */
    private Integer assumedAbove(final String blogId, final String page, final int line) {
        if (line <= 1) {
            return null;
        }
        final PageNote last = lastPages.get(blogId);
        final Above above = last != null && last.page().equals(page) ? last.above() : storedAbove(blogId, page);
        return above == Above.NONE ? null : line - 1;
    }

    /** Under the page's lines, deleted with them; no line's key, as no line number is empty. */
    private static String aboveKey(final String blogId, final String page) {
        return blogId + NUL + page + NUL;
    }

    private static String lineKey(final String blogId, final String page, final int line) {
        return blogId + NUL + page + NUL + line;
    }
}
