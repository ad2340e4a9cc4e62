package dev.liveblog.processor.dedup;

import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.text.TextNormalizer;
import dev.liveblog.processor.output.Records;
import dev.liveblog.processor.state.DedupItem;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.DuplicateKind;
import dev.liveblog.schema.FilteredEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import java.util.function.ToIntFunction;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Recognises, per blog, whether an entry is a new item or a repeat of one seen before, and keeps the items'
 * state. An entry is looked up first in the exact index (same normalised text), then through the shingle index
 * (in memory, built from the items): the items that share the most word trigrams with it are verified by the
 * {@link RepeatMatcher}. The cost of an entry depends on its own length and the number of items verified, not on
 * the blog's history.
 *
 * <p>An update its source names (a JSON-LD update, a feed item: {@code updateId} set) is an item of its own, and
 * its edits are versions of that item, found by the update's id; entries without an id are matched by their text,
 * against every item.
 *
 * <p>Items beyond the count bound are forgotten as the blog makes new ones; items older than the retention are
 * forgotten by the state's sweep ({@link #expire}), never by an entry that happens to arrive.
 */
public final class DedupEngine {

    /**
     * What became of an entry: a canonical event to emit (a new item, or a new version of one), a filtered record
     * (the entry repeats an item), or both.
     */
    public record Outcome(CanonicalEntry canonical, FilteredEntry filtered) {
    }

    private final DedupStores stores;
    private final RepeatMatcher matcher;
    private final DedupConfig config;
    private final ItemRetention retention;
    private final ShingleIndex index;

    public DedupEngine(final DedupStores stores, final DedupConfig config) {
        this(stores, config, item -> 0);
    }

    /**
     * @param forgotten told of every item the engine forgets, so that what else is known of it goes too; answers
     *                  with the store operations that took
     */
    public DedupEngine(final DedupStores stores, final DedupConfig config,
                       final ToIntFunction<DedupItem> forgotten) {
        this(stores, config, forgotten, IndexMeter.NONE);
    }

    /** As above, reporting the in-memory index's size and builds to {@code meter}. */
    public DedupEngine(final DedupStores stores, final DedupConfig config,
                       final ToIntFunction<DedupItem> forgotten, final IndexMeter meter) {
        this.stores = stores;
        this.matcher = new RepeatMatcher(config);
        this.config = config;
        this.index = new ShingleIndex(this::indexedItems, this::indexedTexts, config.indexBytes(), meter);
        this.retention = new ItemRetention(stores, config, index, forgotten);
    }

    /** Releases the in-memory index, as the task closes (its size leaves the meter). */
    public void close() {
        index.close();
    }

    public Outcome process(final BlogEntry entry) {
        final String updateKey = entry.getUpdateId() == null ? null
                : DedupStores.updateKey(entry.getBlogId(), entry.getEntryId());
        if (updateKey != null) {
            final String id = stores.exactIndex().get(updateKey);
            final DedupItem made = id == null ? null : stores.items().get(id);
            if (made != null) {
                return edit(made, entry);
            }
            // A new update its source names is an item of its own by the source's word: it joins none.
            final String normalized = TextNormalizer.normalize(entry.getText());
            final String fingerprint = EntryIds.fingerprint(entry.getBlogId(), normalized);
            final Profile profile = Profile.of(entry.getText());
            return create(entry, fingerprint, DedupStores.blogKey(entry.getBlogId(), fingerprint), updateKey,
                    normalized, profile, profile.indexKeys());
        }
        final Lookup lookup = find(entry);
        if (lookup.match().isPresent()) {
            final Candidate match = lookup.match().get();
            return join(match, entry, lookup.exactKey(), lookup.profile(), lookup.shingles());
        }
        return create(entry, lookup.fingerprint(), lookup.exactKey(), null, null, lookup.profile(),
                lookup.shingles());
    }

