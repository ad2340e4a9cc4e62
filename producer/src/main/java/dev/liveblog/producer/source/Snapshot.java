package dev.liveblog.producer.source;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One reading of a live-blog source (a page, a feed, a file): its updates in page order and what the source says
 * about the blog itself.
 *
 * @param source  where it was read (a URL or a file name), for messages and the entries' {@code source}
 * @param format  the format it was read as
 * @param updates the updates in page order
 * @param date    the date the blog covers, if the source says (JSON-LD {@code coverageStartTime}, else the
 *                earliest update's date); else null
 * @param zone    the blog's zone or offset, if the source's times carry one; else null
 */
public record Snapshot(String source, SourceFormat format, List<Update> updates, LocalDate date, ZoneId zone) {

    public Snapshot {
        updates = List.copyOf(updates);
    }
}
