package dev.liveblog.app;

import dev.liveblog.kafka.EmbeddedKafkaBroker;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample through producer, processor and consumer on a real Kafka broker (embedded, from Kafka's own
 * broker classes), checked against the sample's hand annotation.
 */
class SampleEndToEndTest {

    @Test
    void shouldTurnTheSampleIntoItsFortyNewsItemsOnARealBroker(@TempDir final Path out) throws Exception {
        // given a broker
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            // when the sample runs through the pipeline
            final LocalPipeline.Result result = SampleRunAssertions.runSample(broker.bootstrapServers(), out);

            // then the canonical stream and the files match the gold annotation
            SampleRunAssertions.assertMatchesGold(result);
            SampleRunAssertions.assertFilesFollowTheSchema(result);
        }
    }
}
