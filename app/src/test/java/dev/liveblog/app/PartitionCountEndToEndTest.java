package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewPartitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partitions added to the raw topic under existing state make the processor refuse to start, in one line. */
class PartitionCountEndToEndTest {

    @Test
    void shouldRefuseToStartWhenTheRawTopicWasRepartitioned(@TempDir final Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            // given a processor that built its state on a raw topic of one partition
            final Settings settings = BrokerRecords.settings(broker, dir.resolve("state"), Map.of());
            final Topics topics = Topics.from(settings);
            try (TopicAdmin admin = TopicAdmin.connect(settings)) {
                admin.createMissing(List.copyOf(topics.all()), 1, (short) 1);
            }
            try (LiveBlogProcessor processor = LiveBlogProcessor.start(settings)) {
                assertTrue(processor.awaitRunning(Duration.ofSeconds(60)));
            }

            // when the raw topic gets a second partition
            try (TopicAdmin admin = TopicAdmin.connect(settings)) {
                admin.admin().createPartitions(Map.of(topics.raw().name(), NewPartitions.increaseTo(2))).all().get();
            }

            // then the next start is refused with one line naming the topic, both counts and the way out
            final UserException refused = assertThrows(UserException.class, () -> LiveBlogProcessor.start(settings));
            assertEquals(ExitCodes.BAD_CONFIG, refused.exitCode());
            assertEquals("topic liveblog.entries.raw has 2 partition(s) but the state of application "
                    + "liveblog-processor was built with 1; blogs would move away from their state. Keep 1 "
                    + "partition(s), or re-partition with a new application.id and reprocess (README, 'Changing the "
                    + "number of partitions')", refused.getMessage());
        }
    }
}
