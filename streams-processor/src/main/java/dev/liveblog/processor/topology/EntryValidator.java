package dev.liveblog.processor.topology;

import dev.liveblog.common.text.EntryLimits;
import dev.liveblog.schema.BlogEntry;
import java.time.DateTimeException;

/**
 * Everything about a raw entry that a later step relies on, checked before the first store is written: a record
 * that fails here goes to the dead-letter topic with the reason, and a record that passes cannot fail a later step
 * for being malformed ({@link InvalidInputHandler}).
 */
final class EntryValidator {

    private EntryValidator() {
    }

    /**
     * The longest text an entry may have. An entry is a paragraph; an item carries its text into several records
     * and stores, so a text near Kafka's record size limit would fail every write of it, for ever.
     */
    static final int MAX_TEXT = EntryLimits.MAX_TEXT_CHARS;

    static void validate(final String key, final BlogEntry entry) {
        if (entry == null) {
            throw new InvalidEntryException("record has no value (key '" + key + "')");
        }
        for (final String id : new String[] {entry.getBlogId(), entry.getEntryId(), entry.getSource(),
                entry.getPollId()}) {
            // The stores join ids with these two characters: an id holding one would reach into another's keys.
            if (id != null && (id.indexOf('\u0000') >= 0 || id.indexOf('\u001F') >= 0)) {
                throw new InvalidEntryException("entry " + entry.getEntryId().replace('\u0000', '?')
                        + " has an id, source or poll id with a control character (NUL or unit separator)");
            }
        }
        if (entry.getText().length() > MAX_TEXT) {
            throw new InvalidEntryException("entry " + entry.getEntryId() + " has " + entry.getText().length()
                    + " characters of text; at most " + MAX_TEXT + " are taken");
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
        try {
            BlogZones.of(entry.getBlogZone());
        } catch (final DateTimeException e) {
            throw new InvalidEntryException("entry " + entry.getEntryId() + " has blogZone '" + entry.getBlogZone()
                    + "', which is not an IANA time-zone id (" + e.getMessage() + ")");
        }
    }
}
