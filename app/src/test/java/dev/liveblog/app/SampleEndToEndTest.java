package dev.liveblog.app;

import dev.liveblog.common.config.Settings;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.producer.InvalidLinePolicy;
import dev.liveblog.producer.PlainTextSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample through producer, processor and consumer on a real Kafka broker (embedded, from Kafka's own
 * broker classes), checked against the sample's hand annotation.
 */
class SampleEndToEndTest {

    @Test
    void shouldTurnTheSampleIntoItsFortyNewsItemsOnARealBroker(@TempDir final Path out) throws Exception {
        // given the sample file and a broker
        final PipelineInputs inputs = PipelineInputs.files(List.of(GoldFile.SAMPLE_TEXT),
                new PlainTextSource(InvalidLinePolicy.FAIL));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            final Settings settings = Settings.builder().defaults(inputs.blogSettings())
                    .overrides(Map.of("bootstrap.servers", broker.bootstrapServers())).build();

            // when the pipeline runs
            final LocalPipeline.Result result = new LocalPipeline(settings, out, 3, Duration.ofSeconds(90)).run(inputs);

            // then the canonical stream and the files match the gold annotation
            SampleRunAssertions.assertMatchesGold(result);
            SampleRunAssertions.assertFilesFollowTheSchema(result);
        }
    }
}
