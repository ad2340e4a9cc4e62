package dev.liveblog.processor.topology;

import dev.liveblog.processor.output.Records;
import dev.liveblog.processor.metrics.PipelineMetrics;
import dev.liveblog.processor.text.FurnitureClassifier;
import dev.liveblog.processor.text.FurnitureVerdict;
import dev.liveblog.processor.text.PageLists;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.serde.SchemaCatalog;
import dev.liveblog.schema.serde.Serdes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Checks that a raw record is a processable entry, then routes it as news or as page furniture. Most lines are
 * judged alone ({@link FurnitureClassifier}); a line shaped like a headline is judged by the line above it too
 * ({@link PageLists}): under a "Most read" header, or under another such headline, it is a link of that box. A
 * JSON-LD update or a feed item is an update its source marked as one, and news without judging.
 *
 * <p>Pages are sent oldest entry first, so the line above usually arrives after: a headline waits for it (in the
 * pending store) and is routed when it comes. A headline whose line above never comes is routed as news after
 * {@link #WAIT}, so nothing waits forever. The lines store keeps what each line was only until the line below has
 * read it, or for {@link #FORGET_AFTER} at most, in memory: after a restart, a headline whose line above came
 * before the restart waits its {@link #WAIT} and counts as news.
 */
final class FurnitureRouter implements FixedKeyProcessor<String, BlogEntry, Routed> {

    static final String LINES_STORE = "furniture-lines";
    static final String PENDING_STORE = "furniture-pending";
    static final List<String> STORES = List.of(LINES_STORE, PENDING_STORE);
    /** How long a headline waits for the line above it before it counts as news. */
    static final Duration WAIT = Duration.ofSeconds(30);
    /** How long what a line was is kept for the line below it. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(2);
    private static final String SEP = "\u0000";

    private final FurnitureClassifier classifier;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Routed> context;
    private KeyValueStore<String, String> lines;
    private KeyValueStore<String, BlogEntry> pending;
    /**
     * Each pending headline's record and when it started waiting, on this instance's clock: not state, since a
     * restart only restarts the wait (a headline found pending after a restart leaves with the blog's next record).
     */
    private final Map<String, Waiting> waiting = new HashMap<>();
    private final List<String> orphans = new ArrayList<>();
    private boolean orphansChecked;
    private long lastSweep;

    private record Waiting(FixedKeyRecord<String, BlogEntry> record, long since) {
    }

    FurnitureRouter(final FurnitureClassifier classifier, final PipelineMetrics metrics) {
        this.classifier = classifier;
        this.metrics = metrics;
    }

    /** The stores; the pending headlines' serde decodes through {@code catalog}. */
    static List<StoreBuilder<?>> builders(final SchemaCatalog catalog) {
        // What a line was matters for a few seconds, to the line below it: kept in memory and not logged. After a
        // restart a headline whose line above came before it waits its WAIT and counts as news.
        return List.of(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(LINES_STORE),
                        org.apache.kafka.common.serialization.Serdes.String(),
                        org.apache.kafka.common.serialization.Serdes.String()).withLoggingDisabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                        org.apache.kafka.common.serialization.Serdes.String(), Serdes.blogEntry(catalog)));
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, Routed> context) {
        this.context = context;
        this.lines = context.getStateStore(LINES_STORE);
        this.pending = context.getStateStore(PENDING_STORE);
        // A task that is revived (after it was corrupted) is initialised again on the same processor: what was
        // waiting in memory belongs to records it will read again.
        waiting.clear();
        orphans.clear();
        orphansChecked = false;
        context.schedule(Duration.ofSeconds(5), PunctuationType.WALL_CLOCK_TIME, this::releaseWaiting);
    }

    @Override
    public void process(final FixedKeyRecord<String, BlogEntry> record) {
        final BlogEntry entry = record.value();
        EntryValidator.validate(record.key(), entry);
        releaseOrphansOf(record);
        final int line = entry.getPosition();
        if (markedByItsSource(entry)) {
            // An update its source marks as one (a JSON-LD liveBlogUpdate, a feed item) is the blog's own text by
            // the source's word: the page's furniture is outside it, and its words are not judged.
            context.forward(record.withValue(new Routed.News(entry)));
            settle(record, entry, line, PageLists.Line.NEWS);
            return;
        }
        final FurnitureVerdict verdict = classifier.classify(entry.getText());
        final int above = above(entry);
        final PageLists.Line kind;
        if (verdict.furniture()) {
            kind = PageLists.header(entry.getText()) ? PageLists.Line.HEADER : PageLists.Line.FURNITURE;
            forwardFurniture(record, entry, "line", verdict.explanation());
        } else if (above > 0 && PageLists.headline(entry.getText())) {
            final String aboveKind = lines.get(key(entry, above));
            if (aboveKind == null) {
                pending.put(key(entry, line), entry);
                waiting.put(key(entry, line), new Waiting(record, context.currentSystemTimeMs()));
                return;
            }
            kind = route(record, entry, kindOf(aboveKind));
        } else {
            kind = PageLists.Line.NEWS;
            context.forward(record.withValue(new Routed.News(entry)));
        }
        settle(record, entry, line, kind);
    }

    /** Whether the entry is a JSON-LD update or a feed item: an element an entry selector chose is still judged. */
    private static boolean markedByItsSource(final BlogEntry entry) {
        return entry.getUpdateId() != null && ("json-ld".equals(entry.getSourceFormat())
                || "feed".equals(entry.getSourceFormat()));
    }

    /**
     * Records what a line is, and routes the headline that waited below it (whose line above this is), then the
     * one below that, down the page.
     */
    private void settle(final FixedKeyRecord<String, BlogEntry> record, final BlogEntry entry, final int line,
                        final PageLists.Line kind) {
        BlogEntry at = entry;
        int position = line;
        PageLists.Line current = kind;
        while (true) {
            remember(at, position, current);
            final Map.Entry<String, Waiting> below = waitingBelow(at, position);
            if (below == null) {
                return;
            }
            final BlogEntry headline = pending.delete(below.getKey());
            waiting.remove(below.getKey());
            current = route(below.getValue().record(), headline, current);
            at = headline;
            position = headline.getPosition();
        }
    }

    /** The pending headline whose line above is {@code position}, or null. */
    private Map.Entry<String, Waiting> waitingBelow(final BlogEntry entry, final int position) {
        for (final Map.Entry<String, Waiting> candidate : waiting.entrySet()) {
            final BlogEntry headline = candidate.getValue().record().value();
            if (above(headline) == position && Routed.page(headline).equals(Routed.page(entry))
                    && headline.getBlogId().equals(entry.getBlogId())) {
                return candidate;
            }
        }
        return null;
    }

    private static PageLists.Line kindOf(final String value) {
        return PageLists.Line.valueOf(value.substring(0, value.indexOf(':')));
    }

    /**
     * Forgets what lines were once no line below them can still come: a line's kind is read by the line below,
     * which comes right after it when a page is sent in page order, and has come before it when it is sent
     * oldest first.
     */
    private void forgetOldLines(final long now) {
        if (now - lastSweep < FORGET_AFTER.toMillis() / 10) {
            return;
        }
        lastSweep = now;
        final List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, String> all = lines.all()) {
            all.forEachRemaining(kv -> {
                final long at = Long.parseLong(kv.value.substring(kv.value.indexOf(':') + 1));
                if (now - at > FORGET_AFTER.toMillis()) {
                    old.add(kv.key);
                }
            });
        }
        old.forEach(lines::delete);
    }

    /** The position of the entry above, as the source says; 0 when it says none (the first entry, or unknown). */
    private static int above(final BlogEntry entry) {
        return entry.getAbovePosition() != null ? entry.getAbovePosition() : 0;
    }

    /** Routes a headline by the line above it: a link of a box under a header or a link, else news. */
    private PageLists.Line route(final FixedKeyRecord<String, BlogEntry> record, final BlogEntry headline,
                                 final PageLists.Line above) {
        if (above.opensList()) {
            forwardFurniture(record, headline, "link-box", "page furniture: a headline in a box of links (the line above is "
                    + (above == PageLists.Line.HEADER ? "its header" : "another of its links") + ")");
            return PageLists.Line.ITEM;
        }
        context.forward(record.withValue(new Routed.News(headline)));
        return PageLists.Line.NEWS;
    }

    /**
     * Furniture goes to the filtered topic, and its place on the page to the enricher; {@code kind} says how it was
     * judged ({@code line}: by itself, {@code link-box}: by the lines above it), for the entries counter.
     */
    private void forwardFurniture(final FixedKeyRecord<String, BlogEntry> record, final BlogEntry entry,
                                  final String kind, final String explanation) {
        metrics.entry(PipelineMetrics.Outcome.FURNITURE, kind);
        context.forward(record.withValue(new Routed.Dropped(Records.furniture(entry, explanation))));
        context.forward(record.withValue(new Routed.Line(entry.getBlogId(), Routed.page(entry), entry.getPosition(),
                entry.getAbovePosition(), null)));
    }

    /** Keeps what a line is for its neighbours, and forgets what the neighbours themselves were. */
    private void remember(final BlogEntry entry, final int line, final PageLists.Line kind) {
        lines.delete(key(entry, above(entry)));
        lines.put(key(entry, line), kind.name() + ":" + context.currentSystemTimeMs());
    }

    /** Headlines whose line above did not come within {@link #WAIT} are news. */
    private void releaseWaiting(final long now) {
        final List<String> due = new ArrayList<>();
        waiting.forEach((key, w) -> {
            if (now - w.since() >= WAIT.toMillis()) {
                due.add(key);
            }
        });
        for (final String key : due) {
            final Waiting w = waiting.remove(key);
            final BlogEntry headline = pending.delete(key);
            if (headline != null) {
                context.forward(w.record().withValue(new Routed.News(headline)));
                settleBelow(w.record(), headline);
            }
        }
        releaseOrphans();
        forgetOldLines(now);
    }

    /** After a headline left: what waited below it. */
    private void settleBelow(final FixedKeyRecord<String, BlogEntry> record, final BlogEntry headline) {
        settle(record, headline, headline.getPosition(), PageLists.Line.NEWS);
    }

    /**
     * Headlines left pending by an earlier run of the task (their records are gone with it): news, when the next
     * record of their blog comes (forwarding needs a record of that key).
     */
    private void releaseOrphans() {
        if (orphansChecked) {
            return;
        }
        orphansChecked = true;
        try (KeyValueIterator<String, BlogEntry> all = pending.all()) {
            all.forEachRemaining(kv -> {
                if (!waiting.containsKey(kv.key)) {
                    orphans.add(kv.key);
                }
            });
        }
    }

    private void releaseOrphansOf(final FixedKeyRecord<String, BlogEntry> record) {
        if (orphans.isEmpty()) {
            return;
        }
        final String prefix = record.key() + SEP;
        for (final java.util.Iterator<String> it = orphans.iterator(); it.hasNext(); ) {
            final String key = it.next();
            if (key.startsWith(prefix)) {
                it.remove();
                final BlogEntry headline = pending.delete(key);
                if (headline != null) {
                    context.forward(record.withValue(new Routed.News(headline)));
                    remember(headline, headline.getPosition(), PageLists.Line.NEWS);
                }
            }
        }
    }

    private static String key(final BlogEntry entry, final int line) {
        return entry.getBlogId() + SEP + Routed.page(entry) + SEP + line;
    }
}
