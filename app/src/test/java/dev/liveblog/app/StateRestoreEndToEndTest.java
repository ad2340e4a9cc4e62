package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessor;
import dev.liveblog.schema.DuplicateKind;
import dev.liveblog.schema.FilteredEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deduplicator's state lives in Kafka: a processor whose local state is gone rebuilds it from changelogs. */
class StateRestoreEndToEndTest {

    private static final String BLOG = "blog-restore";

    @Test
    void shouldRecogniseARepeatAfterTheLocalStateWasLost(@TempDir final Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            // given a processor that made an item from an entry, then stopped
            final Settings first = BrokerRecords.settings(broker, dir.resolve("state-1"), Map.of());
            final Topics topics = Topics.from(first);
            try (TopicAdmin admin = TopicAdmin.connect(first)) {
                admin.createMissing(List.copyOf(topics.all()), 1, (short) 1);
            }
            final BrokerRecords records = new BrokerRecords(broker, topics);
            final String text = "The coastguard said it had lifted a family of five to safety from a farmhouse roof.";
            try (LiveBlogProcessor processor = LiveBlogProcessor.start(first)) {
                records.send(List.of(BrokerRecords.entry(BLOG, text, "poll-1", 1, null)));
                assertEquals(1, records.read(topics.canonical().name(), topics.canonical().valueSerde(), 1).size());
            }

            // when a processor with an empty state directory sees the entry again
            try (LiveBlogProcessor processor = LiveBlogProcessor.start(
                    BrokerRecords.settings(broker, dir.resolve("state-2"), Map.of()))) {
                records.send(List.of(BrokerRecords.entry(BLOG, text, "poll-2", 1, null)));

                // then it knows the item: the entry is an exact repeat, and no new item appears (the processor
                // commits its outputs for an entry in one transaction, so the canonical topic is complete once the
                // filtered record is visible)
                final List<ConsumerRecord<String, FilteredEntry>> filtered = records.read(topics.filtered().name(),
                        topics.filtered().valueSerde(), 1);
                assertEquals(DuplicateKind.EXACT, filtered.get(0).value().getDuplicateKind());
                assertEquals(1, records.read(topics.canonical().name(), topics.canonical().valueSerde(), 1).size());
            }
        }
    }
}
