package dev.liveblog.schema.serde;

import dev.liveblog.schema.Attribution;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.DuplicateKind;
import dev.liveblog.schema.Entity;
import dev.liveblog.schema.EntityType;
import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.Origin;
import dev.liveblog.schema.Quote;
import dev.liveblog.schema.QuoteEvent;
import dev.liveblog.schema.QuoteOccurrence;
import dev.liveblog.schema.TimeMention;
import dev.liveblog.schema.Topic;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** One record of each contract type with every field set, optional ones too, so a field's loss would show. */
final class SampleRecords {

    private static final Instant AT = Instant.parse("2025-05-16T09:30:00.250Z");

    private SampleRecords() {
    }

    /** Type name to a record of today's schema, with the serde that reads it. */
    static Map<String, Sample<?>> all() {
        return Map.of(
                "BlogEntry", new Sample<>(blogEntry(), Serdes.blogEntry()),
                "CanonicalEntry", new Sample<>(canonicalEntry(), Serdes.canonicalEntry()),
                "FilteredEntry", new Sample<>(filteredEntry(), Serdes.filteredEntry()),
                "QuoteEvent", new Sample<>(quoteEvent(), Serdes.quoteEvent()));
    }

    record Sample<T extends SpecificRecord>(T record, AvroSerde<T> serde) {

        byte[] encode() {
            return serde.encode(record);
        }

        SpecificRecord decode(final byte[] bytes) {
            return serde.decode(bytes);
        }
    }

    static BlogEntry blogEntry() {
        return BlogEntry.newBuilder().setBlogId("b-1").setEntryId("e-1").setSource("poll-1.txt").setPosition(4)
                .setAbovePosition(3).setHeadline("Bridge reopens").setText("The bridge reopened at noon.")
                .setPublishedAt(AT).setIngestedAt(AT.plusSeconds(60)).setBlogDate(LocalDate.of(2025, 5, 16))
                .setBlogZone("Europe/Istanbul").build();
    }

    static CanonicalEntry canonicalEntry() {
        return CanonicalEntry.newBuilder().setCanonicalId("c-1").setBlogId("b-1").setVersion(2)
                .setText("The minister said \"we will rebuild\" at 4pm, Reuters reported.")
                .setMemberEntryIds(List.of("e-1", "e-2"))
                .setOrigins(List.of(new Origin("poll-1.txt", 4), new Origin("poll-2.txt", 9)))
                .setFirstSeenAt(AT).setLastUpdatedAt(AT.plusSeconds(120))
                .setEntities(List.of(new Entity("p-1", "A Minister", EntityType.PERSON, "The minister", 0, 12, false)))
                .setQuotes(List.of(new Quote("q-1", "we will rebuild", "A Minister", "p-1", "said", null, "c-1")))
                .setAttributions(List.of(new Attribution("Reuters")))
                .setTimeMentions(List.of(new TimeMention("4pm", 36, 39, AT.plusSeconds(3600), null)))
                .setTopics(List.of(new Topic("reconstruction", List.of("rebuild"))))
                .setPublishedAt(AT.minusSeconds(60))
                .build();
    }

    static FilteredEntry filteredEntry() {
        return FilteredEntry.newBuilder().setEntryId("e-2").setBlogId("b-1").setOrigin(new Origin("poll-2.txt", 9))
                .setText("The bridge reopened at noon.").setReason(FilterReason.DUPLICATE)
                .setDuplicateKind(DuplicateKind.EXACT).setSimilarity(1.0).setCanonicalId("c-1")
                .setExplanation("exact repeat").setFilteredAt(AT).build();
    }

    static QuoteEvent quoteEvent() {
        return QuoteEvent.newBuilder().setQuoteId("q-1").setBlogId("b-1").setVersion(1).setText("we will rebuild")
                .setSpeaker("A Minister").setSpeakerId("p-1").setFirstSeenIn("c-1")
                .setOccurrences(List.of(new QuoteOccurrence("c-1", "we will rebuild", "A Minister"))).build();
    }
}
