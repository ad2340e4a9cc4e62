package dev.liveblog.schema.serde;

import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.QuoteEvent;

/** The value serdes of the pipeline's topics. */
public final class Serdes {

    private Serdes() {
    }

    public static AvroSerde<BlogEntry> blogEntry() {
        return AvroSerde.of("BlogEntry", BlogEntry.getEncoder(), BlogEntry.createDecoder(SchemaHistory.store()));
    }

    public static AvroSerde<CanonicalEntry> canonicalEntry() {
        return AvroSerde.of("CanonicalEntry", CanonicalEntry.getEncoder(),
                CanonicalEntry.createDecoder(SchemaHistory.store()));
    }

    public static AvroSerde<QuoteEvent> quoteEvent() {
        return AvroSerde.of("QuoteEvent", QuoteEvent.getEncoder(), QuoteEvent.getDecoder());
    }

    public static AvroSerde<FilteredEntry> filteredEntry() {
        return AvroSerde.of("FilteredEntry", FilteredEntry.getEncoder(), FilteredEntry.getDecoder());
    }
}
