package dev.liveblog.producer;

import java.time.LocalDate;
import java.time.ZoneId;

/** What the text of a live blog does not say about itself: which blog it is, its date and its time zone. */
public record BlogContext(String blogId, LocalDate date, ZoneId zone) {
}
