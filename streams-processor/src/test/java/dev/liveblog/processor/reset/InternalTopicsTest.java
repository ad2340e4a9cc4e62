package dev.liveblog.processor.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InternalTopicsTest {

    private static final List<String> CLUSTER = List.of(
            "liveblog.entries.raw", "liveblog.entries.canonical", "liveblog.schemas",
            "liveblog-processor-dedup-items-changelog", "liveblog-processor-blog-activity-changelog",
            "liveblog-processor-KSTREAM-AGGREGATE-0000000003-repartition",
            "liveblog-processor-v2-dedup-items-changelog", "liveblog-processor-v2-enrich-items-changelog",
            "liveblog-processor-notes", "liveblog-processorx-dedup-items-changelog",
            "other-app-dedup-items-changelog");

    @Test
    void shouldSelectTheChangelogsAndRepartitionTopicsOfTheApplicationOnly() {
        // when the cluster also runs a side-by-side application whose id extends this one
        final InternalTopics.Selection selection = InternalTopics.select("liveblog-processor", CLUSTER,
                List.of("liveblog-processor", "liveblog-processor-v2", "liveblog-consumer"),
                Set.of("liveblog.entries.raw", "liveblog.entries.canonical", "liveblog.schemas"));

        // then only this application's internal topics are deleted, and the other's are named as left alone
        assertEquals(List.of("liveblog-processor-KSTREAM-AGGREGATE-0000000003-repartition",
                "liveblog-processor-blog-activity-changelog", "liveblog-processor-dedup-items-changelog"),
                selection.ours());
        assertEquals(List.of("liveblog-processor-v2-dedup-items-changelog",
                "liveblog-processor-v2-enrich-items-changelog"), selection.othersLeftAlone());
    }

    @Test
    void shouldNeverSelectATopicOfThePipelineEvenWhenItIsNamedLikeAnInternalOne() {
        // given a canonical topic renamed to look like a changelog (KAFKA-7930's case)
        final String canonical = "liveblog-processor-canonical-changelog";

        // when
        final InternalTopics.Selection selection = InternalTopics.select("liveblog-processor",
                List.of(canonical, "liveblog-processor-dedup-items-changelog"), List.of(), Set.of(canonical));

        // then
        assertEquals(List.of("liveblog-processor-dedup-items-changelog"), selection.ours());
    }

    @Test
    void shouldRecogniseTheFormsKafkaStreamsGivesItsTopics() {
        assertEquals(List.of(true, true, true, true, true, false, false), List.of(
                InternalTopics.isInternalForm("app-store-changelog"),
                InternalTopics.isInternalForm("app-KSTREAM-KEY-SELECT-0000000002-repartition"),
                InternalTopics.isInternalForm("app-KTABLE-FK-JOIN-SUBSCRIPTION-REGISTRATION-0000000006-topic"),
                InternalTopics.isInternalForm("app-KTABLE-FK-JOIN-SUBSCRIPTION-RESPONSE-0000000011-topic"),
                InternalTopics.isInternalForm("app-x-subscription-response-topic"),
                InternalTopics.isInternalForm("app-changelogs"),
                InternalTopics.isInternalForm("app-output")));
    }
}
