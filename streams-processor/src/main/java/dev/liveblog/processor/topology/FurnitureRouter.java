package dev.liveblog.processor.topology;

import dev.liveblog.processor.output.Records;
import dev.liveblog.processor.text.FurnitureClassifier;
import dev.liveblog.processor.text.FurnitureVerdict;
import dev.liveblog.schema.BlogEntry;
import org.apache.kafka.streams.kstream.ValueMapperWithKey;

/** Checks that a raw record is a processable entry, then routes it as news or as page furniture. */
final class FurnitureRouter implements ValueMapperWithKey<String, BlogEntry, Routed> {

    private final FurnitureClassifier classifier;

    FurnitureRouter(final FurnitureClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Routed apply(final String key, final BlogEntry entry) {
        validate(key, entry);
        final FurnitureVerdict verdict = classifier.classify(entry.getText());
        return verdict.furniture()
                ? new Routed.Dropped(Records.furniture(entry, verdict.explanation()))
                : new Routed.News(entry);
    }

    static void validate(final String key, final BlogEntry entry) {
        if (entry == null) {
            throw new InvalidEntryException("record has no value (key '" + key + "')");
        }
        if (!entry.getBlogId().equals(key)) {
            throw new InvalidEntryException("record key '" + key + "' is not its blogId '" + entry.getBlogId()
                    + "': raw entries must be keyed by blog so that one blog's entries meet in one task");
        }
        if (entry.getText().isBlank()) {
            throw new InvalidEntryException("entry " + entry.getEntryId() + " has empty text");
        }
    }
}
