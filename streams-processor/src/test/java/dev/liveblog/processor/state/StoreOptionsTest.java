package dev.liveblog.processor.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.liveblog.processor.LiveBlogProcessorConfig;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class StoreOptionsTest {

    @Test
    void shouldKeepTheBloomFilterOfTheLargestSortedRun() {
        RocksDB.loadLibrary();
        try (Options options = new Options()) {
            options.setOptimizeFiltersForHits(true); // as Kafka Streams leaves them
            new StoreOptions().setConfig("dedup-items", options, Map.of());
            assertFalse(options.optimizeFiltersForHits());
        }
    }

    @Test
    void shouldBeTheProcessorsDefaultSetter() {
        assertEquals(StoreOptions.class.getName(), LiveBlogProcessorConfig.defaults().streamsProperties()
                .get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
    }
}
