package dev.liveblog.producer.source;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
     * This snapshot with every id naming one update: copies of one update under its id (a post pinned to the top
     * is shown twice) are one; updates with different texts under one id (a page giving each update the page's own
     * address) lose the id, since they would be taken for edits of each other. Itself when every id is unique.
     */
    public Snapshot withUniqueIds() {
        final Map<String, List<Update>> byId = updates.stream().filter(u -> u.updateId() != null)
                .collect(Collectors.groupingBy(Update::updateId));
        if (byId.values().stream().allMatch(same -> same.size() == 1)) {
            return this;
        }
        final Set<String> copies = new HashSet<>();
        final List<Update> unique = new ArrayList<>();
        for (final Update update : updates) {
            final List<Update> same = update.updateId() == null ? List.of(update) : byId.get(update.updateId());
            if (same.size() == 1) {
                unique.add(update);
            } else if (same.stream().allMatch(u -> u.text().equals(update.text())
                    && Objects.equals(u.headline(), update.headline()))) {
                if (copies.add(update.updateId())) {
                    unique.add(update);
                }
            } else {
                unique.add(new Update(null, update.url(), update.headline(), update.text(), update.publishedAt(),
                        update.modifiedAt(), update.position(), update.above()));
            }
        }
        return new Snapshot(source, format, unique, date, zone);
    }
}
