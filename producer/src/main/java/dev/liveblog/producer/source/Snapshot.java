package dev.liveblog.producer.source;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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

    /**
     * This snapshot, or, when some updates share an id, a copy where those have none: an id names one update, and
     * two updates under one id would be taken for edits of each other. Itself when every id is unique.
     */
    public Snapshot withUniqueIds() {
        final Map<String, Long> counts = updates.stream().map(Update::updateId).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        if (counts.values().stream().allMatch(n -> n == 1)) {
            return this;
        }
        return new Snapshot(source, format, updates.stream()
                .map(u -> u.updateId() == null || counts.get(u.updateId()) == 1 ? u
                        : new Update(null, u.url(), u.headline(), u.text(), u.publishedAt(), u.modifiedAt(),
                                u.position(), u.above()))
                .toList(), date, zone);
    }
}
