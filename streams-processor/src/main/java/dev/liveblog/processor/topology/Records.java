package dev.liveblog.processor.topology;

import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.DuplicateKind;
import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.Origin;
import java.util.List;

/** Builds the output records of the topology from a raw entry. */
final class Records {

    private Records() {
    }

    static Origin origin(final BlogEntry entry) {
        return new Origin(entry.getSource(), entry.getPosition());
    }

    static FilteredEntry furniture(final BlogEntry entry, final String explanation) {
        return filtered(entry, FilterReason.PAGE_FURNITURE, null, null, null, explanation);
    }

    static FilteredEntry duplicate(final BlogEntry entry, final DuplicateKind kind, final double similarity,
                                   final String canonicalId, final String explanation) {
        return filtered(entry, FilterReason.DUPLICATE, kind, similarity, canonicalId, explanation);
    }

    /** The first version of a canonical item created by one entry; enrichment is filled by a later step. */
    static CanonicalEntry newItem(final BlogEntry entry, final String canonicalId) {
        return CanonicalEntry.newBuilder()
                .setCanonicalId(canonicalId)
                .setBlogId(entry.getBlogId())
                .setVersion(1)
                .setText(entry.getText())
                .setMemberEntryIds(List.of(entry.getEntryId()))
                .setOrigins(List.of(origin(entry)))
                .setFirstSeenAt(entry.getIngestedAt())
                .setLastUpdatedAt(entry.getIngestedAt())
                .setEntities(List.of())
                .setQuotes(List.of())
                .setAttributions(List.of())
                .setTimeMentions(List.of())
                .setTopics(List.of())
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
