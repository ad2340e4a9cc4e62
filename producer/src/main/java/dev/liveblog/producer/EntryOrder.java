package dev.liveblog.producer;

import dev.liveblog.producer.source.Update;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The order entries are sent in. Live blogs print the newest entry first; consumers want time order. */
public enum EntryOrder {
    /** Reverse page order: the last line of the page is sent first. */
    OLDEST_FIRST,
    /** Page order, top line first. */
    SOURCE;

    public <T> List<T> arrange(final List<T> pageOrder) {
        if (this == SOURCE) {
            return pageOrder;
        }
        final List<T> reversed = new ArrayList<>(pageOrder);
        Collections.reverse(reversed);
        return reversed;
    }

    /**
     * Updates in send order. Oldest first is by published time where the source gives one to every update (a page
     * may pin an old update to the top), else reverse page order; ties keep reverse page order.
     */
    public List<Update> arrangeUpdates(final List<Update> pageOrder) {
        final List<Update> arranged = arrange(pageOrder);
        if (this == OLDEST_FIRST && arranged.stream().map(Update::publishedAt).allMatch(Objects::nonNull)) {
            final List<Update> byTime = new ArrayList<>(arranged);
            byTime.sort(Comparator.comparing(Update::publishedAt));
            return byTime;
        }
        return arranged;
    }
}
