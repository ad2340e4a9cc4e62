package dev.liveblog.app;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same end-to-end run as {@link SampleEndToEndTest}, against the {@code apache/kafka} image the
 * docker-compose file uses. Skipped where no Docker engine runs; its twin runs everywhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class SampleEndToEndContainerTest {

    @Container
    private static final KafkaContainer KAFKA = new KafkaContainer(ComposeFileTest.KAFKA_IMAGE);

    @Test
    void shouldTurnTheSampleIntoItsFortyNewsItemsOnTheKafkaImage(@TempDir final Path out) throws Exception {
        // when the sample runs through the pipeline on the containerised broker
        final LocalPipeline.Result result = SampleRunAssertions.runSample(KAFKA.getBootstrapServers(), out);

        // then the result matches the gold annotation
        SampleRunAssertions.assertMatchesGold(result);
        SampleRunAssertions.assertFilesFollowTheSchema(result);
    }
}