    /**
     * An update its source names, read again: the item it made, unchanged (an exact repeat), or edited (a new
     * version with the new text, indexed under it). The source's id is trusted over any likeness of text, so an
     * edit that rewrites the update still versions its item, and an edit that happens to resemble another item
     * joins nothing. The update's origin moves to the end, where the enricher reads the item's newest place.
     */
    private Outcome edit(final DedupItem item, final BlogEntry entry) {
        final String normalized = TextNormalizer.normalize(entry.getText());
        if (normalized.equals(TextNormalizer.normalize(item.getText()))) {
            return new Outcome(null, Records.duplicate(entry, DuplicateKind.EXACT, 1.0, item.getCanonicalId(),
                    "the same text of update " + entry.getUpdateId()));
        }
        final String exactKey = DedupStores.blogKey(entry.getBlogId(),
                EntryIds.fingerprint(entry.getBlogId(), normalized));
        final int member = item.getMemberEntryIds().indexOf(entry.getEntryId());
        final DedupItem updated = Records.copyOf(item);
        updated.setText(entry.getText());
        updated.setMemberEntryIds(moveToEnd(item.getMemberEntryIds(), member, entry.getEntryId()));
        updated.setOriginSources(moveToEnd(item.getOriginSources(), member, entry.getSource()));
        updated.setOriginLines(moveToEnd(item.getOriginLines(), member, entry.getPosition()));
        updated.setFingerprints(item.getFingerprints().contains(exactKey) ? item.getFingerprints()
                : append(item.getFingerprints(), exactKey));
        updated.setLastUpdatedAt(later(item.getLastUpdatedAt(), entry.getIngestedAt()));
        final Profile edited = Profile.of(entry.getText());
        index.replace(item.getBlogId(), item.getCanonicalId(), Profile.of(item.getText()).indexKeys(),
                edited.indexKeys(), edited.sketch());
        stores.items().put(updated.getCanonicalId(), updated);
        indexText(entry.getBlogId(), exactKey, updated.getCanonicalId(), normalized);
        return new Outcome(Records.canonical(updated, entry), null);
    }

    /**
     * Points a text at an item, unless another live item's text is that text now: the first item to say it keeps
     * its exact repeats. A key left by an item whose text has since changed is taken over.
     */
    private void indexText(final String blogId, final String exactKey, final String canonicalId,
                           final String normalized) {
        final String holder = stores.exactIndex().get(exactKey);
        if (holder != null && !holder.equals(canonicalId)) {
            final DedupItem held = stores.items().get(holder);
            if (held != null && TextNormalizer.normalize(held.getText()).equals(normalized)) {
                return;
            }
        }
        putExact(blogId, exactKey, canonicalId);
    }

    /** Points an exact-index key at an item; the in-memory index learns of a text's key. */
    private void putExact(final String blogId, final String key, final String canonicalId) {
        stores.exactIndex().put(key, canonicalId);
        DedupStores.fingerprintBits(blogId, key).ifPresent(bits -> index.textAdded(blogId, bits));
    }

    /**
     * The read-only half of {@link #process}: which item, if any, the entry repeats. Changes no stored state (it may
     * build the blog's part of the in-memory index), so it can be measured at a fixed history size.
     */
    public Lookup find(final BlogEntry entry) {
        final String blogId = entry.getBlogId();
        final String fingerprint = EntryIds.fingerprint(blogId, TextNormalizer.normalize(entry.getText()));
        final String exactKey = DedupStores.blogKey(blogId, fingerprint);
        // most entries repeat no text exactly: the in-memory index knows it without a store read
        final OptionalLong bits = DedupStores.fingerprintBits(blogId, exactKey);
        final String exactId = bits.isEmpty() || index.mayHoldText(blogId, bits.getAsLong())
                ? stores.exactIndex().get(exactKey) : null;
        final DedupItem exact = exactId == null ? null : stores.items().get(exactId);
        if (exact != null) {
            return new Lookup(fingerprint, exactKey, null, null,
                    Optional.of(new Candidate(exact, new Repeat(DuplicateKind.EXACT, 1.0, false), null)));
        }
        final Profile profile = Profile.of(entry.getText());
        final long[] shingles = profile.indexKeys();
        return new Lookup(fingerprint, exactKey, profile, shingles, bestCandidate(blogId, profile, shingles));
    }

