package dev.liveblog.processor.topology;

import dev.liveblog.schema.BlogEntry;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Everything about a raw entry that a later step relies on, checked before the first store is written: a record
 * that fails here goes to the dead-letter topic with the reason, and a record that passes cannot fail a later step
 * for being malformed ({@link InvalidInputHandler}).
 */
final class EntryValidator {

    private EntryValidator() {
    }

    static void validate(final String key, final BlogEntry entry) {
        if (entry == null) {
            throw new InvalidEntryException("record has no value (key '" + key + "')");
        }
        if (entry.getBlogId().isBlank()) {
            throw new InvalidEntryException("entry " + entry.getEntryId() + " has an empty blogId");
        }
        if (!entry.getBlogId().equals(key)) {
            throw new InvalidEntryException("record key '" + key + "' is not its blogId '" + entry.getBlogId()
                    + "': raw entries must be keyed by blog so that one blog's entries meet in one task");
        }
        if (entry.getEntryId().isBlank()) {
            throw new InvalidEntryException("an entry of blog '" + entry.getBlogId() + "' has an empty entryId");
        }
        if (entry.getSource().isBlank()) {
            throw new InvalidEntryException("entry " + entry.getEntryId() + " has an empty source");
        }
        if (entry.getText().isBlank()) {
            throw new InvalidEntryException("entry " + entry.getEntryId() + " has empty text");
        }
        if (entry.getPosition() < 1) {
            throw new InvalidEntryException("entry " + entry.getEntryId() + " has position " + entry.getPosition()
                    + "; positions start at 1");
        }
        final Integer above = entry.getAbovePosition();
        if (above != null && (above < 1 || above == entry.getPosition())) {
            throw new InvalidEntryException("entry " + entry.getEntryId() + " at position " + entry.getPosition()
                    + " has abovePosition " + above + "; it must be another position, from 1");
        }
        if (entry.getBlogDate() == null || entry.getIngestedAt() == null) {
            throw new InvalidEntryException("entry " + entry.getEntryId() + " has no blogDate or ingestedAt");
        }
        try {
            ZoneId.of(entry.getBlogZone());
        } catch (final DateTimeException e) {
            throw new InvalidEntryException("entry " + entry.getEntryId() + " has blogZone '" + entry.getBlogZone()
                    + "', which is not an IANA time-zone id (" + e.getMessage() + ")");
        }
    }
}
