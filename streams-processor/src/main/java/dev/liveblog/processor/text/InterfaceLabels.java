package dev.liveblog.processor.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shallow text features of the short lines a page's interface is made of, after Kohlschütter et al. (2010,
 * "Boilerplate detection using shallow text features"): few words, no sentence, a count, a running time, a
 * timer. A news entry is a sentence; a button, a label, a counter or a teaser is not.
 */
final class InterfaceLabels {

    /** At most this many words make a label rather than a sentence. */
    static final int LABEL_WORDS = 5;

    /** Verbs a button or a link starts with. */
    private static final Set<String> ACTIONS = Set.of("sign", "log", "register", "subscribe", "share", "follow",
            "watch", "listen", "load", "show", "view", "read", "download", "get", "skip", "copy", "accept", "manage",
            "create", "gift", "print", "email", "save", "comment", "reply", "join", "support", "donate", "search",
            "close", "see", "explore", "play", "continue", "back", "next", "previous", "more", "hide", "expand",
            "collapse", "jump", "go", "tap", "click", "start", "try", "refresh", "reload", "sort", "filter", "allow",
            "reject", "customise", "customize", "send", "tweet", "post", "open", "sign-in", "login", "logout");
    /** Nouns a page labels its parts with. */
    private static final Set<String> PARTS = Set.of("comments", "comment", "replies", "events", "updates", "update",
            "posts", "article", "articles", "newsletter", "newsletters", "podcast", "podcasts", "video", "videos",
            "live", "summary", "menu", "home", "topics", "account", "app", "link", "links", "highlights", "headlines",
            "stories", "viewed", "popular", "trending", "recommended", "pinned", "advertisement", "cookies",
            "settings", "content", "sections", "latest", "shares", "gallery", "photos", "contents", "navigation",
            "share", "more", "read", "watched", "shared", "commented");
    private static final Pattern COUNTER = Pattern.compile(
            "^(?:(?:view|show|load|see|read|all)\\s+)*\\(?\\d[\\d,.]*k?\\)?\\s+(?:more\\s+|new\\s+)?"
                    + "(?:comments?|replies|reply|updates?|posts?|shares?|views?|likes?|reactions?)$"
                    + "|^(?:comments?|replies|updates|shares)\\s*[(:]?\\s*\\d[\\d,.]*k?\\)?$");
    private static final Pattern TIMER = Pattern.compile(
            "(?:^|\\b(?:updated|posted|published|edited)\\b\\W{0,3})\\d+\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?"
                    + "|hours?|d|days?)\\s+ago\\b");
    /** A running time at the end of a media teaser: "(1:43)", "[2:14]", "– 31:05" (bare, it could be a clock time). */
    private static final Pattern RUNNING_TIME = Pattern.compile(
            "(?:\\(\\d{1,2}:\\d{2}\\)|\\[\\d{1,2}:\\d{2}\\]|[\u2013\u2014-]\\s*\\d{1,2}:\\d{2})$");
    private static final Pattern TEASER = Pattern.compile(
            "^(?:watch|listen|video|audio|podcast|gallery|photos|in pictures|live video|watch live|explainer)\\s*[:\u2013\u2014|]"
                    + "|^(?:watch|listen)\\b.*\\b(?:podcast|episode|video|highlights|live)\\b");
    private static final Pattern LINK = Pattern.compile(
            "^(?:related|read more|more on this(?: story)?|see also|also read|read|recommended|further reading|"
                    + "related topics|more from|most read|most viewed|most popular|trending|top stories|what we know)"
                    + "\\s*[:\u2013\u2014|]");

    // COUNTER, TEASER and LINK match only at the line's start (each alternative begins with ^): they are tried there
    // alone (lookingAt), which gives what find() gives, without trying every later position of the line.

    private InterfaceLabels() {
    }

    /** A short line that is not a sentence and names an action or a part of the page. */
    static boolean isLabel(final String lower) {
        if (lower.length() > 60 || wordCount(lower) > LABEL_WORDS) {
            return false;
        }
        final String[] words = words(lower);
        if (words.length == 0 || words.length > LABEL_WORDS || endsSentence(lower) || hasDigit(lower)) {
            return false;
        }
        if (ACTIONS.contains(words[0])) {
            return true;
        }
        for (final String word : words) {
            if (PARTS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "312 comments", "View 1,204 comments", "Comments (45)", "Show 20 more updates". */
    static boolean isCounter(final String lower) {
        return hasDigit(lower) && COUNTER.matcher(lower.strip()).lookingAt();
    }

    /** "Updated 5 minutes ago", "3m ago". */
    static boolean hasTimer(final String lower) {
        return lower.contains("ago") && TIMER.matcher(lower).find();
    }

    /** "Watch: ...", "Listen: ...", a short line ending in a running time. */
    static boolean isMediaTeaser(final String lower) {
        final String line = lower.strip();
        return TEASER.matcher(line).lookingAt()
                || (!endsSentence(line) && line.indexOf(':') > 0 && RUNNING_TIME.matcher(line).find());
    }

    /** "Related: ...", "Read more: ...", "More on this: ...". */
    static boolean isLinkLine(final String lower) {
        return lower.contains(":") || lower.contains("|") || lower.contains("\u2013") || lower.contains("\u2014")
                ? LINK.matcher(lower.strip()).lookingAt() : false;
    }

    /** Whether the patterns tried at a line's start alone match it as they match anywhere in it. For tests. */
    static boolean startPatternsAgree(final String lower) {
        final String line = lower.strip();
        for (final Pattern pattern : List.of(COUNTER, TEASER, LINK)) {
            if (pattern.matcher(line).find() != pattern.matcher(line).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    static String[] words(final String lower) {
        final java.util.List<String> words = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            final boolean inWord = i < lower.length() && wordChar(lower.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words.toArray(new String[0]);
    }

    /** The number of words, without making them. */
    static int wordCount(final String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            final boolean wordChar = wordChar(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }

    private static boolean wordChar(final char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    private static boolean endsSentence(final String text) {
        int end = text.length() - 1;
        while (end >= 0 && (Character.isWhitespace(text.charAt(end)) || "\"'\u201D\u2019)]".indexOf(text.charAt(end)) >= 0)) {
            end--;
        }
        return end >= 0 && ".!?\u2026".indexOf(text.charAt(end)) >= 0;
    }

    private static boolean hasDigit(final String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
