package dev.liveblog.producer.source;

import java.time.Instant;
import java.util.Objects;

/**
 * One update of a live blog as its source gives it, before it becomes a {@code BlogEntry}.
 *
 * @param updateId    the source's own stable id for the update (JSON-LD {@code url} or {@code @id}, a feed item's
 *                    guid or id, an element's id attribute), kept across edits; null when the source has none
 * @param url         the update's own address when the source gives one; else null
 * @param headline    the update's headline when the source gives one; else null
 * @param text        the update's text, clean: paragraphs joined by a blank line, no markup; never blank
 * @param publishedAt when the update was first published, if the source says; else null
 * @param modifiedAt  when it was last edited, if the source says; else null
 * @param position    1-based position on the page as read (page order, usually newest first)
 * @param above       position of the entry above it that it may continue (plain-text lines only); else null
 */
public record Update(String updateId, String url, String headline, String text, Instant publishedAt,
                     Instant modifiedAt, int position, Integer above) {

    public Update {
        Objects.requireNonNull(text, "text");
        if (position < 1) {
            throw new IllegalArgumentException("position must be 1 or more: " + position);
        }
    }

    /**
     * An update of a source that gives a headline and a body: a headline without a body is the text (then there is
     * no headline), as a feed item with only a title; null when there is neither, for the reader to report.
     */
    static Update of(final String updateId, final String url, final String headline, final String body,
                     final Instant publishedAt, final Instant modifiedAt, final int position) {
        final String title = headline == null || headline.isEmpty() ? null : headline;
        if (body.isEmpty()) {
            return title == null ? null
                    : new Update(updateId, url, null, title, publishedAt, modifiedAt, position, null);
        }
        return new Update(updateId, url, title, body, publishedAt, modifiedAt, position, null);
    }
}
