package dev.liveblog.processor.enrich;

import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.text.TextNormalizer;
import dev.liveblog.processor.text.QuotedSpans;
import dev.liveblog.schema.Attribution;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Entity;
import dev.liveblog.schema.EntityType;
import dev.liveblog.schema.Origin;
import dev.liveblog.schema.Quote;
import dev.liveblog.schema.TimeMention;
import dev.liveblog.schema.Topic;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the enrichment fields of a canonical item: its people, organisations and places; its quotations with
 * their speakers; the outlets and agencies it is credited to; its times in UTC and its days; its topics.
 *
 * <p>A quotation that continues the paragraph above it ("He added: ...", a paragraph that opens a quotation
 * without closing it, an unattributed quotation) takes the speaker in force after the line above. Pages list
 * entries newest first, so that line usually arrives later; the item then waits, and when the line above is read
 * the item is enriched again and emitted as a new version. This stage owns the canonical version numbers, so
 * every emitted version of an item is one higher than the last.
 */
public final class Enricher {

    /** Stores of emitted items, so a waiting item can be enriched again. */
    public interface EmittedItems {

        CanonicalEntry emitted(String canonicalId);

        void rememberEmitted(CanonicalEntry item);
    }

    /** Heads of descriptions of unnamed speakers: "the source" is the source the blog quoted last. */
    private static final Set<String> ANONYMOUS_HEADS = Set.of("source", "sources", "official", "officials",
            "diplomat", "diplomats", "aide", "negotiator", "witness", "insider", "person");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern ANONYMOUS_SAYS = Pattern.compile(
            "\\b((?i:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?i:source|official|diplomat|spokesperson|aide|negotiator))"
                    + "\\s+(?i:said|says|told|added|has said)\\b");

