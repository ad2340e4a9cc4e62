package dev.liveblog.processor.enrich;

import dev.liveblog.processor.text.QuotedSpans;
import dev.liveblog.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations and who said them, within one entry, with the sieve of Muzny et al. (2017, "A Two-Stage
 * Sieve Approach for Quote Attribution"): the most precise patterns first, then looser ones.
 * <ol>
 *   <li>after the quotation: "..., Mr Ostberg said", "..., said the harbour master", "..., a source told
 *       Reuters", "..., according to police";</li>
 *   <li>before it, in its sentence: "Mr Salcedo wrote on Facebook that ...", "A league spokesperson wrote in a
 *       statement: ...", "He added: ...", "Ms Kearney, speaking to ITV: ...";</li>
 *   <li>a possessive before it: "Han's opening remarks, ...";</li>
 *   <li>the closest mention: the person the quotation's sentence is about ("Ms Caldera described today as ...").</li>
 * </ol>
 * Quotations are those of {@link QuotedSpans} (double or single marks); one still open at the end continues into the
 * next paragraph. One- or two-word quotations are scare quotes, not quotations. What a pronoun, a definite
 * description ("the premier") or a missing attribution refers to is left to the caller, who knows the blog.
 */
public final class QuoteFinder {

    /** White space between words, compiled once (String.split compiles its pattern at every call). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final int MIN_WORDS = 3;

    /** How a quotation's speaker is given in the entry. */
    public enum SpeakerKind {
        /** A named person or organisation: {@code speakerText} overlaps an entity mention. */
        NAMED,
        /** An unnamed speaker described in full: "a senior diplomatic source", "two officials". */
        DESCRIBED,
        /** A description that refers back: "the premier", "the source". */
        DEFINITE,
        /** A pronoun: "he", "she", "they". */
        PRONOUN,
        /** No attribution in the entry. */
        NONE
    }

    /** A quotation found in an entry, before its speaker is resolved against the blog. */
    public record Found(String text, int start, int end, boolean open, SpeakerKind kind, String speakerText,
                        int speakerStart, String verb, String channel) {
    }

    private static final String VERBS = "said|says|say|told|tells|added|adds|wrote|writes|stated|warned|warns|insisted|"
            + "declared|explained|continued|noted|tweeted|posted|announced|replied|asked|urged|claimed|argued|"
            + "admitted|conceded|recalled|remarked|acknowledged|confirmed|insists|explains|concluded|joked";
    private static final Pattern VERB = Pattern.compile("\\b(" + VERBS + ")\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i:he|she|they|it|we|i)");
    private static final Pattern DETERMINER = Pattern.compile("(?i)the|a|an|his|her|their|its");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)(?:and|but|then|also|and then|and also|or)?");
    /** A description's head noun at its end: a role or a group ("spokesman", "officials", "police"). */
    private static final Pattern DESCRIPTION_HEAD = Pattern.compile(
            "(?i)\\b(?:commissioner|minister|spokes(?:man|woman|person)|official|officials|chief|head|secretary|"
                    + "director|chairman|chairwoman|chair|president|premier|mayor|governor|police|source|sources|"
                    + "aide|adviser|advisor|manager|coach|captain|leader|ambassador|envoy|executive|officer)$");
    /** Words that go on the sentence after a quotation rather than name who said it. */
    private static final java.util.Set<String> NOT_SPEAKER = java.util.Set.of("and", "but", "or", "that", "which",
            "while", "as", "so", "then", "would", "will", "could", "should", "to", "in", "on", "at", "for", "with",
            "if", "when", "because", "after", "before", "is", "was", "are", "were", "has", "have", "had", "not");
    /** Words that begin an indefinite description of a speaker. */
    private static final Pattern INDEFINITE = Pattern.compile(
            "(?i:a|an|one|two|three|four|five|several|some|many|other|another|\\d+)\\b.*");
    // Patterns that begin with ^ are tried with lookingAt(): the same match as find(), which would also try them at
    // every later position, where ^ fails.
    private static final Pattern AFTER_VERB_FIRST = Pattern.compile(
            "^[\\s,]*(?:(?:" + VERBS + ")\\s+)(.+?)(?=[,.;:!?)]|\\s+(?:in|on|at|to|after|before|as|who|while|when|"
                    + "adding|during|from|outside|inside|speaking)\\b|$)");
    /** An apposition that names who leads or backs the subject before it: "led by", "headed by". */
    private static final Pattern LED_BY = Pattern.compile(
            "^\\s*(?:led|headed|chaired|run|founded|backed|accompanied|joined) by\\b");
    private static final Pattern ACCORDING = Pattern.compile("^[\\s,]*according to\\s+(.+?)(?=[,.;:!?)]|$)");
    /** "Han's opening remarks, ...", "In Han's words: ...". */
    private static final Pattern POSSESSIVE = Pattern.compile(
            "['\u2019]s\\s+(?:\\p{Ll}+\\s+){0,2}(?:remarks|words|statement|message|comments|speech|reply|response|"
                    + "answer|verdict|assessment|view|warning|plea|tweet|post)\\s*[,:]?\\s*$");
    private static final Pattern TOLD = Pattern.compile(
            "^\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3})");
    private static final Pattern MEDIUM = Pattern.compile(
            "^\\s*(?:\\p{L}+\\s+){0,2}?(?:on|in|via)\\s+(Facebook|X|Twitter|Telegram|Instagram|YouTube|TikTok|"
                    + "Truth Social|LinkedIn|Weibo|WeChat|a statement|a post|a video|an interview|a speech)");
    private static final Pattern SPEAKING_TO = Pattern.compile(
            "(?:speaking to|talking to|in an interview with|told)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'\u2019-]*"
                    + "(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3})");

    private QuoteFinder() {
    }

    public static List<Found> find(final String text) {
        return find(text, List.of());
    }

    /** The quotations of a text whose entity mentions are known. */
    public static List<Found> find(final String text, final List<Mention> mentions) {
        final List<Found> quotes = new ArrayList<>();
        final List<QuotedSpans.Span> spans = QuotedSpans.spans(text);
        for (int i = 0; i < spans.size(); i++) {
            final QuotedSpans.Span span = spans.get(i);
            final String body = text.substring(span.bodyStart(), span.close()).strip();
            if (QuotedSpans.words(body, 0, body.length()) >= MIN_WORDS) {
                final int previousEnd = i == 0 ? 0 : spans.get(i - 1).end();
                final int nextStart = i + 1 < spans.size() ? spans.get(i + 1).open() : text.length();
                quotes.add(attribute(text, span, body, mentions, previousEnd, nextStart));
            }
        }
        return quotes;
    }

    private static Found attribute(final String text, final QuotedSpans.Span span, final String body,
                                   final List<Mention> mentions, final int previousEnd, final int nextStart) {
        final Found after = after(text, span, body, mentions, nextStart);
        final Found before = before(text, span, body, mentions, previousEnd);
        // "The mayor said she would reopen the bridge "within a week", according to AFP": the report's source, not
        // the speaker, when the sentence names one before the quotation.
        if (after != null && !(ACCORDING.matcher(text.substring(span.end())).lookingAt() && before != null
                && before.kind() != SpeakerKind.NONE)) {
            return after;
        }
        if (before != null) {
            return before;
        }
        return closest(text, span, body, mentions, previousEnd);
    }

    /** Sieve 1: the attribution right after the quotation. */
    private static Found after(final String text, final QuotedSpans.Span span, final String body,
                               final List<Mention> mentions, final int nextStart) {
        final int from = span.end();
        final String rest = text.substring(from, sentenceEnd(text, from, nextStart));
        final Matcher according = ACCORDING.matcher(rest);
        if (according.lookingAt()) {
            return speaker(text, span, body, mentions, from + according.start(1), from + according.end(1), "said",
                    null);
        }
        final Matcher verbFirst = AFTER_VERB_FIRST.matcher(rest);
        if (verbFirst.lookingAt() && verbFirst.start(1) <= 20) {
            final String verb = rest.substring(0, verbFirst.start(1)).replaceAll("[\\s,]", "");
            return speaker(text, span, body, mentions, from + verbFirst.start(1), from + verbFirst.end(1), verb,
                    channel(verb, rest.substring(verbFirst.end(1))));
        }
        final Matcher verb = VERB.matcher(rest);
        if (verb.find() && words(rest.substring(0, verb.start())) <= 12 && verb.start() > 0
                && startsSpeaker(rest.substring(leadingSpace(rest)))) {
            final int speakerStart = from + leadingSpace(rest);
            final int speakerEnd = from + verb.start();
            final Mention person = lastPerson(mentions, speakerStart, speakerEnd);
            if (person != null && rest.substring(0, verb.start()).contains(",")) {
                // "..., the ministry's deputy head of communications, Park Ha-eun, told reporters"
                return new Found(body, span.open(), span.end(), !span.closed(), SpeakerKind.NAMED, person.text(),
                        person.start(), verb.group(1).toLowerCase(Locale.ROOT),
                        channel(verb.group(1), rest.substring(verb.end())));
            }
            if (speakerEnd > speakerStart && !rest.substring(0, verb.start()).contains(",")
                    || startsDescription(rest)) {
                return speaker(text, span, body, mentions, speakerStart, speakerEnd, verb.group(1),
                        channel(verb.group(1), rest.substring(verb.end())));
            }
        }
        return null;
    }

    /** Sieve 2 and 3: a reporting verb or a possessive before the quotation, in its sentence. */
    private static Found before(final String text, final QuotedSpans.Span span, final String body,
                                final List<Mention> mentions, final int previousEnd) {
        final int sentenceStart = Math.max(previousEnd, sentenceStart(text, span.open()));
        final String lead = text.substring(sentenceStart, span.open());
        final Matcher possessive = POSSESSIVE.matcher(lead);
        if (possessive.find()) {
            final Mention owner = ownerBefore(mentions, sentenceStart, sentenceStart + possessive.start());
            if (owner != null) {
                return new Found(body, span.open(), span.end(), !span.closed(), SpeakerKind.NAMED, owner.text(),
                        owner.start(), null, null);
            }
        }
        final Matcher verb = VERB.matcher(lead);
        int verbStart = -1;
        String verbText = null;
        while (verb.find()) {
            verbStart = verb.start();
            verbText = verb.group(1);
        }
        final boolean colon = lead.stripTrailing().endsWith(":");
        if (verbStart < 0 && !colon) {
            return null;
        }
        final int limit = sentenceStart + (verbStart >= 0 ? verbStart : lead.lastIndexOf(':'));
        final String channel = verbText == null ? medium(lead) : channel(verbText, lead.substring(verbStart
                + verbText.length()));
        // The subject right before the verb: a pronoun, a description, or the nearest name.
        final String beforeVerb = text.substring(sentenceStart, limit).stripTrailing();
        final int space = beforeVerb.lastIndexOf(' ');
        final String lastWord = beforeVerb.substring(space + 1);
        if (PRONOUN.matcher(lastWord).matches()) {
            return new Found(body, span.open(), span.end(), !span.closed(), SpeakerKind.PRONOUN, lastWord,
                    sentenceStart + space + 1, verbText, channel);
        }
        Mention named = lastMention(text, mentions, sentenceStart, limit);
        if (named != null && beforeVerb.endsWith(",")) {
            // "The X Mission, led by former minister Y, said": the subject stands before the apposition.
            final int comma = text.lastIndexOf(',', named.start());
            if (comma > sentenceStart && LED_BY.matcher(text.substring(comma + 1, named.start())).lookingAt()) {
                final Mention subject = lastMention(text, mentions, sentenceStart, comma);
                named = subject != null ? subject : named;
            }
        }
        if (named != null) {
            final int descriptionStart = descriptionStart(text, sentenceStart, named.start());
            if (descriptionStart >= 0) {
                return described(text, span, body, descriptionStart, limit, verbText, channel);
            }
            // "The SES commissioner said": the name only qualifies a role; the role is the speaker.
            final String rest = text.substring(named.end(), limit).strip();
            if (!rest.isEmpty() && rest.indexOf(',') < 0 && SPACES.split(rest).length <= 3
                    && DESCRIPTION_HEAD.matcher(rest).find()) {
                final int before = text.lastIndexOf(' ', Math.max(0, named.start() - 2)) + 1;
                final String determiner = text.substring(before, Math.max(before, named.start() - 1));
                final int start = DETERMINER.matcher(determiner).matches() ? before : named.start();
                return described(text, span, body, Math.max(sentenceStart, start), limit, verbText, channel);
            }
            return new Found(body, span.open(), span.end(), !span.closed(), SpeakerKind.NAMED, named.text(),
                    named.start(), verbText, channel);
        }
        final String clause = text.substring(sentenceStart, limit).strip();
        if (CONJUNCTION.matcher(clause).matches()) {
            // "... "within the month" and promised "full checks"": the same speaker goes on.
            return new Found(body, span.open(), span.end(), !span.closed(), SpeakerKind.NONE, null, -1, verbText,
                    channel);
        }
        if (!clause.isEmpty() && verbText != null) {
            return described(text, span, body, sentenceStart + text.substring(sentenceStart, limit).indexOf(clause),
                    limit, verbText, channel);
        }
        return null;
    }

    /** Sieve 4: the person the quotation's sentence is about, named before it. */
    private static Found closest(final String text, final QuotedSpans.Span span, final String body,
                                 final List<Mention> mentions, final int previousEnd) {
        final int sentenceStart = Math.max(previousEnd, sentenceStart(text, span.open()));
        for (final Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.start() >= sentenceStart && m.end() <= span.open()) {
                return new Found(body, span.open(), span.end(), !span.closed(), SpeakerKind.NAMED, m.text(),
                        m.start(), null, null);
            }
        }
        return new Found(body, span.open(), span.end(), !span.closed(), SpeakerKind.NONE, null, -1, null, null);
    }

    /** The speaker in {@code [start, end)}: a pronoun, a name, an indefinite or a definite description. */
    private static Found speaker(final String text, final QuotedSpans.Span span, final String body,
                                 final List<Mention> mentions, final int start, final int end, final String verb,
                                 final String channel) {
        final String words = text.substring(start, end).strip();
        final int at = start + text.substring(start, end).indexOf(words);
        final String lowerVerb = verb == null ? null : verb.toLowerCase(Locale.ROOT);
        if (PRONOUN.matcher(words).matches()) {
            return new Found(body, span.open(), span.end(), !span.closed(), SpeakerKind.PRONOUN, words, at, lowerVerb,
                    channel);
        }
        final Mention named = lastMention(text, mentions, at, at + words.length());
        // "the Bureau of Statistics said" names it; "a Morales campaign aide said" only describes.
        final boolean described = INDEFINITE.matcher(words).matches() || words.toLowerCase(Locale.ROOT).startsWith("the ")
                || Character.isLowerCase(words.isEmpty() ? 'a' : words.charAt(0));
        if (described && (named == null || named.end() < at + words.length() - 1
                || INDEFINITE.matcher(words).matches())) {
            return described(text, span, body, at, at + words.length(), lowerVerb, channel);
        }
        if (named != null) {
            return new Found(body, span.open(), span.end(), !span.closed(), SpeakerKind.NAMED, named.text(),
                    named.start(), lowerVerb, channel);
        }
        return new Found(body, span.open(), span.end(), !span.closed(), SpeakerKind.NAMED, words, at, lowerVerb,
                channel);
    }

    /** An indefinite ("a senior official") or definite ("the premier", "police") description of a speaker. */
    private static Found described(final String text, final QuotedSpans.Span span, final String body,
                                   final int start, final int end, final String verb, final String channel) {
        final String words = text.substring(start, end).strip();
        final SpeakerKind kind = INDEFINITE.matcher(words).matches() ? SpeakerKind.DESCRIBED : SpeakerKind.DEFINITE;
        return new Found(body, span.open(), span.end(), !span.closed(), kind, words, start, verb, channel);
    }

    /** Where an indefinite description that holds a name starts ("An N.F.U. spokeswoman"), or -1. */
    private static int descriptionStart(final String text, final int from, final int nameStart) {
        final String before = text.substring(from, nameStart).stripTrailing();
        final int space = before.lastIndexOf(' ');
        final String word = before.substring(space + 1);
        return INDEFINITE.matcher(word).matches() && !word.isEmpty() ? from + space + 1 : -1;
    }

    /**
     * The last person (else organisation) named in {@code [from, to)}, but for one in a possessive ("the EU's
     * diplomatic arm"), which is not the subject.
     */
    private static Mention lastMention(final String text, final List<Mention> mentions, final int from,
                                       final int to) {
        Mention last = null;
        for (final Mention m : mentions) {
            if ((m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) && m.start() >= from
                    && m.end() <= to && !possessive(text, m.end()) && (last == null || m.type() == EntityType.PERSON
                    || last.type() != EntityType.PERSON)) {
                last = m;
            }
        }
        return last;
    }

    private static Mention lastPerson(final List<Mention> mentions, final int from, final int to) {
        Mention last = null;
        for (final Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.start() >= from && m.end() <= to) {
                last = m;
            }
        }
        return last;
    }

    /** The person or organisation whose possessive ends at {@code end}. */
    private static Mention ownerBefore(final List<Mention> mentions, final int from, final int end) {
        for (final Mention m : mentions) {
            if ((m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) && m.start() >= from
                    && m.end() == end) {
                return m;
            }
        }
        return null;
    }

    private static boolean possessive(final String text, final int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                && text.charAt(end + 1) == 's';
    }

    /** Words after a quotation that can be its speaker: a name, a pronoun, a description, "police". */
    private static boolean startsSpeaker(final String words) {
        if (words.isEmpty()) {
            return false;
        }
        final String first = SPACES.split(words, 2)[0].toLowerCase(Locale.ROOT);
        return Character.isUpperCase(words.charAt(0)) || PRONOUN.matcher(first).matches()
                || INDEFINITE.matcher(first).matches() || first.equals("the") || first.equals("his")
                || first.equals("her") || first.equals("their") || first.equals("its")
                || !NOT_SPEAKER.contains(first) && !first.endsWith("ly");
    }

    private static boolean startsDescription(final String rest) {
        final String lead = rest.stripLeading();
        return lead.toLowerCase(Locale.ROOT).startsWith("a ") || lead.toLowerCase(Locale.ROOT).startsWith("an ");
    }

    private static int sentenceStart(final String text, final int before) {
        return Sentences.start(text, before);
    }

    private static int sentenceEnd(final String text, final int from, final int limit) {
        return Sentences.end(text, from, limit);
    }

    /** Whom the words were told, or the medium ("on Facebook", "in a statement"). */
    private static String channel(final String verb, final String afterVerb) {
        final String medium = medium(afterVerb);
        if (medium != null) {
            return medium;
        }
        if ("told".equals(verb.toLowerCase(Locale.ROOT))) {
            final Matcher told = TOLD.matcher(afterVerb);
            if (told.lookingAt()) {
                return told.group(1);
            }
        }
        return null;
    }

    private static String medium(final String text) {
        final Matcher medium = MEDIUM.matcher(text);
        if (medium.lookingAt()) {
            return medium.group(1).replaceFirst("^(a|an)\\s+", "");
        }
        if (!text.contains("speaking to") && !text.contains("talking to") && !text.contains("in an interview with")
                && !text.contains("told")) {
            return null; // no way of SPEAKING_TO is in the text: spare trying it at each position
        }
        final Matcher speaking = SPEAKING_TO.matcher(text);
        return speaking.find() ? speaking.group(1) : null;
    }

    private static int leadingSpace(final String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    private static int words(final String s) {
        return s.isBlank() ? 0 : SPACES.split(s.strip()).length;
    }
}
