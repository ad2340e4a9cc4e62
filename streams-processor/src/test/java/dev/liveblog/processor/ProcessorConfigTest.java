package dev.liveblog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topics;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ProcessorConfigTest {

    @Test
    void shouldProcessExactlyOnceWithoutRecordCachesByDefault() {
        // when
        final Properties props = LiveBlogProcessorConfig.from(Settings.of(Map.of())).streamsProperties();

        // then
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals("0", props.get(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
    }

    @Test
    void shouldLetTheUserOverrideAnyDefaultUntouched() {
        // given
        final Settings settings = Settings.of(Map.of(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "10485760",
                "security.protocol", "SASL_SSL"));

        // when
        final Properties props = LiveBlogProcessorConfig.from(settings).streamsProperties();

        // then
        assertEquals("10485760", props.get(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
        assertEquals("SASL_SSL", props.get("security.protocol"));
    }
}
