package dev.liveblog.processor.enrich;

import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.text.TextNormalizer;
import dev.liveblog.processor.text.LeadingScan;
import dev.liveblog.processor.text.QuotedSpans;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.EntityType;
import dev.liveblog.schema.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Gives an item's quotations their speakers and ids ({@link QuoteFinder} finds them and how the entry attributes
 * them), against what the blog said before: the people it named with a role, its last unnamed source, the
 * speaker in force after the line above, the quotations it carried.
 */
final class SpeakerResolver {

    /** Heads of descriptions of unnamed speakers: "the source" is the source the blog quoted last. */
    private static final Set<String> ANONYMOUS_HEADS = Set.of("source", "sources", "official", "officials",
            "diplomat", "diplomats", "aide", "negotiator", "witness", "insider", "person");
    /** The nouns of an unnamed source; a text without any of them is not matched against the pattern at all. */
    private static final List<String> UNNAMED_NOUNS = List.of("source", "official", "diplomat", "spokesperson",
            "aide", "negotiator");
    private static final Pattern ANONYMOUS_SAYS = Pattern.compile(String.format(Locale.ROOT,
            "\\b((?i:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?i:%1$s))\\s+(?i:said|says|told|added|has said)\\b"
                    + "|\\baccording to ((?i:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?i:%1$s))\\b",
            String.join("|", UNNAMED_NOUNS)));
    /**
     * Every unnamed source starts a word with "a", "an" or "according" (ASCII case-insensitive: "a" or "A"), so the
     * character after its "a" is a space, an "n" or a "c".
     */
    static final LeadingScan ANONYMOUS_SCAN = new LeadingScan(ANONYMOUS_SAYS, "aA",
            (text, at) -> !LeadingScan.wordChar(text.charAt(at - 1)) && at + 1 < text.length()
                    && ("nNc".indexOf(text.charAt(at + 1)) >= 0 || Character.isWhitespace(text.charAt(at + 1))));

    /** What follows a person who reports something: "said", or an apposition and "said"; tried at the start alone. */
    private static final Pattern REPORTS = Pattern.compile(
            "^(?:,[^;\"\u201C\u201D]{1,160}?,)?\\s(?:said|says|told|added|warned|announced|insisted|confirmed)\\b");

    private final NameMemory names;
    private final SpeakerMemory speakers;

    SpeakerResolver(final NameMemory names, final SpeakerMemory speakers) {
        this.names = names;
        this.speakers = speakers;
    }

    /**
     * The quotations of an item, the speaker in force after the item, and whether the item itself settles who
     * that is (a named or described speaker), rather than carrying on the speaker of the line above.
     */
    record Quotes(List<Quote> quotes, Optional<SpeakerMemory.Speaker> last, boolean settled) {
    }

