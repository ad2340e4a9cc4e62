package dev.liveblog.app;

import dev.liveblog.common.config.Settings;
import dev.liveblog.producer.InvalidLinePolicy;
import dev.liveblog.producer.PlainTextSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
        // given the sample file and the containerised broker
        final PipelineInputs inputs = PipelineInputs.files(List.of(GoldFile.SAMPLE_TEXT),
                new PlainTextSource(InvalidLinePolicy.FAIL));
        final Settings settings = Settings.builder().defaults(inputs.blogSettings())
                .overrides(Map.of("bootstrap.servers", KAFKA.getBootstrapServers())).build();

        // when the pipeline runs
        final LocalPipeline.Result result = new LocalPipeline(settings, out, 3, Duration.ofSeconds(120)).run(inputs);

        // then the result matches the gold annotation
        SampleRunAssertions.assertMatchesGold(result);
        SampleRunAssertions.assertFilesFollowTheSchema(result);
    }
}
