package dev.liveblog.processor.enrich;

import dev.liveblog.processor.output.Records;
import dev.liveblog.schema.Attribution;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Entity;
import dev.liveblog.schema.Origin;
import dev.liveblog.schema.Quote;
import dev.liveblog.schema.TimeMention;
import dev.liveblog.schema.Topic;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Fills the enrichment fields of a canonical item: its people, organisations and places; its quotations with
 * their speakers; the outlets and agencies it is credited to; its times in UTC and its days; its post time; its
 * topics.
 *
 * <p>Two things an item says may only be known after it is emitted, since pages list entries newest first and the
 * producer sends them oldest first: the speaker in force after the line above ("He added: ..." continues the
 * paragraph above it), and the full name of a person it named short ("Mr Valtonen"). The item then waits, and is
 * enriched again and emitted as a new version when the line above is read or the full name arrives. Every line of a
 * page reports here, furniture and repeats too ({@link #line}), so a paragraph below an advertisement still finds
 * the speaker above it. This stage owns the canonical version numbers, so every emitted version of an item is one
 * higher than the last.
 */
public final class Enricher {

    /** Stores of emitted items, so a waiting item can be enriched again. */
    public interface EmittedItems {

        CanonicalEntry emitted(String canonicalId);

        void rememberEmitted(CanonicalEntry item);

        /**
         * The highest version of an item this stage has no memory of but emitted before its state was reset (0:
         * none), taken once: its next version is one higher, so readers keeping the highest version see it.
         */
        default int versionFloor(String blogId, String canonicalId) {
            return 0;
        }
    }

    private final Supplier<EntityCatalog> catalog;
    private final NameMemory names;
    private final SpeakerMemory speakers;
    private final TopicTagger topics;
    private final EmittedItems emitted;
    private final SpeakerResolver resolver;

    public Enricher(final EntityCatalog catalog, final NameMemory names, final SpeakerMemory speakers,
                    final TopicTagger topics, final EmittedItems emitted) {
        this(() -> catalog, names, speakers, topics, emitted);
    }

    /** An enricher whose catalog can change while it runs (reference data published at runtime). */
    public Enricher(final Supplier<EntityCatalog> catalog, final NameMemory names, final SpeakerMemory speakers,
                    final TopicTagger topics, final EmittedItems emitted) {
        this.catalog = catalog;
        this.names = names;
        this.speakers = speakers;
        this.topics = topics;
        this.emitted = emitted;
        this.resolver = new SpeakerResolver(names, speakers);
    }

    /** An item whose line is the previous line of its source, as plain-text sources without blank lines have. */
    public List<CanonicalEntry> enrich(final CanonicalEntry item, final LocalDate blogDate, final ZoneId blogZone) {
        final int line = last(item).getLine();
        return enrich(item, last(item).getSource(), blogDate, blogZone, line > 1 ? line - 1 : null);
    }

    /**
     * The item with its enrichment fields filled from its text, against the blog's date and zone, followed by
     * any earlier items that were waiting for this one's line or names and now have their speakers or full names.
     *
     * @param page the poll (snapshot of the page) the item's newest entry was read in; lines are read with the lines
     *             above them on the same page
     * @param above the position of the entry above the item's newest entry on its page, or null when none
     */
    public List<CanonicalEntry> enrich(final CanonicalEntry item, final String page, final LocalDate blogDate,
                                       final ZoneId blogZone, final Integer above) {
        final String text = item.getText();
        final String blogId = item.getBlogId();
        final Origin origin = last(item);
        speakers.rememberAbove(blogId, page, origin.getLine(), above);
        final Optional<Optional<SpeakerMemory.Speaker>> speakerAbove = lineAbove(blogId, page, above);
        if (speakerAbove.isEmpty()) {
            speakers.await(blogId, page, above,
                    new SpeakerMemory.Waiting(origin.getLine(), item.getCanonicalId(), false));
        }
        final EntityExtractor.Extraction extraction = new EntityExtractor(catalog.get(), names)
                .extract(blogId, text, blogZone);
        final List<Mention> mentions = extraction.mentions();
        final NameMemory.Waiter waiter = new NameMemory.Waiter(item.getCanonicalId(), page);
        extraction.open().forEach(key -> names.awaitName(blogId, key, waiter));
        final SpeakerResolver.Quotes quotes = resolver.quotes(item, mentions, speakerAbove.flatMap(s -> s));
        // the item's last version, read once: its channels, credits, version and link carry over
        final CanonicalEntry before = emitted.emitted(item.getCanonicalId());
        final List<Quote> withChannels = keepChannels(before, quotes.quotes());
        // A speaker known only by a short name ("He added:" after "Mr Brasher said") waits for the full name too.
        quotes.quotes().stream().filter(q -> q.getSpeakerId() != null && q.getSpeaker().indexOf(' ') < 0)
                .forEach(q -> names.awaitName(blogId, EntityExtractor.PERSON + q.getSpeaker(), waiter));
        final CanonicalEntry filled = Records.copyOf(item);
        filled.setEntities(entities(mentions));
        filled.setQuotes(withChannels);
        filled.setAttributions(attributions(before, mentions));
        filled.setTimeMentions(times(text, blogDate, blogZone));
        filled.setPublishedAt(item.getPublishedAt() != null ? item.getPublishedAt()
                : TimeMentionFinder.postTime(text, blogDate, blogZone).orElse(null));
        filled.setTopics(topics.tag(text).stream().map(t -> new Topic(t.label(), t.triggers())).toList());
        final CanonicalEntry enriched = versioned(filled, before);
        final List<CanonicalEntry> out = new ArrayList<>();
        out.add(enriched);
        if (quotes.settled() || speakerAbove.isPresent()) {
            release(blogId, page, origin.getLine(), quotes.last(), out);
        }
        for (final String key : extraction.learned()) {
            for (final NameMemory.Waiter waiting : names.takeAwaiting(blogId, key)) {
                if (!waiting.canonicalId().equals(item.getCanonicalId())) {
                    renamed(blogId, waiting, out);
                }
            }
        }
        return out;
    }

    /**
     * A line that is no item of its own: page furniture ({@code repeated} null), or an entry that repeats the
     * item {@code repeated} and adds nothing to it. It passes on the speaker of the line above it, or the repeated
     * item's last speaker, to the lines that wait below it.
     */
    public List<CanonicalEntry> line(final String blogId, final String page, final int line, final Integer above,
                                     final String repeated) {
        final Optional<Optional<SpeakerMemory.Speaker>> speakerAbove = lineAbove(blogId, page, above);
        final Optional<SpeakerMemory.Speaker> own = repeated == null ? Optional.empty() : lastSpeaker(repeated);
        final List<CanonicalEntry> out = new ArrayList<>();
        if (own.isPresent() || speakerAbove.isPresent()) {
            release(blogId, page, line, own.or(() -> speakerAbove.get()), out);
        } else {
            speakers.await(blogId, page, above, new SpeakerMemory.Waiting(line, repeated, true));
        }
        return out;
    }

    /**
     * Enriches again an item that named a person short before the blog gave the full name (pages list entries
     * newest first, so "Mr X" usually arrives first): its entities and its quotations' speakers.
     */
    private void renamed(final String blogId, final NameMemory.Waiter waiter, final List<CanonicalEntry> out) {
        final CanonicalEntry item = emitted.emitted(waiter.canonicalId());
        if (item == null) {
            return;
        }
        final List<Mention> mentions = new EntityExtractor(catalog.get(), names)
                .extract(blogId, item.getText(), null).mentions();
        final Origin origin = last(item);
        final String page = waiter.page() == null ? origin.getSource() : waiter.page();
        final Integer above = speakers.above(blogId, page, origin.getLine());
        final SpeakerResolver.Quotes quotes = resolver.quotes(item, mentions,
                lineAbove(blogId, page, above).flatMap(s -> s));
        final List<Entity> entities = entities(mentions);
        if (!entities.equals(item.getEntities()) || !quotes.quotes().equals(item.getQuotes())) {
            final CanonicalEntry renamed = Records.copyOf(item);
            renamed.setEntities(entities);
            renamed.setQuotes(quotes.quotes());
            renamed.setAttributions(attributions(item, mentions));
            out.add(versioned(renamed, item));
        }
    }

    /** The speaker in force after the line above, once read; empty inside: none. No line above: none. */
    private Optional<Optional<SpeakerMemory.Speaker>> lineAbove(final String blogId, final String page,
                                                                final Integer above) {
        if (above == null || above <= 0) {
            return Optional.of(Optional.empty());
        }
        return speakers.speakerAfterLine(blogId, page, above);
    }

    /**
     * Records the speaker in force after a line, and enriches again the items that waited for it, line after line
     * down the page (a work list, not recursion: a page can be long). An item without quotations, furniture and
     * a repeat pass the speaker on; an item whose quotations take it is emitted again when they change.
     */
    private void release(final String blogId, final String page, final int from,
                         final Optional<SpeakerMemory.Speaker> speaker, final List<CanonicalEntry> out) {
        final ArrayDeque<Released> work = new ArrayDeque<>();
        work.add(new Released(from, speaker));
        while (!work.isEmpty()) {
            final Released next = work.poll();
            speakers.rememberSpeakerAfterLine(blogId, page, next.line(), next.speaker());
            final List<SpeakerMemory.Waiting> waiting = speakers.waitingFor(blogId, page, next.line());
            if (!waiting.isEmpty()) {
                speakers.stopWaiting(blogId, page, next.line());
            }
            for (final SpeakerMemory.Waiting w : waiting) {
                final Optional<SpeakerMemory.Speaker> after = w.passesOn()
                        ? (w.canonicalId() == null ? Optional.<SpeakerMemory.Speaker>empty() : lastSpeaker(w.canonicalId()))
                        .or(next::speaker)
                        : reenrich(blogId, w.canonicalId(), next.speaker(), out);
                work.add(new Released(w.line(), after));
            }
        }
    }

    private record Released(int line, Optional<SpeakerMemory.Speaker> speaker) {
    }

    /** Enriches a waiting item's quotations again with the speaker of the line above; the speaker after it. */
    private Optional<SpeakerMemory.Speaker> reenrich(final String blogId, final String canonicalId,
                                                     final Optional<SpeakerMemory.Speaker> above,
                                                     final List<CanonicalEntry> out) {
        final CanonicalEntry item = emitted.emitted(canonicalId);
        if (item == null || (item.getQuotes().isEmpty()
                && SpeakerResolver.anonymousSource(item.getText()).isEmpty())) {
            return above;
        }
        final List<Mention> mentions = new EntityExtractor(catalog.get(), names)
                .extract(blogId, item.getText(), null).mentions();
        final SpeakerResolver.Quotes quotes = resolver.quotes(item, mentions, above);
        if (!quotes.quotes().equals(item.getQuotes())) {
            final CanonicalEntry requoted = Records.copyOf(item);
            requoted.setQuotes(quotes.quotes());
            out.add(versioned(requoted, item));
        }
        return quotes.last();
    }

    /**
     * The quotations with the channel an earlier version gave them when the text now has none: a fuller repeat
     * that drops "told Reuters" still quotes what was told to Reuters.
     */
    private static List<Quote> keepChannels(final CanonicalEntry before, final List<Quote> quotes) {
        if (before == null) {
            return quotes;
        }
        final List<Quote> kept = new ArrayList<>(quotes.size());
        for (final Quote quote : quotes) {
            final Quote earlier = before.getQuotes().stream()
                    .filter(q -> q.getQuoteId().equals(quote.getQuoteId()) && q.getChannel() != null).findFirst()
                    .orElse(null);
            kept.add(quote.getChannel() == null && earlier != null
                    ? Quote.newBuilder(quote).setChannel(earlier.getChannel()).build() : quote);
        }
        return kept;
    }

    /** The speaker of an item's last quotation, if it has one. */
    private Optional<SpeakerMemory.Speaker> lastSpeaker(final String canonicalId) {
        final CanonicalEntry item = emitted.emitted(canonicalId);
        if (item == null || item.getQuotes().isEmpty()) {
            return Optional.empty();
        }
        final Quote last = item.getQuotes().get(item.getQuotes().size() - 1);
        return Optional.ofNullable(last.getSpeaker()).map(s -> new SpeakerMemory.Speaker(s, last.getSpeakerId()));
    }

    /**
     * Numbers a new version, made by the caller for this call alone, so it is changed in place, after the item's
     * last emitted version ({@code last}, null for a new item).
     */
    private CanonicalEntry versioned(final CanonicalEntry next, final CanonicalEntry last) {
        next.setVersion(last == null ? emitted.versionFloor(next.getBlogId(), next.getCanonicalId()) + 1
                : last.getVersion() + 1);
        // a repeat without a source's permalink keeps the one its update gave
        if (next.getUrl() == null && last != null) {
            next.setUrl(last.getUrl());
        }
        emitted.rememberEmitted(next);
        return next;
    }

    private static Origin last(final CanonicalEntry item) {
        return item.getOrigins().get(item.getOrigins().size() - 1);
    }

    private static List<Entity> entities(final List<Mention> mentions) {
        return mentions.stream()
                .map(m -> new Entity(m.id(), m.name(), m.type(), m.text(), m.start(), m.end(), m.known()))
                .toList();
    }

    /**
     * The outlets and agencies the item is credited to: those its text names, and those an earlier version named
     * (a fuller repeat that dropped "told Reuters" still carries what Reuters told).
     */
    private static List<Attribution> attributions(final CanonicalEntry before, final List<Mention> mentions) {
        final Set<String> sources = new LinkedHashSet<>();
        mentions.stream().filter(Mention::agency).forEach(m -> sources.add(m.name()));
        if (before != null) {
            before.getAttributions().forEach(a -> sources.add(a.getSource()));
        }
        return sources.stream().map(Attribution::new).toList();
    }

    private static List<TimeMention> times(final String text, final LocalDate date, final ZoneId zone) {
        return TimeMentionFinder.find(text, date, zone).stream()
                .map(t -> new TimeMention(t.mention(), t.start(), t.end(), t.utc(), t.date()))
                .toList();
    }
}