    Quotes quotes(final CanonicalEntry item, final List<Mention> mentions,
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
            final Optional<SpeakerMemory.Speaker> speaker = ownSpeaker(blogId, text, found, mentions, current);
            final Optional<SpeakerMemory.Speaker> resolved = speaker.isPresent() ? speaker : current;
            settled |= speaker.isPresent();
            resolved.ifPresent(s -> speakers.rememberSpeaker(blogId, s));
            current = resolved;
            final SpeakerMemory.KnownQuote known = quoteId(blogId, found.text(), item.getCanonicalId());
            quotes.add(new Quote(known.quoteId(), found.text(), resolved.map(SpeakerMemory.Speaker::name).orElse(null),
                    resolved.map(SpeakerMemory.Speaker::id).orElse(null), found.verb(), channel(found, mentions),
                    known.firstSeenIn()));
        }
        if (quotes.isEmpty()) {
            // "Interior Minister X told a briefing that ..." / "She added: "...": who spoke without
            // being quoted is the speaker of a quotation on the next line.
            final Optional<SpeakerMemory.Speaker> reporting = reportingPerson(text, mentions)
                    .map(p -> fullName(blogId, new SpeakerMemory.Speaker(p.name(), p.id())));
            if (reporting.isPresent()) {
                current = reporting;
                settled = true;
            }
        }
        return new Quotes(quotes, current, settled);
    }

    /**
     * The last person the text has report something: a name before a reporting verb ("X said"), maybe with an
     * apposition between ("X, a geophysicist at ..., said").
     */
    private static Optional<Mention> reportingPerson(final String text, final List<Mention> mentions) {
        Mention last = null;
        for (final Mention m : mentions) {
            if (m.type() == EntityType.PERSON
                    && REPORTS.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 180))).lookingAt()) {
                last = m;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The speaker the entry itself gives a quotation, or empty when it refers back (a pronoun with no person
     * before it, no attribution): the one its attribution names or describes; for a definite description ("the
     * premier"), the person the blog last named with that role; for a pronoun, the person the entry names before
     * the quotation. What refers back takes the speaker in force in the entry, or after the line above; never the
     * blog's last speaker of another post, so an unnamed speaker is never taken for the last named one.
     */
    private Optional<SpeakerMemory.Speaker> ownSpeaker(final String blogId, final String text,
                                                       final QuoteFinder.Found found, final List<Mention> mentions,
                                                       final Optional<SpeakerMemory.Speaker> current) {
        return switch (found.kind()) {
            case NAMED -> Optional.of(named(blogId, found, mentions));
            case DESCRIBED -> Optional.of(new SpeakerMemory.Speaker(found.speakerText(), null));
            case DEFINITE -> Optional.of(definite(blogId, found, current));
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

    /**
     * "the premier": the person the blog last named with that role; "the source": the unnamed speaker in force (of
     * the entry, or after the line above it), else the blog's last unnamed speaker.
     */
    private SpeakerMemory.Speaker definite(final String blogId, final QuoteFinder.Found found,
                                           final Optional<SpeakerMemory.Speaker> current) {
        final String[] words = found.speakerText().toLowerCase(Locale.ROOT).split("\\s+");
        final String head = words[words.length - 1];
        final dev.liveblog.processor.enrich.names.Found role = names.recall(blogId, EntityExtractor.ROLE + head);
        if (role != null && words[0].equals("the")) {
            return new SpeakerMemory.Speaker(role.name(), role.id());
        }
        if (ANONYMOUS_HEADS.contains(head) && words[0].equals("the")) {
            if (current.isPresent() && current.get().id() == null) {
                return current.get();
            }
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

    /** A speaker named short ("Brasher") as the person the blog has since named in full. */
    private SpeakerMemory.Speaker fullName(final String blogId, final SpeakerMemory.Speaker speaker) {
        if (speaker.id() == null || speaker.name().indexOf(' ') >= 0) {
            return speaker;
        }
        final dev.liveblog.processor.enrich.names.Found full = names.recall(blogId, EntityExtractor.PERSON + speaker.name());
        return full == null ? speaker : new SpeakerMemory.Speaker(full.name(), full.id());
    }

    /** "a senior diplomatic source said ..." without a quotation still tells who "the source" is later. */
    static Optional<SpeakerMemory.Speaker> anonymousSource(final String text) {
        final String lower = text.toLowerCase(Locale.ROOT);
        if (UNNAMED_NOUNS.stream().noneMatch(lower::contains)) {
            return Optional.empty();
        }
        final List<MatchResult> found = ANONYMOUS_SCAN.findAll(QuotedSpans.outsideQuotes(text), 0);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        final MatchResult last = found.get(found.size() - 1);
        return Optional.of(new SpeakerMemory.Speaker(last.group(1) != null ? last.group(1) : last.group(2), null));
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
        // the letters, numbers and single spaces of the normalised text: what removing [^\p{L}\p{N} ] and
        // collapsing spaces gives, in one pass over its code points
        final String normalized = TextNormalizer.normalize(text);
        final StringBuilder kept = new StringBuilder(normalized.length());
        boolean space = false;
        for (int i = 0; i < normalized.length(); ) {
            final int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                space = kept.length() > 0;
            } else if (Character.isLetter(c) || isNumber(c)) {
                if (space) {
                    kept.append(' ');
                    space = false;
                }
                kept.appendCodePoint(c);
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code \p{N}}: a digit, a letter number or another number. */
    private static boolean isNumber(final int c) {
        final int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
