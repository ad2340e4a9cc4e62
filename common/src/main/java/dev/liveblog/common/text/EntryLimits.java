package dev.liveblog.common.text;

/**
 * The limits an entry is held to by every component: the processor dead-letters an entry beyond them, and the
 * polling producer leaves such an update out with a line naming it.
 */
public final class EntryLimits {

    /**
     * The most characters of text an entry may have: far beyond any live-blog update, well within Kafka's default
     * request size even in UTF-8 at 4 bytes a character.
     */
    public static final int MAX_TEXT_CHARS = 100_000;

    private EntryLimits() {
    }
}
