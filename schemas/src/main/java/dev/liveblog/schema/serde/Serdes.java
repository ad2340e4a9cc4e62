package dev.liveblog.schema.serde;

import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.QuoteEvent;

/**
 * The value serdes of the pipeline's topics. Each decodes through a {@link SchemaCatalog}: without one, the
 * schemas released with this build ({@link SchemaCatalog#bundled()}); the topic registry passes one that also
 * reads and writes the schemas topic.
 */
public final class Serdes {

    private Serdes() {
    }

    public static AvroSerde<BlogEntry> blogEntry() {
        return blogEntry(SchemaCatalog.bundled());
    }

    public static AvroSerde<BlogEntry> blogEntry(final SchemaCatalog catalog) {
        return AvroSerde.of(BlogEntry.getClassSchema(), BlogEntry.getEncoder(), BlogEntry.createDecoder(catalog),
                catalog);
    }

    public static AvroSerde<CanonicalEntry> canonicalEntry() {
        return canonicalEntry(SchemaCatalog.bundled());
    }

    public static AvroSerde<CanonicalEntry> canonicalEntry(final SchemaCatalog catalog) {
        return AvroSerde.of(CanonicalEntry.getClassSchema(), CanonicalEntry.getEncoder(),
                CanonicalEntry.createDecoder(catalog), catalog);
    }

    public static AvroSerde<QuoteEvent> quoteEvent() {
        return quoteEvent(SchemaCatalog.bundled());
    }

    public static AvroSerde<QuoteEvent> quoteEvent(final SchemaCatalog catalog) {
        return AvroSerde.of(QuoteEvent.getClassSchema(), QuoteEvent.getEncoder(), QuoteEvent.createDecoder(catalog),
                catalog);
    }

    public static AvroSerde<FilteredEntry> filteredEntry() {
        return filteredEntry(SchemaCatalog.bundled());
    }

    public static AvroSerde<FilteredEntry> filteredEntry(final SchemaCatalog catalog) {
        return AvroSerde.of(FilteredEntry.getClassSchema(), FilteredEntry.getEncoder(),
                FilteredEntry.createDecoder(catalog), catalog);
    }
}
