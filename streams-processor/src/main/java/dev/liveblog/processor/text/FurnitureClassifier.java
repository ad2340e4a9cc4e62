package dev.liveblog.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises page furniture (login and refresh prompts, subscription, newsletter, donation and comment prompts,
 * calls to action, advertising labels) by general features of how a site talks to its readers, never by a list
 * of known lines.
 *
 * <p>Each feature found in the journalist's own words (quotations are ignored) adds to a score: phrases of how a
 * site talks to its readers, and the shape of interface lines ({@link InterfaceLabels}: labels, counters, timers,
 * teasers, link lines). Evidence of reporting (a reporting verb, a quotation) takes one away, and so does length
 * when only weak signals were found. An entry is furniture at {@link #THRESHOLD} or more, so a single weak signal
 * never drops an entry: when unsure, an entry stays news.
 */
public final class FurnitureClassifier {

    static final int THRESHOLD = 2;
    /** Words from which a text with only weak signals counts as content. */
    static final int LONG_TEXT_WORDS = 25;
    private static final int STRONG = 2;
    private static final int WEAK = 1;

    /**
     * A phrase pattern, its weight, and phrases every match contains (each alternative of the pattern holds one).
     * Most entries contain none of a feature's phrases, and looking for them is far cheaper than running the
     * pattern, which tries each position of the text. A pattern without phrases matches only at the text's start.
     */
    private record Feature(String name, Pattern pattern, int weight, List<String> anchors) {

        boolean matches(final String lowerCaseText) {
            if (anchors.isEmpty()) {
                // what find() gives for a pattern that begins with ^, without trying it at every later position
                return pattern.matcher(lowerCaseText).lookingAt();
            }
            for (final String anchor : anchors) {
                if (lowerCaseText.contains(anchor)) {
                    return pattern.matcher(lowerCaseText).find();
                }
            }
            return false;
        }
    }

    private static final List<Feature> PHRASES = List.of(
            new Feature("advertising label", Pattern.compile(
                    "^\\W*(advertisement|advert|ad|sponsored( content)?|promoted( content)?|paid (content|post)|"
                            + "partner content|skip (advert|advertisement|ad)|story continues below( advertisement)?|"
                            + "continue reading( below)?)\\W*$"), STRONG + 1, List.of()),
            new Feature("login prompt", Pattern.compile(
                    "\\b(log(ged|ging)? ?in|log ?out|sign in (to|with|or)|please sign in|create (an|a free|your) "
                            + "account|already (a subscriber|a member|have an account)|register for free)\\b"),
                    STRONG, List.of("login", "log in", "logged", "logging", "logout", "log out", "sign in", "create an",
                            "create a free", "create your", "already a", "already have", "register for")),
            new Feature("refresh prompt", Pattern.compile(
                    "\\b((refresh|reload) (the|this|your) (page|browser)|navigate to another page|(enable|turn on) javascript|"
                            + "(uses|use of) cookies|"
                            + "(browser|cookie|notification|privacy) (settings|preferences)|accept (all )?cookies|"
                            + "turn on notifications|notifications can be)\\b"), STRONG,
                    List.of("refresh", "reload", "navigate", "javascript", "settings", "preferences", "cookies",
                            "notifications")),
            new Feature("subscription prompt", Pattern.compile(
                    "\\bsubscribe:|\\b(subscribe (now|today|for|from|to (our|the))|sign ?up (now|today|for (our|the|free))|"
                            + "newsletters?|subscription (offer|plans?)|start your (free )?trial|paywalls?|cancel anytime)\\b"
                            + "|[£$€₹]\\s?\\d+(\\.\\d\\d)? ((a|an|per|every|/) ?(week|month|year|day)\\b"
                            + "|for (\\d+|one|two|three|six|twelve) (weeks|months|years)\\b)"),
                    STRONG, List.of("subscri", "sign up", "signup", "newsletter", "trial", "paywall", "cancel anytime",
                            "£", "$", "€", "₹")),
            new Feature("donation appeal", Pattern.compile(
                    "\\b(your (donation|contribution|support)|(donate|contribute) (now|today)|"
                            + "support (us|our (work|journalism|reporting)|independent journalism)|"
                            + "become a (member|supporter|subscriber)|(quality|independent) journalism)\\b"),
                    STRONG, List.of("your donation", "your contribution", "your support", "donate", "contribute",
                            "support us", "support our", "support independent", "become a member",
                            "become a supporter", "become a subscriber", "journalism")),
            new Feature("comment prompt", Pattern.compile(
                    "\\b((join|start) (the |our |a |thought-provoking )?(conversations?|discussions?|debate)|"
                            + "(see|read|view|show|load|post|leave) (all |more |their |your |the )?(comments?|replies)|"
                            + "(comments?|commenting|replies)( (on|for|under|to) (this|the|our) [\\p{L} -]{0,30}?)? "
                            + "(are|is|has been|have been) (now )?(closed|open|disabled|turned off)|"
                            + "other \\p{L}+ readers)\\b"), STRONG,
                    List.of("conversation", "discussion", "debate", "comment", "replies", "readers")),
            new Feature("call to action", Pattern.compile(
                    "\\b(stay (with us|tuned)|follow (us|our (live )?(coverage|updates|blog))|read more|click here|"
                            + "get in touch|contact us|tell us|send us|share your (views|experiences?|stor(y|ies)|photos|"
                            + "pictures|videos)|"
                            + "download (our|the) app|share (this|on (facebook|twitter|x|whatsapp))|"
                            + "for (all )?the (key |latest )?updates|copy link)\\b"), STRONG,
                    List.of("stay with us", "stay tuned", "follow us", "follow our", "read more", "click here",
                            "get in touch", "contact us", "tell us", "send us", "share your", "download our",
                            "download the", "share this", "share on", "the updates", "key updates", "latest updates",
                            "copy link")),
            new Feature("reader address", Pattern.compile("\\b(readers|your (inbox|email|browser|device))\\b"),
                    WEAK, List.of("readers", "your inbox", "your email", "your browser", "your device")),
            new Feature("refers to the page", Pattern.compile(
                    "\\b(this|our) (live ?blog|live page|live coverage|article|page|post)\\b"), WEAK,
                    List.of("this live", "this article", "this page", "this post", "our live", "our article",
                            "our page", "our post")));

    static final Pattern FIRST_PERSON_PLURAL = Pattern.compile(
            "\\b((?i:we|our|ours|we're|we've|we'll|we'd|we’re|we’ve|we’ll|we’d)|us)\\b");
    private static final Pattern SECOND_PERSON = Pattern.compile(
            "\\b(you|your|yours|you're|you’re|you'll|you’ll)\\b");
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(said|says|told|added|according to|reported(ly)?|announced|confirmed|claimed|stated|warned)\\b");

    /** Classifies one entry's text. */
    public FurnitureVerdict classify(final String text) {
        final String own = QuotedSpans.outsideQuotes(text);
        // Lower-case once: far cheaper than case-insensitive patterns, which fold each character at every position.
        final String lower = own.toLowerCase(Locale.ROOT);
        final List<String> features = new ArrayList<>();
        int score = 0;
        boolean strong = false;
        for (final Feature feature : PHRASES) {
            if (feature.matches(lower)) {
                score += feature.weight();
                strong |= feature.weight() >= STRONG;
                features.add(feature.name());
            }
        }
        final int shape = shape(lower, features);
        score += shape;
        strong |= shape > 0;
        final int we = mayShowFirstPerson(own) ? count(FIRST_PERSON_PLURAL, own) : 0;
        if (we > 0) {
            score += Math.min(we, 2);
            strong |= we >= 2;
            features.add("site speaks as 'we' (" + we + ")");
        }
        if (lower.contains("you") && SECOND_PERSON.matcher(lower).find()) {
            score += WEAK;
            features.add("addresses the reader");
        }
        if (score > 0 && (REPORTING.matcher(lower).find() || QuotedSpans.hasQuotation(text, 3))) {
            score -= WEAK;
            features.add("but reports news");
        }
        // A long text block with only weak signals (no strong phrase, the site says "we" once) is content:
        // boilerplate is short (Kohlschuetter et al.).
        if (score > 0 && !strong && InterfaceLabels.wordCount(lower) >= LONG_TEXT_WORDS) {
            score -= WEAK;
            features.add("but is a long text");
        }
        return new FurnitureVerdict(score >= THRESHOLD, score, List.copyOf(features));
    }

    /** The score of the line's shape: a link line, a media teaser, a counter, a timer, an interface label. */
    private static int shape(final String lower, final List<String> features) {
        int score = 0;
        if (InterfaceLabels.isLinkLine(lower)) {
            score += STRONG + 1;
            features.add("link line");
        }
        if (InterfaceLabels.isMediaTeaser(lower)) {
            score += STRONG + 1;
            features.add("media teaser");
        }
        if (InterfaceLabels.isCounter(lower)) {
            score += STRONG + 1;
            features.add("counter");
        }
        if (InterfaceLabels.hasTimer(lower)) {
            score += STRONG + 1;
            features.add("update timer");
        }
        if (score == 0 && InterfaceLabels.isLabel(lower)) {
            score += STRONG;
            features.add("interface label");
        }
        return score;
    }

    /**
     * Whether every phrase pattern that matches the text has one of its phrases in it, and one without phrases
     * matches at the start: what makes skipping a pattern whose phrases are absent, or trying it at the start
     * alone, safe. For tests.
     */
    static boolean anchorsCover(final String text) {
        final String lower = QuotedSpans.outsideQuotes(text).toLowerCase(Locale.ROOT);
        for (final Feature feature : PHRASES) {
            final boolean matched = feature.pattern().matcher(lower).find();
            if (matched && (feature.anchors().isEmpty() ? !feature.pattern().matcher(lower).lookingAt()
                    : feature.anchors().stream().noneMatch(lower::contains))) {
                return false;
            }
        }
        return InterfaceLabels.startPatternsAgree(lower);
    }

    /**
     * Whether {@link #FIRST_PERSON_PLURAL} could match: "we", "our" (any case) or "us" where a word may start.
     * The pattern needs a word boundary before them, and after a letter, digit or underscore there is none (Java
     * 17's {@code \\b}, which counts any Unicode letter or digit; the test over the corpora checks it); most
     * texts hold "we" or "us" only inside words ("power", "because"), and looking is far cheaper than the pattern.
     */
    static boolean mayShowFirstPerson(final String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            final char c = text.charAt(i);
            // the first letter first: no other character folds to a "w" or an "o"
            if ((c == 'w' || c == 'W' || c == 'o' || c == 'O' || c == 'u')
                    && (i == 0 || !LeadingScan.wordChar(text.charAt(i - 1)))
                    && (text.regionMatches(true, i, "we", 0, 2) || text.regionMatches(true, i, "our", 0, 3)
                    || text.startsWith("us", i))) {
                return true;
            }
        }
        return false;
    }

    private static int count(final Pattern pattern, final String text) {
        final Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
