package dev.liveblog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.lifecycle.StateConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class LiveBlogProcessorConfigTest {

    @Test
    void shouldDefaultTheDedupAndStateSettingsToTheMeasuredValues() {
        // the values the thresholds were chosen at (README, Deduplication) and the lifecycle's
        assertEquals(new DedupConfig(0.85, 0.8, 0.9, 6, 8, 0.6, 8, 64, 100_000, Duration.ofDays(7), 128L * 1024 * 1024),
                DedupConfig.defaults());
        assertEquals(new StateConfig(Duration.ofSeconds(1), 5_000, 10), StateConfig.defaults());
    }

    @Test
    void shouldReadEveryDedupAndStateSetting() {
        final LiveBlogProcessorConfig config = config(Map.ofEntries(
                Map.entry("liveblog.dedup.near.threshold", "0.7"),
                Map.entry("liveblog.dedup.near.length.ratio", "0.5"),
                Map.entry("liveblog.dedup.contained.threshold", "0.95"),
                Map.entry("liveblog.dedup.min.tokens", "4"),
                Map.entry("liveblog.dedup.min.quote.tokens", "10"),
                Map.entry("liveblog.dedup.min.quote.share", "0.75"),
                Map.entry("liveblog.dedup.candidates", "3"),
                Map.entry("liveblog.dedup.max.postings", "32"),
                Map.entry("liveblog.dedup.max.items.per.blog", "500"),
                Map.entry("liveblog.state.retention.seconds", "60"),
                Map.entry("liveblog.state.sweep.interval.seconds", "5"),
                Map.entry("liveblog.state.sweep.budget", "50"),
                Map.entry("liveblog.quotes.max.occurrences", "3")));

        assertEquals(new DedupConfig(0.7, 0.5, 0.95, 4, 10, 0.75, 3, 32, 500, Duration.ofSeconds(60), 128L * 1024 * 1024), config.dedup());
        assertEquals(new StateConfig(Duration.ofSeconds(5), 50, 3), config.state());
    }

    @Test
    void shouldTakeTheRetentionFromItsOlderNameWhenTheNewOneIsNotSet() {
        assertEquals(Duration.ofHours(2), config(Map.of("liveblog.dedup.retention.hours", "2")).retention());
        assertEquals(Duration.ofSeconds(90), config(Map.of("liveblog.dedup.retention.hours", "2",
                "liveblog.state.retention.seconds", "90")).retention(), "the new name wins");
        assertEquals(Duration.ofHours(168), config(Map.of()).retention());
    }

    @Test
    void shouldReportEveryBadValueWithWhatIsAllowed() {
        // given a threshold out of range, a count that is no number and a retention of zero
        final UserException error = assertThrows(UserException.class, () -> config(Map.of(
                "liveblog.dedup.near.threshold", "1.2", "liveblog.dedup.candidates", "eight",
                "liveblog.state.retention.seconds", "0")));

        // then each is a line
        assertEquals(ExitCodes.BAD_CONFIG, error.exitCode());
        assertEquals(List.of(
                "invalid value '1.2' for setting 'liveblog.dedup.near.threshold'; allowed: a number, 0 to 1",
                "invalid value 'eight' for setting 'liveblog.dedup.candidates'; allowed: a whole number, at least 1",
                "invalid value '0' for setting 'liveblog.state.retention.seconds'; allowed: a whole number, at "
                        + "least 1"),
                error.getMessage().lines().toList());
    }

    @Test
    void shouldNameTheClosestSettingOfAMistypedKey() {
        final UserException error = assertThrows(UserException.class,
                () -> config(Map.of("liveblog.dedup.near.treshold", "0.9")));

        assertEquals("unknown setting 'liveblog.dedup.near.treshold'; did you mean 'liveblog.dedup.near.threshold'?",
                error.getMessage());
    }

    @Test
    void shouldProcessExactlyOnceWithASmallRecordCacheByDefault() {
        // when
        final Properties props = config(Map.of()).streamsProperties();

        // then
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        // for the few stores of per-blog keys only (PerBlogKeysEndToEndTest)
        assertEquals("1048576", props.get(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
        assertEquals("liveblog-processor", props.get(StreamsConfig.APPLICATION_ID_CONFIG));
        assertEquals("liveblog.entries.dlq", props.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG));
    }

    @Test
    void shouldFetchSmallChunksOfEachPartitionForProcessingButNotForRestoring() {
        // given the processor's properties, as Kafka Streams hands them to its consumers
        final Properties props = config(Map.of()).streamsProperties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        final StreamsConfig streams = new StreamsConfig(props);

        // then the consumer it processes with fetches 64 KiB of a partition at a time, so that a backlog of several
        // partitions is worked through together (ClusterFailoverIT's timeline), while restoring keeps Kafka's 1 MiB
        assertEquals("65536", String.valueOf(streams.getMainConsumerConfigs("group", "client", 0)
                .get(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG)));
        assertEquals(String.valueOf(ConsumerConfig.DEFAULT_MAX_PARTITION_FETCH_BYTES), String.valueOf(streams
                .getRestoreConsumerConfigs("client").getOrDefault(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                        ConsumerConfig.DEFAULT_MAX_PARTITION_FETCH_BYTES)));
    }

    @Test
    void shouldLetTheUserOverrideAnyDefaultUntouched() {
        // given
        final Settings settings = Settings.of(Map.of(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "10485760",
                "security.protocol", "SASL_SSL", "application.id", "mine"));

        // when
        final LiveBlogProcessorConfig config = LiveBlogProcessorConfig.from(settings);
        final Properties props = config.streamsProperties();

        // then
        assertEquals("10485760", props.get(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("mine", config.applicationId());
    }

    @Test
    void shouldSendDeadLettersToTheTopicTheSettingNames() {
        assertEquals("team.dlq", config(Map.of("liveblog.topic.dlq", "team.dlq")).streamsProperties()
                .get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG));
    }

    @Test
    void shouldReadTheSharedSettingsToo() {
        // the HTTP port every long-running component may serve on, declared once for all of them
        final LiveBlogProcessorConfig config = config(Map.of("liveblog.http.port", "9100",
                "liveblog.kafka.wait.seconds", "5"));

        assertEquals(9100, config.httpPort().orElseThrow());
    }

    private static LiveBlogProcessorConfig config(final Map<String, String> values) {
        return LiveBlogProcessorConfig.from(Settings.of(values));
    }
}
