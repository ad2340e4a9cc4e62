package dev.liveblog.producer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
}