    /**
     * The result of {@link #find}: the entry's fingerprint, profile and index keys (reused when the entry becomes
     * a new item), and the item it repeats if any.
     */
    public record Lookup(String fingerprint, String exactKey, Profile profile, long[] shingles,
                         Optional<Candidate> match) {
    }

    /** A blog's live items with their index keys, oldest first, as the shingle index is built from them. */
    private void indexedItems(final String blogId, final ShingleIndex.Indexed item) {
        try (KeyValueIterator<String, String> sequence = stores.sequence().prefixScan(
                DedupStores.blogPrefix(blogId), new StringSerializer())) {
            while (sequence.hasNext()) {
                final DedupItem live = stores.items().get(sequence.next().value);
                if (live != null) {
                    final Profile profile = Profile.of(live.getText());
                    item.accept(live.getCanonicalId(), profile.indexKeys(), profile.sketch());
                }
            }
        }
    }

    /** The fingerprints of a blog's texts in the exact index, as the in-memory index is built; false if one is not. */
    private boolean indexedTexts(final String blogId, final LongConsumer fingerprint) {
        boolean all = true;
        try (KeyValueIterator<String, String> keys = stores.exactIndex().prefixScan(
                DedupStores.blogPrefix(blogId), new StringSerializer())) {
            while (keys.hasNext()) {
                final String key = keys.next().key;
                final OptionalLong bits = DedupStores.fingerprintBits(blogId, key);
                if (bits.isPresent()) {
                    fingerprint.accept(bits.getAsLong());
                } else {
                    all &= DedupStores.isUpdateKey(key);
                }
            }
        }
        return all;
    }

    /**
     * Forgets a blog's items not updated within the retention before {@code newest} (the blog's newest ingestion
     * time, so one producer's clock only ever ages its own blogs), within about {@code budget} store operations.
     */
    public Progress expire(final String blogId, final Instant newest, final int budget) {
        return retention.expire(blogId, newest.minus(config.retention()), budget);
    }

    /** Forgets a blog's items within about {@code budget} store operations, then the blog. */
    public Progress forgetBlog(final String blogId, final int budget) {
        return retention.forgetBlog(blogId, budget);
    }

    /**
     * An item and how the entry repeats it.
     *
     * @param profile the item's text's profile; null for an exact repeat, which needs none
     */
    public record Candidate(DedupItem item, Repeat repeat, Profile profile) {
    }

    /**
     * The candidate the entry repeats most closely, compared in memory by its sketch's words: only the one chosen
     * is read from the store (the first of equals, in the index's order).
     */
    private Optional<Candidate> bestCandidate(final String blogId, final Profile profile, final long[] shingles) {
        final List<Matched> matched = new ArrayList<>(2);
        final int minShared = shingles.length <= 2 ? 1 : 2;
        final Sketch sketch = profile.sketch();
        for (final ShingleIndex.Shared candidate : index.candidates(blogId, shingles, config.maxPostings(), minShared,
                config.candidates())) {
            if (matcher.mayMatch(sketch, candidate.sketch())) {
                final Profile existing = candidate.sketch().profile();
                matcher.match(profile, existing).ifPresent(repeat ->
                        matched.add(new Matched(candidate.id(), repeat, existing)));
            }
        }
        while (!matched.isEmpty()) {
            Matched best = matched.get(0);
            for (final Matched other : matched) {
                if (other.repeat().similarity() > best.repeat().similarity()) {
                    best = other;
                }
            }
            final DedupItem item = stores.items().get(best.id());
            if (item != null) {
                return Optional.of(new Candidate(item, best.repeat(), best.profile()));
            }
            matched.remove(best);
        }
        return Optional.empty();
    }

    /** A candidate the entry repeats, before it is read. */
    private record Matched(String id, Repeat repeat, Profile profile) {
    }

