package dev.liveblog.processor.enrich;

import dev.liveblog.processor.output.Records;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Quote;
import dev.liveblog.schema.QuoteEvent;
import dev.liveblog.schema.QuoteOccurrence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.avro.SchemaNormalization;

/**
 * Keeps the quote-centred view: for each distinct quotation of a blog, its fullest text, its speaker, how many
 * items carry it and the latest of them. A new version of a quotation's event is produced only when an item adds
 * or changes an occurrence, so re-emitting an item with the same quotes produces nothing.
 *
 * <p>An event lists at most {@code limit} occurrences: a quotation repeated by hundreds of items would otherwise
 * make every new version, and the stored value, as long as all of them, and in time longer than a record may be.
 * Which items carry a quotation, and what each gave, is kept apart as one small key per pair
 * ({@link Occurrences}), so that an item's new version is told from a new item after it left the list.
 */
public final class QuoteCollector {

    /** What the collector knows of each item carrying a quotation: a fingerprint of its occurrence. */
    public interface Occurrences {

        /** The fingerprint of the item's occurrence of the quotation, or null when the item carries none. */
        Long get(String quoteId, String canonicalId);

        void put(String quoteId, String canonicalId, long fingerprint);

        /** Forgets the pair; whether it was known. */
        boolean remove(String quoteId, String canonicalId);

        /** Forgets every item of the quotation; how many there were. */
        int removeAll(String quoteId);
    }

    private final Function<String, QuoteEvent> lookup;
    private final Consumer<QuoteEvent> store;
    private final Occurrences occurrences;
    private final int limit;

    /**
     * @param lookup the current event of a quote id, or null
     * @param store saves an event
     * @param occurrences which items carry which quotation
     * @param limit how many of its latest occurrences an event lists
     */
    public QuoteCollector(final Function<String, QuoteEvent> lookup, final Consumer<QuoteEvent> store,
                          final Occurrences occurrences, final int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an event lists at least one occurrence, not " + limit);
        }
        this.lookup = lookup;
        this.store = store;
        this.occurrences = occurrences;
        this.limit = limit;
    }

    /** The events to publish for an item's quotations: new quotations and changed ones. */
    public List<QuoteEvent> collect(final CanonicalEntry item) {
        final List<QuoteEvent> changed = new ArrayList<>();
        for (final Quote quote : item.getQuotes()) {
            final QuoteOccurrence occurrence = new QuoteOccurrence(item.getCanonicalId(), quote.getText(),
                    quote.getSpeaker());
            final QuoteEvent stored = lookup.apply(quote.getQuoteId());
            final QuoteEvent known = stored == null ? null : counted(stored, occurrences);
            final long fingerprint = fingerprint(occurrence);
            final Long before = known == null ? null : occurrences.get(quote.getQuoteId(), item.getCanonicalId());
            if (before != null && before == fingerprint) {
                continue;
            }
            occurrences.put(quote.getQuoteId(), item.getCanonicalId(), fingerprint);
            final QuoteEvent next = known == null ? first(item, quote, occurrence)
                    : merge(known, quote, occurrence, before == null);
            store.accept(next);
            changed.add(next);
        }
        return changed;
    }

    /**
     * The quotation's event without a forgotten item's occurrence: null when no item is left, the same event when
     * the item had none (counted, when it was of schema version 1). Not published: the quotation did not change,
     * the state only forgets.
     */
    public static QuoteEvent without(final QuoteEvent stored, final String canonicalId,
                                     final Occurrences occurrences) {
        final QuoteEvent event = counted(stored, occurrences);
        if (!occurrences.remove(event.getQuoteId(), canonicalId)) {
            return event;
        }
        if (event.getOccurrenceCount() <= 1) {
            return null;
        }
        final List<QuoteOccurrence> rest = new ArrayList<>(event.getOccurrences());
        final int index = indexOf(rest, canonicalId);
        if (index >= 0) {
            rest.remove(index);
        }
        final QuoteEvent shorter = Records.copyOf(event);
        shorter.setOccurrences(rest);
        shorter.setOccurrenceCount(event.getOccurrenceCount() - 1);
        return shorter;
    }

    /**
     * The event with its count: an event of schema version 1 (count 0) lists every item, and its items are
     * recorded as occurrences once, so that the list can be shortened from then on.
     */
    private static QuoteEvent counted(final QuoteEvent event, final Occurrences occurrences) {
        if (event.getOccurrenceCount() > 0) {
            return event;
        }
        for (final QuoteOccurrence occurrence : event.getOccurrences()) {
            occurrences.put(event.getQuoteId(), occurrence.getCanonicalId(), fingerprint(occurrence));
        }
        final QuoteEvent counted = Records.copyOf(event);
        counted.setOccurrenceCount(event.getOccurrences().size());
        return counted;
    }

    private static QuoteEvent first(final CanonicalEntry item, final Quote quote, final QuoteOccurrence occurrence) {
        return QuoteEvent.newBuilder()
                .setQuoteId(quote.getQuoteId()).setBlogId(item.getBlogId()).setVersion(1).setText(quote.getText())
                .setSpeaker(quote.getSpeaker()).setSpeakerId(quote.getSpeakerId())
                .setFirstSeenIn(quote.getFirstSeenIn()).setOccurrences(List.of(occurrence)).setOccurrenceCount(1)
                .build();
    }

    /** The event with this occurrence added or replaced, its oldest listed occurrences dropped beyond the limit. */
    private QuoteEvent merge(final QuoteEvent known, final Quote quote, final QuoteOccurrence occurrence,
                             final boolean newItem) {
        final List<QuoteOccurrence> listed = new ArrayList<>(known.getOccurrences());
        final int index = indexOf(listed, occurrence.getCanonicalId());
        if (index >= 0) {
            listed.set(index, occurrence);
        } else {
            listed.add(occurrence);
        }
        final List<QuoteOccurrence> latest = listed.size() > limit
                ? new ArrayList<>(listed.subList(listed.size() - limit, listed.size())) : listed;
        final boolean fuller = quote.getText().length() > known.getText().length();
        final boolean speaks = quote.getSpeaker() != null && (fuller || known.getSpeaker() == null);
        final QuoteEvent next = Records.copyOf(known);
        next.setVersion(known.getVersion() + 1);
        next.setText(fuller ? quote.getText() : known.getText());
        next.setSpeaker(speaks ? quote.getSpeaker() : known.getSpeaker());
        next.setSpeakerId(speaks ? quote.getSpeakerId() : known.getSpeakerId());
        next.setOccurrences(latest);
        next.setOccurrenceCount(known.getOccurrenceCount() + (newItem ? 1 : 0));
        return next;
    }

    /** The occurrence's text and speaker, to tell a changed occurrence from the same one re-emitted. */
    static long fingerprint(final QuoteOccurrence occurrence) {
        final String speaker = occurrence.getSpeaker() == null ? "\u0000" : "\u0001" + occurrence.getSpeaker();
        return SchemaNormalization.fingerprint64(
                (occurrence.getText() + '\u0000' + speaker).getBytes(StandardCharsets.UTF_8));
    }

    private static int indexOf(final List<QuoteOccurrence> occurrences, final String canonicalId) {
        for (int i = 0; i < occurrences.size(); i++) {
            if (occurrences.get(i).getCanonicalId().equals(canonicalId)) {
                return i;
            }
        }
        return -1;
    }
}
