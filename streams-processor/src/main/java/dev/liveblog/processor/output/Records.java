package dev.liveblog.processor.output;

import dev.liveblog.processor.state.DedupItem;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.DuplicateKind;
import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.Origin;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecordBase;

/** Builds the output records of the topology from a raw entry. */
public final class Records {

    private Records() {
    }

    /**
     * A copy of a record that shares its field values: Avro's {@code newBuilder(record)} copies every nested record
     * and list, which costs more than the change made to the copy. Lists are never changed in place here, so
     * sharing them is safe.
     */
    @SuppressWarnings("unchecked")
    public static <T extends SpecificRecordBase> T copyOf(final T record) {
        final Schema schema = record.getSchema();
        final T copy = (T) record.getSpecificData().newRecord(null, schema);
        for (int i = 0; i < schema.getFields().size(); i++) {
            copy.put(i, record.get(i));
        }
        return copy;
    }

    public static Origin origin(final BlogEntry entry) {
        return new Origin(entry.getSource(), entry.getPosition());
    }

    public static FilteredEntry furniture(final BlogEntry entry, final String explanation) {
        return filtered(entry, FilterReason.PAGE_FURNITURE, null, null, null, explanation);
    }

    public static FilteredEntry duplicate(final BlogEntry entry, final DuplicateKind kind, final double similarity,
                                          final String canonicalId, final String explanation) {
        return filtered(entry, FilterReason.DUPLICATE, kind, similarity, canonicalId, explanation);
    }

    /**
     * The canonical event of an item as the deduplicator holds it, with what the source of the entry that made this
     * version says of it (its permalink and publication time, when it gives them); the enricher fills its
     * enrichment and gives it its version number (it alone numbers versions, as it alone emits them).
     */
    public static CanonicalEntry canonical(final DedupItem item, final BlogEntry entry) {
        final List<Origin> origins = new ArrayList<>(item.getOriginSources().size());
        for (int i = 0; i < item.getOriginSources().size(); i++) {
            origins.add(new Origin(item.getOriginSources().get(i), item.getOriginLines().get(i)));
        }
        return CanonicalEntry.newBuilder()
                .setCanonicalId(item.getCanonicalId())
                .setBlogId(item.getBlogId())
                .setVersion(0)
                .setText(item.getText())
                .setMemberEntryIds(List.copyOf(item.getMemberEntryIds()))
                .setOrigins(origins)
                .setFirstSeenAt(item.getFirstSeenAt())
                .setLastUpdatedAt(item.getLastUpdatedAt())
                .setEntities(List.of())
                .setQuotes(List.of())
                .setAttributions(List.of())
                .setTimeMentions(List.of())
                .setTopics(List.of())
                .setPublishedAt(entry.getPublishedAt())
                .setUrl(entry.getUrl())
                .build();
    }

    private static FilteredEntry filtered(final BlogEntry entry, final FilterReason reason, final DuplicateKind kind,
                                          final Double similarity, final String canonicalId, final String explanation) {
        return FilteredEntry.newBuilder()
                .setEntryId(entry.getEntryId())
                .setBlogId(entry.getBlogId())
                .setOrigin(origin(entry))
                .setText(entry.getText())
                .setReason(reason)
                .setDuplicateKind(kind)
                .setSimilarity(similarity)
                .setCanonicalId(canonicalId)
                .setExplanation(explanation)
                .setFilteredAt(entry.getIngestedAt())
                .build();
    }
}