    private Outcome join(final Candidate match, final BlogEntry entry, final String exactKey, final Profile profile,
                         final long[] shingles) {
        final DedupItem item = match.item();
        final Repeat repeat = match.repeat();
        final FilteredEntry filtered = Records.duplicate(entry, repeat.kind(), repeat.similarity(),
                item.getCanonicalId(), explain(repeat, item.getCanonicalId()));
        if (item.getMemberEntryIds().contains(entry.getEntryId())) {
            return new Outcome(null, filtered);
        }
        final DedupItem updated = Records.copyOf(item);
        updated.setMemberEntryIds(append(item.getMemberEntryIds(), entry.getEntryId()));
        updated.setOriginSources(append(item.getOriginSources(), entry.getSource()));
        updated.setOriginLines(append(item.getOriginLines(), entry.getPosition()));
        updated.setFingerprints(item.getFingerprints().contains(exactKey) ? item.getFingerprints()
                : append(item.getFingerprints(), exactKey));
        updated.setLastUpdatedAt(later(item.getLastUpdatedAt(), entry.getIngestedAt()));
        // the text of an update its source names changes only by the source's edits of it
        if (repeat.incomingIsFuller() && shingles != null && !named(item)) {
            index.replace(item.getBlogId(), item.getCanonicalId(), match.profile().indexKeys(), shingles,
                    profile.sketch());
            updated.setText(entry.getText());
        }
        stores.items().put(updated.getCanonicalId(), updated);
        putExact(item.getBlogId(), exactKey, updated.getCanonicalId());
        return new Outcome(Records.canonical(updated, entry), filtered);
    }

    /**
     * A new item. An update its source names is indexed under its id too, so its edits find the item it made, and
     * the item takes its id from the update's, the same whichever of its texts was read first.
     */
    private Outcome create(final BlogEntry entry, final String fingerprint, final String exactKey,
                           final String updateKey, final String normalized, final Profile profile,
                           final long[] shingles) {
        final String blogId = entry.getBlogId();
        final ItemRetention.Counters counters = retention.counters(blogId);
        final DedupItem item = DedupItem.newBuilder()
                .setCanonicalId(entry.getUpdateId() == null ? EntryIds.canonicalId(fingerprint)
                        : EntryIds.updateCanonicalId(blogId, entry.getUpdateId()))
                .setBlogId(blogId)
                .setSeq(counters.next())
                .setText(entry.getText())
                .setMemberEntryIds(List.of(entry.getEntryId()))
                .setOriginSources(List.of(entry.getSource()))
                .setOriginLines(List.of(entry.getPosition()))
                .setFingerprints(updateKey == null ? List.of(exactKey) : List.of(exactKey, updateKey))
                .setFirstSeenAt(entry.getIngestedAt())
                .setLastUpdatedAt(entry.getIngestedAt())
                .build();
        stores.items().put(item.getCanonicalId(), item);
        index.add(blogId, item.getCanonicalId(), shingles, profile.sketch());
        // the item that makes room goes before this one is indexed, so what it takes with it is never this one's
        retention.track(item, counters);
        if (updateKey == null) {
            putExact(blogId, exactKey, item.getCanonicalId());
        } else {
            indexText(blogId, exactKey, item.getCanonicalId(), normalized);
            stores.exactIndex().put(updateKey, item.getCanonicalId());
        }
        return new Outcome(Records.canonical(item, entry), null);
    }

    /** Whether an item was made by an update its source names. */
    private static boolean named(final DedupItem item) {
        return item.getFingerprints().stream().anyMatch(DedupStores::isUpdateKey);
    }

    private static String explain(final Repeat repeat, final String canonicalId) {
        return switch (repeat.kind()) {
            case EXACT -> "exact repeat of " + canonicalId + " after normalisation";
            case NEAR -> String.format(Locale.ROOT, "near repeat of %s (similarity %.2f)", canonicalId,
                    repeat.similarity());
            case CONTAINED -> String.format(Locale.ROOT, "%s %s (containment %.2f)",
                    repeat.incomingIsFuller() ? "contains and extends" : "contained in", canonicalId,
                    repeat.similarity());
        };
    }

    private static <T> List<T> append(final List<T> list, final T value) {
        final List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(value);
        return copy;
    }

    /** The list with the element at {@code index} (or none, when -1) removed and {@code value} appended. */
    private static <T> List<T> moveToEnd(final List<T> list, final int index, final T value) {
        final List<T> moved = new ArrayList<>(list);
        if (index >= 0) {
            moved.remove(index);
        }
        moved.add(value);
        return moved;
    }

    private static Instant later(final Instant a, final Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
