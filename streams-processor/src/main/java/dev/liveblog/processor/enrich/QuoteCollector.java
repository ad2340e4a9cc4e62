package dev.liveblog.processor.enrich;

import dev.liveblog.processor.output.Records;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Quote;
import dev.liveblog.schema.QuoteEvent;
import dev.liveblog.schema.QuoteOccurrence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Consumer;

/**
 * Keeps the quote-centred view: for each distinct quotation of a blog, its fullest text, its speaker and every
 * item that carries it. A new version of a quotation's event is produced only when an item adds or changes an
 * occurrence, so re-emitting an item with the same quotes produces nothing.
 */
public final class QuoteCollector {

    private final Function<String, QuoteEvent> lookup;
    private final Consumer<QuoteEvent> store;

    /**
     * @param lookup the current event of a quote id, or null
     * @param store saves an event
     */
    public QuoteCollector(final Function<String, QuoteEvent> lookup, final Consumer<QuoteEvent> store) {
        this.lookup = lookup;
        this.store = store;
    }

    /** The events to publish for an item's quotations: new quotations and changed ones. */
    public List<QuoteEvent> collect(final CanonicalEntry item) {
        final List<QuoteEvent> changed = new ArrayList<>();
        for (final Quote quote : item.getQuotes()) {
            final QuoteOccurrence occurrence = new QuoteOccurrence(item.getCanonicalId(), quote.getText(),
                    quote.getSpeaker());
            final QuoteEvent known = lookup.apply(quote.getQuoteId());
            final QuoteEvent next = known == null ? first(item, quote, occurrence) : merge(known, quote, occurrence);
            if (next != null) {
                store.accept(next);
                changed.add(next);
            }
        }
        return changed;
    }

    /**
     * The quotation's event without the occurrence in an item that is forgotten: null when no item is left, the
     * same event when the item had none. Not published: the quotation did not change, the state only forgets.
     */
    public static QuoteEvent without(final QuoteEvent event, final String canonicalId) {
        final int index = indexOf(event.getOccurrences(), canonicalId);
        if (index < 0) {
            return event;
        }
        if (event.getOccurrences().size() == 1) {
            return null;
        }
        final List<QuoteOccurrence> rest = new ArrayList<>(event.getOccurrences());
        rest.remove(index);
        final QuoteEvent shorter = Records.copyOf(event);
        shorter.setOccurrences(rest);
        return shorter;
    }

    private static QuoteEvent first(final CanonicalEntry item, final Quote quote, final QuoteOccurrence occurrence) {
        return QuoteEvent.newBuilder()
                .setQuoteId(quote.getQuoteId()).setBlogId(item.getBlogId()).setVersion(1).setText(quote.getText())
                .setSpeaker(quote.getSpeaker()).setSpeakerId(quote.getSpeakerId())
                .setFirstSeenIn(quote.getFirstSeenIn()).setOccurrences(List.of(occurrence))
                .build();
    }

    /** The event with this occurrence added or replaced; null when nothing changes. */
    private static QuoteEvent merge(final QuoteEvent known, final Quote quote, final QuoteOccurrence occurrence) {
        final List<QuoteOccurrence> occurrences = new ArrayList<>(known.getOccurrences());
        final int index = indexOf(occurrences, occurrence.getCanonicalId());
        if (index >= 0 && occurrences.get(index).equals(occurrence)) {
            return null;
        }
        if (index >= 0) {
            occurrences.set(index, occurrence);
        } else {
            occurrences.add(occurrence);
        }
        final boolean fuller = quote.getText().length() > known.getText().length();
        final boolean speaks = quote.getSpeaker() != null && (fuller || known.getSpeaker() == null);
        final QuoteEvent next = Records.copyOf(known);
        next.setVersion(known.getVersion() + 1);
        next.setText(fuller ? quote.getText() : known.getText());
        next.setSpeaker(speaks ? quote.getSpeaker() : known.getSpeaker());
        next.setSpeakerId(speaks ? quote.getSpeakerId() : known.getSpeakerId());
        next.setOccurrences(occurrences);
        return next;
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