    private final Supplier<EntityCatalog> catalog;
    private final NameMemory names;
    private final SpeakerMemory speakers;
    private final TopicTagger topics;
    private final EmittedItems emitted;

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
    }

    /**
     * The item with its enrichment fields filled from its text, against the blog's date and zone, followed by
     * any earlier items that were waiting for this one's line and now have their speakers.
     */
    public List<CanonicalEntry> enrich(final CanonicalEntry item, final LocalDate blogDate, final ZoneId blogZone) {
        final String text = item.getText();
        final String blogId = item.getBlogId();
        final Origin origin = item.getOrigins().get(item.getOrigins().size() - 1);
        final Optional<Optional<SpeakerMemory.Speaker>> above = lineAbove(blogId, origin);
        if (above.isEmpty()) {
            speakers.await(blogId, origin.getSource(), origin.getLine() - 1,
                    new SpeakerMemory.Waiting(origin.getLine(), item.getCanonicalId()));
        }
        final EntityExtractor.Extraction extraction = new EntityExtractor(catalog.get(), names)
                .extract(blogId, text, blogZone);
        final List<Mention> mentions = extraction.mentions();
        extraction.open().forEach(key -> names.awaitName(blogId, key, item.getCanonicalId()));
        final Quotes quotes = quotes(item, mentions, above.flatMap(s -> s));
        // A speaker known only by a short name ("He added:" after "Mr Pruitt said") waits for the full name too.
        quotes.quotes().stream().filter(q -> q.getSpeakerId() != null && q.getSpeaker().indexOf(' ') < 0)
                .forEach(q -> names.awaitName(blogId, EntityExtractor.PERSON + q.getSpeaker(), item.getCanonicalId()));
        final CanonicalEntry enriched = versioned(CanonicalEntry.newBuilder(item)
                .setEntities(entities(mentions))
                .setQuotes(quotes.quotes())
                .setAttributions(attributions(mentions))
                .setTimeMentions(times(text, blogDate, blogZone))
                .setPublishedAt(TimeMentionFinder.postTime(text, blogDate, blogZone).orElse(null))
                .setTopics(topics.tag(text).stream().map(t -> new Topic(t.label(), t.triggers())).toList())
                .build());
        final List<CanonicalEntry> out = new ArrayList<>();
        out.add(enriched);
        if (quotes.settled() || above.isPresent()) {
            release(blogId, origin, quotes.last(), out);
        }
        for (final String key : extraction.learned()) {
            for (final String waiting : names.takeAwaiting(blogId, key)) {
                if (!waiting.equals(item.getCanonicalId())) {
                    renamed(blogId, waiting, out);
                }
            }
        }
        return out;
    }

    /**
     * Enriches again an item that named a person short before the blog gave the full name (pages list entries
     * newest first, so "Mr X" usually arrives first): its entities and its quotations' speakers.
     */
    private void renamed(final String blogId, final String canonicalId, final List<CanonicalEntry> out) {
        final CanonicalEntry item = emitted.emitted(canonicalId);
        if (item == null) {
            return;
        }
        final List<Mention> mentions = new EntityExtractor(catalog.get(), names)
                .extract(blogId, item.getText(), null).mentions();
        final Origin origin = item.getOrigins().get(item.getOrigins().size() - 1);
        final Quotes quotes = quotes(item, mentions, lineAbove(blogId, origin).flatMap(s -> s));
        final List<Entity> entities = entities(mentions);
        if (!entities.equals(item.getEntities()) || !quotes.quotes().equals(item.getQuotes())) {
            out.add(versioned(CanonicalEntry.newBuilder(item).setEntities(entities).setQuotes(quotes.quotes())
                    .setAttributions(attributions(mentions)).build()));
        }
    }

    private Optional<Optional<SpeakerMemory.Speaker>> lineAbove(final String blogId, final Origin origin) {
        if (origin.getLine() <= 1) {
            return Optional.of(Optional.empty());
        }
        return speakers.speakerAfterLine(blogId, origin.getSource(), origin.getLine() - 1);
    }

    /**
     * Records the speaker in force after a line, and enriches again the items that waited for it, line after line
     * down the page (a work list, not recursion: a page can be long). An item without quotations passes the
     * speaker on unchanged; one whose quotations take it is emitted again when they change.
     */
    private void release(final String blogId, final Origin origin, final Optional<SpeakerMemory.Speaker> speaker,
                         final List<CanonicalEntry> out) {
        final java.util.ArrayDeque<Map.Entry<Integer, Optional<SpeakerMemory.Speaker>>> work = new java.util.ArrayDeque<>();
        work.add(Map.entry(origin.getLine(), speaker));
        while (!work.isEmpty()) {
            final Map.Entry<Integer, Optional<SpeakerMemory.Speaker>> next = work.poll();
            final int line = next.getKey();
            speakers.rememberSpeakerAfterLine(blogId, origin.getSource(), line, next.getValue());
            final List<SpeakerMemory.Waiting> waiting = speakers.waitingFor(blogId, origin.getSource(), line);
            speakers.stopWaiting(blogId, origin.getSource(), line);
            for (final SpeakerMemory.Waiting w : waiting) {
                work.add(Map.entry(w.line(), reenrich(blogId, w.canonicalId(), next.getValue(), out)));
            }
        }
    }

    /** Enriches a waiting item's quotations again with the speaker of the line above; the speaker after it. */
    private Optional<SpeakerMemory.Speaker> reenrich(final String blogId, final String canonicalId,
                                                     final Optional<SpeakerMemory.Speaker> above,
                                                     final List<CanonicalEntry> out) {
        final CanonicalEntry item = emitted.emitted(canonicalId);
        if (item == null || (item.getQuotes().isEmpty() && anonymousSource(item.getText()).isEmpty())) {
            return above;
        }
        final List<Mention> mentions = new EntityExtractor(catalog.get(), names)
                .extract(blogId, item.getText(), null).mentions();
        final Quotes quotes = quotes(item, mentions, above);
        if (!quotes.quotes().equals(item.getQuotes())) {
            out.add(versioned(CanonicalEntry.newBuilder(item).setQuotes(quotes.quotes()).build()));
        }
        return quotes.last();
    }

    private CanonicalEntry versioned(final CanonicalEntry item) {
        final CanonicalEntry last = emitted.emitted(item.getCanonicalId());
        final CanonicalEntry next = CanonicalEntry.newBuilder(item)
                .setVersion(last == null ? item.getVersion() : Math.max(item.getVersion(), last.getVersion() + 1))
                .build();
        emitted.rememberEmitted(next);
        return next;
    }

    private static List<Entity> entities(final List<Mention> mentions) {
        return mentions.stream()
                .map(m -> new Entity(m.id(), m.name(), m.type(), m.text(), m.start(), m.end(), m.known()))
                .toList();
    }

    private static List<Attribution> attributions(final List<Mention> mentions) {
        final Set<String> sources = new LinkedHashSet<>();
        mentions.stream().filter(Mention::agency).forEach(m -> sources.add(m.name()));
        return sources.stream().map(Attribution::new).toList();
    }

    private static List<TimeMention> times(final String text, final LocalDate date, final ZoneId zone) {
        return TimeMentionFinder.find(text, date, zone).stream()
                .map(t -> new TimeMention(t.mention(), t.start(), t.end(), t.utc(), t.date()))
                .toList();
    }

    /**
     * The quotations of an item, the speaker in force after the item, and whether the item itself settles who
     * that is (a named or described speaker), rather than carrying on the speaker of the line above.
     */
    private record Quotes(List<Quote> quotes, Optional<SpeakerMemory.Speaker> last, boolean settled) {
    }

    private Quotes quotes(final CanonicalEntry item, final List<Mention> mentions,
                          final Optional<SpeakerMemory.Speaker> above) {
        final String blogId = item.getBlogId();
        final String text = item.getText();
        Optional<SpeakerMemory.Speaker> current = above.map(s -> fullName(blogId, s));
        boolean settled = false;
        final Optional<SpeakerMemory.Speaker> source = anonymousSource(text);
        if (source.isPresent()) {
            current = source;
            settled = true;
        }
        final List<Quote> quotes = new ArrayList<>();
        for (final QuoteFinder.Found found : QuoteFinder.find(text, mentions)) {
            final Optional<SpeakerMemory.Speaker> speaker = ownSpeaker(blogId, text, found, mentions);
            final Optional<SpeakerMemory.Speaker> resolved = speaker.isPresent() ? speaker : current;
            settled |= speaker.isPresent();
            resolved.ifPresent(s -> speakers.rememberSpeaker(blogId, s));
            current = resolved;
            final SpeakerMemory.KnownQuote known = quoteId(blogId, found.text(), item.getCanonicalId());
            quotes.add(new Quote(known.quoteId(), found.text(), resolved.map(SpeakerMemory.Speaker::name).orElse(null),
                    resolved.map(SpeakerMemory.Speaker::id).orElse(null), found.verb(), channel(found, mentions),
                    known.firstSeenIn()));
        }
        return new Quotes(quotes, current, settled);
    }

    /**
     * The speaker the entry itself gives a quotation, or empty when it refers back (a pronoun with no person
     * before it, no attribution): the one its attribution names or describes; for a definite description ("the
     * premier"), the person the blog last named with that role; for a pronoun, the person the entry names before
     * the quotation. What refers back takes the speaker in force in the entry, or after the line above; never the
     * blog's last speaker of another post, so an unnamed speaker is never taken for the last named one.
     */
    private Optional<SpeakerMemory.Speaker> ownSpeaker(final String blogId, final String text,
                                                       final QuoteFinder.Found found, final List<Mention> mentions) {
        return switch (found.kind()) {
            case NAMED -> Optional.of(named(blogId, found, mentions));
            case DESCRIBED -> Optional.of(new SpeakerMemory.Speaker(found.speakerText(), null));
            case DEFINITE -> Optional.of(definite(blogId, found));
            case PRONOUN -> personBefore(blogId, text, found, mentions);
            case NONE -> Optional.empty();
        };
    }

    /** The entity the attribution names: the mention at its place, else its words. */
    private SpeakerMemory.Speaker named(final String blogId, final QuoteFinder.Found found,
                                        final List<Mention> mentions) {
        final int start = found.speakerStart();
        final int end = start + found.speakerText().length();
        Mention named = null;
        for (final Mention m : mentions) {
            if (m.type() != EntityType.PLACE && m.start() < end && start < m.end()
                    && (named == null || m.type() == EntityType.PERSON)) {
                named = m;
            }
        }
        return named != null ? fullName(blogId, new SpeakerMemory.Speaker(named.name(), named.id()))
                : new SpeakerMemory.Speaker(found.speakerText(), null);
    }

    /** "the premier": the person the blog last named with that role; "the source": the last unnamed speaker. */
    private SpeakerMemory.Speaker definite(final String blogId, final QuoteFinder.Found found) {
        final String[] words = found.speakerText().toLowerCase(Locale.ROOT).split("\\s+");
        final String head = words[words.length - 1];
        final dev.liveblog.processor.enrich.names.Found role = names.recall(blogId, EntityExtractor.ROLE + head);
        if (role != null && words[0].equals("the")) {
            return new SpeakerMemory.Speaker(role.name(), role.id());
        }
        if (ANONYMOUS_HEADS.contains(head) && words[0].equals("the")) {
            return speakers.lastSpeaker(blogId, true).orElse(new SpeakerMemory.Speaker(found.speakerText(), null));
        }
        return new SpeakerMemory.Speaker(found.speakerText(), null);
    }

    /**
     * Whom "he" is: the subject of the nearest sentence before the quotation that names a person (its first
     * person), within the entry.
     */
    private Optional<SpeakerMemory.Speaker> personBefore(final String blogId, final String text,
                                                         final QuoteFinder.Found found, final List<Mention> mentions) {
        Mention subject = null;
        int subjectSentence = -1;
        for (final Mention m : mentions) {
            if (m.type() != EntityType.PERSON || m.end() > found.start()) {
                continue;
            }
            final int sentence = sentenceOf(text, m.start());
            if (sentence > subjectSentence) {
                subject = m;
                subjectSentence = sentence;
            }
        }
        return Optional.ofNullable(subject).map(p -> fullName(blogId, new SpeakerMemory.Speaker(p.name(), p.id())));
    }

    /** The start of the sentence an offset is in. */
    private static int sentenceOf(final String text, final int offset) {
        return Sentences.start(text, offset);
    }

    /** A speaker named short ("Pruitt") as the person the blog has since named in full. */
    private SpeakerMemory.Speaker fullName(final String blogId, final SpeakerMemory.Speaker speaker) {
        if (speaker.id() == null || speaker.name().indexOf(' ') >= 0) {
            return speaker;
        }
        final dev.liveblog.processor.enrich.names.Found full = names.recall(blogId, EntityExtractor.PERSON + speaker.name());
        return full == null ? speaker : new SpeakerMemory.Speaker(full.name(), full.id());
    }

    /** "a senior diplomatic source said ..." without a quotation still tells who "the source" is later. */
    private static Optional<SpeakerMemory.Speaker> anonymousSource(final String text) {
        final Matcher m = ANONYMOUS_SAYS.matcher(QuotedSpans.outsideQuotes(text));
        SpeakerMemory.Speaker last = null;
        while (m.find()) {
            last = new SpeakerMemory.Speaker(m.group(1), null);
        }
        return Optional.ofNullable(last);
    }

    private static String channel(final QuoteFinder.Found found, final List<Mention> mentions) {
        if (found.channel() == null) {
            return null;
        }
        return mentions.stream().filter(m -> found.channel().startsWith(m.text())).map(Mention::name).findFirst()
                .orElse(found.channel());
    }

    private SpeakerMemory.KnownQuote quoteId(final String blogId, final String text, final String canonicalId) {
        final String normalized = normalizeQuote(text);
        final Optional<SpeakerMemory.KnownQuote> known = speakers.quoteOverlapping(blogId, normalized);
        if (known.isPresent()) {
            if (normalized.length() > known.get().normalizedText().length()) {
                speakers.rememberQuote(blogId, new SpeakerMemory.KnownQuote(known.get().quoteId(), normalized,
                        known.get().firstSeenIn()));
            }
            return known.get();
        }
        final SpeakerMemory.KnownQuote quote = new SpeakerMemory.KnownQuote(
                "q-" + EntryIds.fingerprint(blogId, normalized), normalized, canonicalId);
        speakers.rememberQuote(blogId, quote);
        return quote;
    }

    /** Quote text for comparison: normalised, letters, digits and single spaces only. */
    static String normalizeQuote(final String text) {
        final String kept = NOT_LETTER_OR_DIGIT.matcher(TextNormalizer.normalize(text)).replaceAll("");
        return SPACES.matcher(kept).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
