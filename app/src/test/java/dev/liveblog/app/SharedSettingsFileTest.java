package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import dev.liveblog.consumer.LiveBlogConsumerConfig;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.producer.LiveBlogProducerConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One properties file for every component: a setting of one is no typo to another, because every component knows
 * the keys all of them declare; a key none declares is one, wherever it stands.
 */
class SharedSettingsFileTest {

    private static final Settings SHARED_FILE = Settings.of(Map.of(
            "bootstrap.servers", "broker:9092",
            "liveblog.blog.id", "my-blog",
            "liveblog.dedup.near.threshold", "0.9",
            "liveblog.state.retention.seconds", "3600",
            "liveblog.http.port", "9100"));

    @Test
    void shouldGiveEveryComponentItsOwnSettingsFromOneFile() {
        assertEquals("my-blog", LiveBlogProducerConfig.from(SHARED_FILE).blogContext().blogId());
        assertEquals(0.9, LiveBlogProcessorConfig.from(SHARED_FILE).dedup().nearThreshold());
        assertEquals(9100, LiveBlogConsumerConfig.from(SHARED_FILE).httpPort().orElseThrow());
        assertEquals(9100, LiveBlogConfig.from(SHARED_FILE).httpPort().orElseThrow());
    }

    @Test
    void shouldStillFindATypoInASharedFile() {
        final Settings typo = Settings.of(Map.of("liveblog.blog.zones", "UTC"));

        final UserException error = assertThrows(UserException.class, () -> LiveBlogConsumerConfig.from(typo));

        assertEquals("unknown setting 'liveblog.blog.zones'; did you mean 'liveblog.blog.zone'?", error.getMessage());
    }
}
