package dev.liveblog.processor.topology;

import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilteredEntry;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What became of a raw entry at one step of the topology. It never leaves the task, so it needs no serde; each
 * kind is routed to its own sink.
 */
sealed interface Routed {

    /** An entry judged to be news, on its way to deduplication. */
    record News(BlogEntry entry) implements Routed {
    }

    /** An entry dropped before it could become a canonical item: furniture or a duplicate. */
    record Dropped(FilteredEntry filtered) implements Routed {
    }

    /**
     * A new or updated canonical item, with the date and zone of its blog (its text is read against them), the page
     * its newest entry was read on and the position of the entry above that one on the page (null: none).
     */
    record Item(CanonicalEntry canonical, LocalDate blogDate, ZoneId blogZone, String page, Integer above)
            implements Routed {
    }

    /**
     * A line of a page that becomes no item (furniture, or a repeat that adds nothing), on its way to the enricher,
     * which reads speakers across lines: its place on the page, and the item it repeats (null for furniture).
     */
    record Line(String blogId, String page, int line, Integer above, String repeated) implements Routed {
    }

    /**
     * The page an entry was read on: its poll, or its source for producers that set no poll id. Lines are read with
     * the lines above them on the same page only, so two polls of one source never mix.
     */
    static String page(final BlogEntry entry) {
        return entry.getPollId() != null ? entry.getPollId() : entry.getSource();
    }
}
