package dev.liveblog.processor.enrich;

import dev.liveblog.processor.text.QuotedSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations and who said them, within one entry. Quotations are those of {@link QuotedSpans}
 * (double or single marks); one still open at the end continues into the next paragraph, as journalists write them. One- or
 * two-word quotations are scare quotes, not quotations. The speaker is read from the attribution around the
 * quotation: after it ("..., Mr Lindqvist said", "... a source told Reuters") or before it ("He added: ...",
 * "Lindqvist said he would meet the mayor ..."). A pronoun, a bare "the source", or no attribution at all is left
 * for the caller to resolve from what the blog said before.
 */
public final class QuoteFinder {

    static final int MIN_WORDS = 3;

    /** How a quotation's speaker is given in the entry. */
    public enum SpeakerKind {
        /** A named person: {@code speakerText} overlaps an entity mention. */
        NAMED,
        /** A description of an anonymous speaker, complete in itself: "a senior diplomatic source". */
        DESCRIBED,
        /** A reference back: a pronoun, "the source", or no attribution; resolved from earlier quotations. */
        REFERENCE
    }

    /** A quotation found in an entry, before its speaker is resolved against the blog. */
    public record Found(String text, int start, int end, boolean open, SpeakerKind kind, String speakerText,
                 int speakerStart, String verb, String channel) {
    }

    private static final String VERB = "((?i:said|says|told|added|adds|wrote|writes|stated|warned|insisted|declared|"
            + "explained|continued|noted|tweeted|posted|announced|replied))";
    private static final String ANONYMOUS = "((?i:a|an|the|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?i:source|sources|official|officials|diplomat|diplomats|spokesperson|spokesman|spokeswoman|aide|"
            + "person|witness|resident|negotiator|analyst))";
    private static final Pattern AFTER = Pattern.compile(
            "^[\\s,]*(?:(?:" + ANONYMOUS + "|((?i:he|she|they|it))|(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,3}))"
                    + "\\s+(?:has\\s+|had\\s+)?" + VERB + "|" + VERB + "\\s+(?:" + ANONYMOUS
                    + "|(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,3})))");
    /** Whom something was told: the capitalised words right after "told". */
    private static final Pattern TOLD = Pattern.compile(
            "^\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})");
    /** Where something was said or written: "on Facebook", "in a statement". */
    private static final Pattern MEDIUM = Pattern.compile(
            "^\\s*(?:\\p{L}+\\s+){0,2}?(?:on|in|via)\\s+(Facebook|X|Twitter|Telegram|Instagram|YouTube|TikTok|"
                    + "Truth Social|a statement|a post|a video|an interview)");
    private static final Pattern PRONOUN_INTRO = Pattern.compile(
            "\\b((?i:he|she|they))\\s+(?:also\\s+)?" + VERB + "(?:\\s+that)?\\s*:?\\s*$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(a|an)\\s+");
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b" + VERB + "\\b");
    private static final Pattern TRAILING_ANONYMOUS = Pattern.compile(ANONYMOUS + "\\s*$");

    private QuoteFinder() {
    }

    public static List<Found> find(final String text) {
        final List<Found> quotes = new ArrayList<>();
        for (final QuotedSpans.Span span : QuotedSpans.spans(text)) {
            final String body = text.substring(span.bodyStart(), span.close()).strip();
            if (QuotedSpans.words(body, 0, body.length()) >= MIN_WORDS) {
                quotes.add(attribute(text, span.open(), span.end(), body, !span.closed()));
            }
        }
        return quotes;
    }

    private static Found attribute(final String text, final int start, final int end, final String body,
                                   final boolean open) {
        final Optional<Found> after = after(text, start, end, body, open);
        if (after.isPresent()) {
            return after.get();
        }
        return before(text, start, end, body, open);
    }

    private static Optional<Found> after(final String text, final int start, final int end, final String body,
                                         final boolean open) {
        final String rest = text.substring(end);
        final Matcher m = AFTER.matcher(rest);
        if (!m.find()) {
            return Optional.empty();
        }
        final String verb = firstNonNull(m.group(4), m.group(5)).toLowerCase(Locale.ROOT);
        final String channel = channel(verb, rest.substring(m.end(4) >= 0 ? m.end(4) : m.end(5)));
        if (m.group(1) != null || m.group(6) != null) {
            final int g = m.group(1) != null ? 1 : 6;
            return Optional.of(found(body, start, end, open, describe(m.group(g)), m.group(g), end + m.start(g), verb,
                    channel));
        }
        if (m.group(2) != null) {
            return Optional.of(found(body, start, end, open, SpeakerKind.REFERENCE, m.group(2), end + m.start(2), verb,
                    channel));
        }
        final int g = m.group(3) != null ? 3 : 7;
        return Optional.of(found(body, start, end, open, SpeakerKind.NAMED, m.group(g), end + m.start(g), verb,
                channel));
    }

    /** An attribution before the quotation, in the same sentence: "He added:", "Lindqvist said he would ...". */
    private static Found before(final String text, final int start, final int end, final String body,
                                final boolean open) {
        final int sentenceStart = Math.max(text.lastIndexOf(". ", start - 1) + 1, 0);
        final String lead = text.substring(sentenceStart, start);
        final Matcher pronoun = PRONOUN_INTRO.matcher(lead);
        if (pronoun.find()) {
            return found(body, start, end, open, SpeakerKind.REFERENCE, pronoun.group(1),
                    sentenceStart + pronoun.start(1), pronoun.group(2).toLowerCase(Locale.ROOT), null);
        }
        final Matcher verb = VERB_BEFORE.matcher(lead);
        int verbStart = -1;
        String verbText = null;
        while (verb.find()) {
            verbStart = verb.start();
            verbText = verb.group(1);
        }
        if (verbStart > 0) {
            final String subject = lead.substring(0, verbStart).strip();
            final String channel = channel(verbText.toLowerCase(Locale.ROOT),
                    lead.substring(verbStart + verbText.length()));
            final Matcher anonymous = TRAILING_ANONYMOUS.matcher(subject);
            if (anonymous.find()) {
                return found(body, start, end, open, describe(anonymous.group(1)), anonymous.group(1),
                        sentenceStart + anonymous.start(1), verbText.toLowerCase(Locale.ROOT), channel);
            }
            return found(body, start, end, open, SpeakerKind.NAMED, subject, sentenceStart + lead.indexOf(subject),
                    verbText.toLowerCase(Locale.ROOT), channel);
        }
        return found(body, start, end, open, SpeakerKind.REFERENCE, null, -1, null, null);
    }

    private static SpeakerKind describe(final String anonymous) {
        final String lower = anonymous.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? SpeakerKind.REFERENCE : SpeakerKind.DESCRIBED;
    }

    /** Where the words were given: whom they were told to, or the medium ("on Facebook", "in a statement"). */
    private static String channel(final String verb, final String afterVerb) {
        final Matcher medium = MEDIUM.matcher(afterVerb);
        if (medium.find()) {
            return LEADING_ARTICLE.matcher(medium.group(1)).replaceFirst("");
        }
        if ("told".equals(verb)) {
            final Matcher told = TOLD.matcher(afterVerb);
            if (told.find()) {
                return told.group(1);
            }
        }
        return null;
    }

    private static Found found(final String body, final int start, final int end, final boolean open,
                               final SpeakerKind kind, final String speaker, final int speakerStart,
                               final String verb, final String channel) {
        return new Found(body, start, end, open, kind, speaker, speakerStart, verb, channel);
    }

    private static String firstNonNull(final String a, final String b) {
        return a != null ? a : b;
    }
}
